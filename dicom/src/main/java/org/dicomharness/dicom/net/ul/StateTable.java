package org.dicomharness.dicom.net.ul;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * PS3.8 Table 9-10, the DICOM Upper Layer protocol state transition table, written as the standard prints
 * it: one row per event, one column per state, the action in each cell, "." where the standard leaves the
 * cell empty. A reviewer can compare it with the standard line by line; the protocol machine looks every
 * transition up here and nowhere else.
 */
public final class StateTable {

    private static final String TABLE = """
            event  Sta1  Sta2  Sta3  Sta4  Sta5  Sta6  Sta7  Sta8  Sta9  Sta10 Sta11 Sta12 Sta13
            Evt1   AE-1  .     .     .     .     .     .     .     .     .     .     .     .
            Evt2   .     .     .     AE-2  .     .     .     .     .     .     .     .     .
            Evt3   .     AA-1  AA-8  .     AE-3  AA-8  AA-8  AA-8  AA-8  AA-8  AA-8  AA-8  AA-6
            Evt4   .     AA-1  AA-8  .     AE-4  AA-8  AA-8  AA-8  AA-8  AA-8  AA-8  AA-8  AA-6
            Evt5   AE-5  .     .     .     .     .     .     .     .     .     .     .     .
            Evt6   .     AE-6  AA-8  .     AA-8  AA-8  AA-8  AA-8  AA-8  AA-8  AA-8  AA-8  AA-7
            Evt7   .     .     AE-7  .     .     .     .     .     .     .     .     .     .
            Evt8   .     .     AE-8  .     .     .     .     .     .     .     .     .     .
            Evt9   .     .     .     .     .     DT-1  .     AR-7  .     .     .     .     .
            Evt10  .     AA-1  AA-8  .     AA-8  DT-2  AR-6  AA-8  AA-8  AA-8  AA-8  AA-8  AA-6
            Evt11  .     .     .     .     .     AR-1  .     .     .     .     .     .     .
            Evt12  .     AA-1  AA-8  .     AA-8  AR-2  AR-8  AA-8  AA-8  AA-8  AA-8  AA-8  AA-6
            Evt13  .     AA-1  AA-8  .     AA-8  AA-8  AR-3  AA-8  AA-8  AR-10 AR-3  AA-8  AA-6
            Evt14  .     .     .     .     .     .     .     AR-4  AR-9  .     .     AR-4  .
            Evt15  .     .     AA-1  AA-2  AA-1  AA-1  AA-1  AA-1  AA-1  AA-1  AA-1  AA-1  .
            Evt16  .     AA-2  AA-3  .     AA-3  AA-3  AA-3  AA-3  AA-3  AA-3  AA-3  AA-3  AA-2
            Evt17  .     AA-5  AA-4  AA-4  AA-4  AA-4  AA-4  AA-4  AA-4  AA-4  AA-4  AA-4  AR-5
            Evt18  .     AA-2  .     .     .     .     .     .     .     .     .     .     AA-2
            Evt19  .     AA-1  AA-8  .     AA-8  AA-8  AA-8  AA-8  AA-8  AA-8  AA-8  AA-8  AA-7
            """;

    private static final Map<Event, Map<State, Action>> CELLS = parse(TABLE);

    private StateTable() {
    }

    /** The action for an event in a state, or empty where Table 9-10 leaves the cell empty. */
    public static Optional<Action> action(State state, Event event) {
        return Optional.ofNullable(CELLS.get(event).get(state));
    }

    /** Every defined cell, by event then state (read-only). */
    public static Map<Event, Map<State, Action>> cells() {
        return CELLS;
    }

    /** The table as printed above, for reports and reviewers. */
    public static String text() {
        return TABLE;
    }

    private static Map<Event, Map<State, Action>> parse(String table) {
        String[] lines = table.strip().split("\n");
        String[] header = lines[0].trim().split("\\s+");
        if (header.length != State.values().length + 1) {
            throw new IllegalStateException("Table 9-10 header has " + (header.length - 1) + " states, not 13");
        }
        State[] columns = new State[header.length - 1];
        for (int i = 1; i < header.length; i++) {
            columns[i - 1] = State.ofLabel(header[i]);
        }
        Map<Event, Map<State, Action>> cells = new EnumMap<>(Event.class);
        for (int l = 1; l < lines.length; l++) {
            String[] row = lines[l].trim().split("\\s+");
            if (row.length != header.length) {
                throw new IllegalStateException("Table 9-10 row '" + lines[l].trim() + "' has " + (row.length - 1)
                        + " cells, not 13");
            }
            Event event = Event.ofLabel(row[0]);
            Map<State, Action> byState = new EnumMap<>(State.class);
            for (int c = 1; c < row.length; c++) {
                if (!row[c].equals(".")) {
                    byState.put(columns[c - 1], Action.ofLabel(row[c]));
                }
            }
            cells.put(event, java.util.Collections.unmodifiableMap(byState));
        }
        if (cells.size() != Event.values().length) {
            throw new IllegalStateException("Table 9-10 has rows for " + cells.size() + " events, not 19");
        }
        return java.util.Collections.unmodifiableMap(cells);
    }
}
