package org.dicomharness.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.dicomharness.dicom.VR;
import org.dicomharness.validation.check.ValueFormats;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PS3.5 Table 6.2-1 value formats: what conforms and what does not, with the reason given. */
class ValueFormatsTest {

    @ParameterizedTest(name = "{0} ''{1}'' conforms")
    @CsvSource({
        "DA, 20240229", "DA, 19991231",
        "TM, 10", "TM, 1015", "TM, 101500", "TM, 101500.123456", "TM, 235960",
        "DT, 2024", "DT, 202401151015", "DT, 20240115101500.5+0100", "DT, 20240115-0500",
        "AS, 045Y", "AS, 003M", "AS, 010D",
        "UI, 1.2.840.10008.5.1.4.1.1.2", "UI, 2.25.0", "UI, 0.1",
        "DS, 1", "DS, -1.5", "DS, +2.5e-3", "DS, .5", "DS, 1.", "IS, -2147483648", "IS, +12",
        "CS, ORIGINAL", "CS, HFS", "CS, ISO_IR 100", "AE, STORESCP", "AE, A B",
        "PN, Doe^Jane", "PN, Doe^Jane^^Dr^Jr", "PN, Doe^Jane=ド^ジェーン=dou^jen"
    })
    void accepts(String vr, String value) {
        assertThat(ValueFormats.check(VR.valueOf(vr), value)).isNull();
    }

    @ParameterizedTest(name = "{0} ''{1}'' is rejected: {2}")
    @CsvSource({
        "DA, 20241301, not a calendar date", "DA, 20230229, not a calendar date", "DA, 2024-01-15, not YYYYMMDD",
        "DA, 240115, not YYYYMMDD",
        "TM, 2460, hour above 23", "TM, 1260, minute above 59", "TM, 10:15, not HH[MM[SS[.FFFFFF]]]",
        "TM, 101500.1234567, not HH[MM[SS[.FFFFFF]]]",
        "DT, 20241315, month outside 01-12", "DT, 20240115+1500, UTC offset +1500 outside -1200 to +1400",
        "AS, 45Y, 'not nnnD, nnnW, nnnM or nnnY'", "AS, 045X, 'not nnnD, nnnW, nnnM or nnnY'",
        "UI, 1.02.3, not dot-separated numbers without leading zeros", "UI, 1..2, not dot-separated numbers without leading zeros",
        "UI, 1.2.a, not dot-separated numbers without leading zeros",
        "DS, 1.2.3, not a decimal number", "DS, abc, not a decimal number",
        "IS, 1.5, not an integer", "IS, 2147483648, outside -2^31 to 2^31-1",
        "CS, original, 'has characters other than A-Z, 0-9, space and underscore'",
        "CS, A-B, 'has characters other than A-Z, 0-9, space and underscore'",
        "PN, A^B^C^D^E^F, more than five components in a group", "PN, a=b=c=d, more than three component groups"
    })
    void rejects(String vr, String value, String reason) {
        assertThat(ValueFormats.check(VR.valueOf(vr), value)).isEqualTo(reason);
    }

    @ParameterizedTest(name = "UI longer than 64 characters")
    @CsvSource({"1.2.840.10008.1234567890.1234567890.1234567890.1234567890.12345678"})
    void rejectsLongUid(String uid) {
        assertThat(uid.length()).isGreaterThan(64);
        assertThat(ValueFormats.check(VR.UI, uid)).isEqualTo("longer than 64 characters");
    }
}
