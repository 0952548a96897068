package org.dicomharness.testdata.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The literal ISO 2022 byte strings agree with the standard's examples and with the JDK's own code tables. */
class CharacterSetCaseTest {

    @Test
    void japaneseNameIsThePs35H31Example() {
        CharacterSetCase c = CharacterSetCase.iso2022Japanese();
        // PS3.5 H.3.1, Example 1: Yamada^Tarou=<ESC $ B>;3ED<ESC ( B>^<ESC $ B>B@O:<ESC ( B>=...
        String expected = "59616d6164615e5461726f753d"
                + "1b2442" + "3b334544" + "1b2842" + "5e" + "1b2442" + "42404f3a" + "1b2842" + "3d"
                + "1b2442" + "2464245e2440" + "1b2842" + "5e" + "1b2442" + "243f246d2426" + "1b2842";
        assertThat(HexFormat.of().formatHex(c.patientNameBytes())).isEqualTo(expected);
    }

    @Test
    void koreanNameIsThePs35I2Example() {
        CharacterSetCase c = CharacterSetCase.iso2022Korean();
        // PS3.5 I.2: Hong^Gildong=<ESC $ ) C>(FB F3)^<ESC $ ) C>(D1 CE D4 D7)=<ESC $ ) C>(C8 AB)^<ESC $ ) C>(B1 E6 B5 BF)
        String expected = "486f6e675e47696c646f6e673d" + "1b242943" + "fbf3" + "5e" + "1b242943" + "d1ced4d7" + "3d"
                + "1b242943" + "c8ab" + "5e" + "1b242943" + "b1e6b5bf";
        assertThat(HexFormat.of().formatHex(c.patientNameBytes())).isEqualTo(expected);
    }

    @Test
    void japaneseBytesDecodeWithTheJdksIso2022JpTables() {
        CharacterSetCase c = CharacterSetCase.iso2022Japanese();
        Charset jis = Charset.forName("ISO-2022-JP");
        assertThat(new String(c.patientNameBytes(), jis)).isEqualTo(c.patientName());
        assertThat(new String(c.studyDescriptionBytes(), jis)).isEqualTo(c.studyDescription());
    }

    @Test
    void koreanGroupsAreKsX1001InG1AfterTheEscape() {
        CharacterSetCase c = CharacterSetCase.iso2022Korean();
        // Strip the ESC $ ) C designations: what remains is EUC-KR (ASCII in G0, KS X 1001 in G1).
        Charset eucKr = Charset.forName("EUC-KR");
        assertThat(new String(stripEscapes(c.patientNameBytes()), eucKr)).isEqualTo(c.patientName());
        assertThat(new String(stripEscapes(c.studyDescriptionBytes()), eucKr)).isEqualTo(c.studyDescription());
        assertThat(new String(c.patientNameBytes(), StandardCharsets.ISO_8859_1)).startsWith("Hong^Gildong=\u001b$)C");
    }

    @Test
    void singleByteAndUtf8CasesRoundTrip() {
        for (CharacterSetCase c : CharacterSetCase.all()) {
            if (c.id().startsWith("iso2022")) {
                continue;
            }
            Charset cs = c.specificCharacterSet().get(0).equals("ISO_IR 192") ? StandardCharsets.UTF_8
                    : StandardCharsets.ISO_8859_1;
            assertThat(new String(c.patientNameBytes(), cs)).as(c.id()).isEqualTo(c.patientName());
        }
    }

    private static byte[] stripEscapes(byte[] b) {
        byte[] out = new byte[b.length];
        int n = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0x1B && i + 3 < b.length && b[i + 1] == '$' && b[i + 2] == ')' && b[i + 3] == 'C') {
                i += 3;
            } else {
                out[n++] = b[i];
            }
        }
        return Arrays.copyOf(out, n);
    }
}
