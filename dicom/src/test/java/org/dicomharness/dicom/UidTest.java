package org.dicomharness.dicom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UidTest {

    @ParameterizedTest
    @ValueSource(strings = {"1.2.840.10008.1.2", "0.0", "2.25.0", "1.2.3.0.4"})
    void validUids(String uid) {
        assertThat(Uid.problem(uid)).isEmpty();
    }

    @Test
    void hostileOrMalformedUidsAreNamed() {
        assertThat(Uid.problem("../../etc/passwd")).get().asString().contains("empty component");
        assertThat(Uid.problem("1.2/3")).get().asString().contains("contains '/'");
        assertThat(Uid.problem("1.02.3")).get().asString().contains("leading zero");
        assertThat(Uid.problem("1.2.")).get().asString().contains("empty component");
        assertThat(Uid.problem("1.2\n3")).get().asString().contains("\\u000a");
        assertThat(Uid.problem("1." + "1".repeat(63))).get().asString().contains("65 characters");
        assertThat(Uid.problem("")).get().asString().isEqualTo("UID is empty");
    }

    @Test
    void uuidUidsAreValidAndBounded() {
        for (int i = 0; i < 1000; i++) {
            String uid = Uid.random();
            assertThat(uid).startsWith("2.25.");
            assertThat(Uid.isValid(uid)).as(uid).isTrue();
        }
    }
}
