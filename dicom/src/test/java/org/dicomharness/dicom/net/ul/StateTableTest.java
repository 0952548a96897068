package org.dicomharness.dicom.net.ul;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StateTableTest {

    @Test
    void hasTheCellsOfTable910() {
        int cells = StateTable.cells().values().stream().mapToInt(Map::size).sum();
        // Row by row as printed in PS3.8 Table 9-10: 1+1+11+11+1+11+1+1+2+11+1+11+11+3+10+11+12+2+11.
        assertThat(cells).isEqualTo(123);
        assertThat(StateTable.cells()).hasSize(19);
    }

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource({
        "Sta1,Evt1,AE-1", "Sta4,Evt2,AE-2", "Sta5,Evt3,AE-3", "Sta5,Evt4,AE-4", "Sta1,Evt5,AE-5", "Sta2,Evt6,AE-6",
        "Sta3,Evt7,AE-7", "Sta3,Evt8,AE-8", "Sta6,Evt9,DT-1", "Sta8,Evt9,AR-7", "Sta6,Evt10,DT-2", "Sta7,Evt10,AR-6",
        "Sta6,Evt11,AR-1", "Sta6,Evt12,AR-2", "Sta7,Evt12,AR-8", "Sta7,Evt13,AR-3", "Sta10,Evt13,AR-10",
        "Sta11,Evt13,AR-3", "Sta8,Evt14,AR-4", "Sta9,Evt14,AR-9", "Sta12,Evt14,AR-4", "Sta4,Evt15,AA-2",
        "Sta3,Evt15,AA-1", "Sta2,Evt16,AA-2", "Sta13,Evt16,AA-2", "Sta6,Evt16,AA-3", "Sta2,Evt17,AA-5",
        "Sta4,Evt17,AA-4", "Sta13,Evt17,AR-5", "Sta2,Evt18,AA-2", "Sta13,Evt18,AA-2", "Sta2,Evt19,AA-1",
        "Sta6,Evt19,AA-8", "Sta13,Evt19,AA-7", "Sta13,Evt6,AA-7", "Sta13,Evt3,AA-6", "Sta13,Evt10,AA-6",
        "Sta2,Evt3,AA-1", "Sta3,Evt10,AA-8", "Sta12,Evt13,AA-8", "Sta9,Evt13,AA-8"
    })
    void cellsCheckedAgainstTheStandard(String state, String event, String action) {
        assertThat(StateTable.action(State.ofLabel(state), Event.ofLabel(event))).contains(Action.ofLabel(action));
    }

    @Test
    void idleStateReactsOnlyToTheTwoWaysAnAssociationStarts() {
        Set<Event> defined = EnumSet.noneOf(Event.class);
        StateTable.cells().forEach((e, row) -> {
            if (row.containsKey(State.STA1)) {
                defined.add(e);
            }
        });
        assertThat(defined).containsExactlyInAnyOrder(Event.EVT1, Event.EVT5);
    }

    @Test
    void pDataIsOnlyDeliveredWhileTheAssociationCarriesData() {
        for (State s : State.values()) {
            var a = StateTable.action(s, Event.EVT10);
            if (a.isPresent() && (a.get() == Action.DT_2 || a.get() == Action.AR_6)) {
                assertThat(s).isIn(State.STA6, State.STA7);
            }
        }
    }

    @Test
    void everyActionIsUsedAndLeadsToItsDefinedState() {
        Set<Action> used = EnumSet.noneOf(Action.class);
        StateTable.cells().values().forEach(row -> used.addAll(row.values()));
        assertThat(used).containsExactlyInAnyOrder(Action.values());
        assertThat(Action.AE_6.alternativeNextState()).isEqualTo(State.STA13);
        assertThat(Action.AR_8.nextState()).isEqualTo(State.STA9);
        assertThat(Action.AR_8.alternativeNextState()).isEqualTo(State.STA10);
        assertThat(Action.AA_8.nextState()).isEqualTo(State.STA13);
    }

    @Test
    void invalidPdusAbortInEveryStateWithAnOpenConnection() {
        for (State s : State.values()) {
            boolean connected = s != State.STA1 && s != State.STA4;
            assertThat(StateTable.action(s, Event.EVT19).isPresent()).as(s.label()).isEqualTo(connected);
            assertThat(StateTable.action(s, Event.EVT17).isPresent()).as(s.label()).isEqualTo(s != State.STA1);
        }
    }
}
