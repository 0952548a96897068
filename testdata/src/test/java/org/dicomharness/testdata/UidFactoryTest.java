package org.dicomharness.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import org.dicomharness.testdata.uid.UidFactory;
import org.junit.jupiter.api.Test;

class UidFactoryTest {

    @Test
    void sameSeedAndPathGiveTheSameUid() {
        assertThat(new UidFactory(7).uid("study", "0")).isEqualTo(new UidFactory(7).uid("study", "0"));
    }

    @Test
    void seedAndPathBothChangeTheUid() {
        UidFactory f = new UidFactory(7);
        assertThat(f.uid("study", "0")).isNotEqualTo(f.uid("study", "1"));
        assertThat(f.uid("study", "0")).isNotEqualTo(new UidFactory(8).uid("study", "0"));
    }

    @Test
    void uidsAreUuidDerivedAndValid() {
        UidFactory f = new UidFactory(-123456789L);
        for (int i = 0; i < 500; i++) {
            String uid = f.uid("x", Integer.toString(i));
            // PS3.5 B.2: 2.25.<decimal UUID>; PS3.5 9.1: digits and dots, no leading zero, at most 64 chars.
            assertThat(uid).startsWith("2.25.").hasSizeLessThanOrEqualTo(64).matches("2\\.25\\.[1-9][0-9]*");
        }
    }
}
