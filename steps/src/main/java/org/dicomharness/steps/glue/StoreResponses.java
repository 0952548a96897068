package org.dicomharness.steps.glue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dicomharness.simulators.modality.SentObject;

/** The check every storage step makes of a C-STORE-RSP: there is one, and its status (PS3.4 B.2.3) is the expected. */
final class StoreResponses {

    private StoreResponses() {
    }

    /** @param hexStatus the status as four hexadecimal digits: 0000, B000, A900... */
    static void assertEvery(List<SentObject> objects, String hexStatus) {
        for (SentObject o : objects) {
            assertThat(o.outcome()).as("C-STORE-RSP for %s (%s)", o.sopInstanceUid(), o.failure()).isNotNull();
            assertThat(String.format("%04X", o.outcome().code())).as("C-STORE status for %s: %s", o.sopInstanceUid(),
                    o.outcome()).isEqualToIgnoringCase(hexStatus);
        }
    }
}
