package org.dicomharness.dicom.charset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.io.Part10Reader;
import org.dicomharness.dicom.io.Part10Writer;
import org.dicomharness.dicom.io.WriteOptions;
import org.dicomharness.dicom.testing.Peers;
import org.dicomharness.dicom.testing.ProcessRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our character sets against DCMTK's (dcmdump +U8 converts every value Specific Character Set governs to UTF-8;
 * this Debian build converts with glibc iconv). Both directions: files we encode, decoded by DCMTK; files DCMTK
 * writes (dump2dcm, from bytes made independently of our encoder), decoded by us.
 *
 * <p>DCMTK built on glibc iconv cannot convert JIS X 0208 / JIS X 0212 ("ISO 2022 IR 87" / "159"), nor ISO_IR 203
 * (DCMTK 3.6.7 does not know the term): those cases are reported as aborted with DCMTK's own message.
 */
class CharsetDcmtkIT {

    private static final int[] TAGS = {Tags.PatientName, Tags.InstitutionName, Tags.StudyDescription};
    private static final Pattern DUMP_LINE = Pattern.compile("^\\(([0-9a-f]{4}),([0-9a-f]{4})\\) (\\w\\w) \\[(.*)\\]\\s+#");

    /** A name, an institution and a study description in one character set. */
    record Case(String label, List<String> charset, String patientName, String institution, String study) {
        @Override
        public String toString() {
            return label;
        }
    }

    static Stream<Case> ourFiles() {
        return Stream.of(
                new Case("Latin-1", List.of("ISO_IR 100"), "Müller^François", "Hôpital Général", "Étude du crâne"),
                new Case("Latin-2", List.of("ISO_IR 101"), "Dvořák^Łukasz", "Szpital Łódź", "Badanie głowy"),
                new Case("Latin-5", List.of("ISO_IR 148"), "Yılmaz^Şükrü", "Hastane Ağrı", "Baş muayenesi"),
                new Case("Cyrillic", List.of("ISO_IR 144"), "Иванов^Пётр", "Городская больница",
                        "Исследование головы"),
                new Case("Greek", List.of("ISO_IR 126"), "Παπαδόπουλος^Γιώργος", "Νοσοκομείο Αθηνών",
                        "Εξέταση κεφαλής"),
                new Case("Hebrew", List.of("ISO_IR 138"), "כהן^משה", "בית חולים", "בדיקת ראש"),
                new Case("Arabic", List.of("ISO_IR 127"), "عبد الله^محمد", "مستشفى", "فحص الرأس"),
                new Case("Thai", List.of("ISO_IR 166"), "สมชาย^ใจดี", "โรงพยาบาล", "ตรวจศีรษะ"),
                new Case("Japanese JIS X 0201", List.of("ISO_IR 13"), "ﾔﾏﾀﾞ^ﾀﾛｳ", "ｺｳﾍﾞ ﾋﾞｮｳｲﾝ", "ｹﾝｻ"),
                new Case("Latin-9", List.of("ISO_IR 203"), "Œuvre^Žofie", "Hôpital €", "Étude"),
                new Case("UTF-8", List.of("ISO_IR 192"), "Müller^Jürgen=王^小東=Иван", "Klinikum 😀", "Кт головы"),
                new Case("GB18030", List.of("GB18030"), "Wang^XiaoDong=王^小东=", "北京医院 €", "头部检查"),
                new Case("GBK", List.of("GBK"), "Wang^XiaoDong=王^小东=", "北京医院", "头部检查"),
                new Case("Korean ISO 2022 IR 149", List.of("", "ISO 2022 IR 149"), "Hong^Gildong=洪^吉洞=홍^길동",
                        "서울 병원", "두부 검사"),
                new Case("Chinese ISO 2022 IR 58", List.of("", "ISO 2022 IR 58"), "Zhang^XiaoDong=张^小东=",
                        "北京 医院", "头部 检查"),
                new Case("Latin-1, Cyrillic and Greek switched in G1",
                        List.of("ISO 2022 IR 100", "ISO 2022 IR 144", "ISO 2022 IR 126"), "Müller^Иван=Παπα",
                        "Hôpital Больница", "Étude Εξέταση"),
                new Case("Japanese ISO 2022 IR 87", List.of("", "ISO 2022 IR 87"),
                        "Yamada^Tarou=山田^太郎=やまだ^たろう", "山田 病院", "頭部 検査"),
                new Case("Japanese ISO 2022 IR 13 and 87", List.of("ISO 2022 IR 13", "ISO 2022 IR 87"),
                        "ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう", "ｺｳﾍﾞ 病院", "ｹﾝｻ"));
    }

    /** Bytes for a patient name made without our encoder: a Java charset, or the bytes PS3.5 prints. */
    record RawCase(String label, List<String> charset, byte[] patientName, String expected) {
        @Override
        public String toString() {
            return label;
        }
    }

    static Stream<RawCase> dcmtkFiles() {
        return Stream.of(
                javaEncoded("Latin-1", "ISO_IR 100", "ISO-8859-1", "Müller^François"),
                javaEncoded("Cyrillic", "ISO_IR 144", "ISO-8859-5", "Иванов^Пётр"),
                javaEncoded("Greek", "ISO_IR 126", "ISO-8859-7", "Παπαδόπουλος^Γιώργος"),
                javaEncoded("Hebrew", "ISO_IR 138", "ISO-8859-8", "כהן^משה"),
                javaEncoded("Arabic", "ISO_IR 127", "ISO-8859-6", "عبد الله^محمد"),
                javaEncoded("Thai", "ISO_IR 166", "TIS-620", "สมชาย^ใจดี"),
                javaEncoded("UTF-8", "ISO_IR 192", "UTF-8", "Müller^Jürgen=王^小東=Иван"),
                javaEncoded("GB18030", "GB18030", "GB18030", "Wang^XiaoDong=王^小东=€"),
                new RawCase("Korean, PS3.5 Example I.2-1", List.of("", "ISO 2022 IR 149"), StandardBytes.columnRow(
                        "04/08 06/15 06/14 06/07 05/14 04/07 06/09 06/12 06/04 06/15 06/14 06/07 03/13 01/11 02/04 "
                        + "02/09 04/03 15/11 15/03 05/14 01/11 02/04 02/09 04/03 13/01 12/14 13/04 13/07 03/13 01/11 "
                        + "02/04 02/09 04/03 12/08 10/11 05/14 01/11 02/04 02/09 04/03 11/01 14/06 11/05 11/15"),
                        "Hong^Gildong=洪^吉洞=홍^길동"),
                new RawCase("Chinese, PS3.5 Example K.2-1", List.of("", "ISO 2022 IR 58"), StandardBytes.hex(
                        "0x5A 0x68 0x61 0x6E 0x67 0x5E 0x58 0x69 0x61 0x6F 0x44 0x6F 0x6E 0x67 0x3D 0x1B 0x24 0x29 "
                        + "0x41 0xD5 0xC5 0x5E 0x1B 0x24 0x29 0x41 0xD0 0xA1 0xB6 0xAB 0x3D 0x20"),
                        "Zhang^XiaoDong=张^小东="),
                new RawCase("Japanese, PS3.5 Example H.3-1", List.of("", "ISO 2022 IR 87"), StandardBytes.columnRow(
                        "05/09 06/01 06/13 06/01 06/04 06/01 05/14 05/04 06/01 07/02 06/15 07/05 03/13 01/11 02/04 "
                        + "04/02 03/11 03/03 04/05 04/04 01/11 02/08 04/02 05/14 01/11 02/04 04/02 04/02 04/00 04/15 "
                        + "03/10 01/11 02/08 04/02 03/13 01/11 02/04 04/02 02/04 06/04 02/04 05/14 02/04 04/00 01/11 "
                        + "02/08 04/02 05/14 01/11 02/04 04/02 02/04 03/15 02/04 06/13 02/04 02/06 01/11 02/08 04/02"),
                        "Yamada^Tarou=山田^太郎=やまだ^たろう"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ourFiles")
    void dcmtkDecodesWhatWeEncode(Case c, @TempDir Path dir) throws IOException {
        Path dcmdump = Peers.require("dcmdump", "dcmtk");
        Dataset ds = header(c.charset());
        ds.setString(Tags.PatientName, c.patientName());
        ds.setString(Tags.InstitutionName, c.institution());
        ds.setString(Tags.StudyDescription, c.study());
        Path file = dir.resolve("ours.dcm");
        Part10Writer.write(file, ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, WriteOptions.defaults());

        Dataset read = Part10Reader.read(file).dataset();
        Map<Integer, String> ours = ourValues(read);
        assertThat(ours).containsEntry(Tags.PatientName, c.patientName())
                .containsEntry(Tags.InstitutionName, c.institution())
                .containsEntry(Tags.StudyDescription, c.study());

        Map<Integer, String> dcmtk = dcmdumpUtf8(dcmdump, dir, file);
        assertThat(dcmtk).as("dcmdump +U8 of %s", c.charset()).isEqualTo(ours);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dcmtkFiles")
    void weDecodeWhatDcmtkWrites(RawCase c, @TempDir Path dir) throws IOException {
        Path file = dump2dcm(c, dir);
        Dataset read = Part10Reader.read(file).dataset();
        byte[] value = read.getBytes(Tags.PatientName);
        DecodedText decoded = read.specificCharacterSet().decodeChecked(value, 0, value.length, VR.PN);

        assertThat(decoded.issues()).isEmpty();
        assertThat(read.getString(Tags.PatientName)).isEqualTo(c.expected());
        assertThat(read.specificCharacterSet().corrections()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dcmtkFiles")
    void dcmtkDecodesWhatItWroteAsWeDo(RawCase c, @TempDir Path dir) throws IOException {
        Path dcmdump = Peers.require("dcmdump", "dcmtk");
        Path file = dump2dcm(c, dir);
        Map<Integer, String> ours = ourValues(Part10Reader.read(file).dataset());
        assertThat(dcmdumpUtf8(dcmdump, dir, file)).isEqualTo(ours);
    }

    /**
     * A known disagreement. PS3.5 6.1.2.3 and H.1.1 (note 3): in SH, LO, PN and UC, 05/12 separates values even
     * where G0 holds JIS X 0201 romaji, whose 05/12 is otherwise the YEN SIGN. DCMTK 3.6.7 converts it to YEN SIGN
     * and the LO loses its second value. If this test fails because DCMTK now splits the value, DCMTK was fixed.
     */
    @Test
    void dcmtkTurnsTheValueDelimiterOfIsoIr13IntoAYenSign(@TempDir Path dir) throws IOException {
        Path dcmdump = Peers.require("dcmdump", "dcmtk");
        Dataset ds = header(List.of("ISO_IR 13"));
        ds.setString(Tags.InstitutionName, "ｺｳﾍﾞ", "KOBE");
        Path file = dir.resolve("romaji.dcm");
        Part10Writer.write(file, ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, WriteOptions.defaults());

        Dataset read = Part10Reader.read(file).dataset();
        assertThat(read.getBytes(Tags.InstitutionName)).containsSequence(0x5C, 'K');
        assertThat(read.getStrings(Tags.InstitutionName)).containsExactly("ｺｳﾍﾞ", "KOBE");
        assertThat(dcmdumpUtf8(dcmdump, dir, file).get(Tags.InstitutionName)).isEqualTo("ｺｳﾍﾞ\u00A5KOBE");
    }

    /**
     * A known disagreement. Bytes 08/00..09/15 are C1 control codes, not characters of ISO-IR 100 (a 96-character
     * set in 10/00..15/15, PS3.5 6.1.2.3 note 1): we decode them as U+FFFD and report them; DCMTK (iconv
     * ISO-8859-1) passes them on as U+0080..U+009F. Windows-1252 text mislabelled as ISO_IR 100 looks like this.
     */
    @Test
    void dcmtkPassesC1ControlBytesOfIsoIr100Through(@TempDir Path dir) throws IOException {
        Path dcmdump = Peers.require("dcmdump", "dcmtk");
        Dataset ds = header(List.of("ISO_IR 100"));
        ds.setBytes(Tags.PatientName, VR.PN, StandardBytes.hex("0x41 0x80 0x96 0x42"));
        Path file = dir.resolve("c1.dcm");
        Part10Writer.write(file, ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, WriteOptions.defaults());

        Dataset read = Part10Reader.read(file).dataset();
        assertThat(read.getString(Tags.PatientName)).isEqualTo("A\uFFFD\uFFFDB");
        byte[] value = read.getBytes(Tags.PatientName);
        assertThat(read.specificCharacterSet().decodeChecked(value, 0, value.length, VR.PN).issues()).hasSize(2);
        assertThat(dcmdumpUtf8(dcmdump, dir, file).get(Tags.PatientName)).isEqualTo("A\u0080\u0096B");
    }

    private static RawCase javaEncoded(String label, String term, String javaCharset, String name) {
        return new RawCase(label + " (" + javaCharset + " from the JDK)", List.of(term),
                name.getBytes(Charset.forName(javaCharset)), name);
    }

    private static Dataset header(List<String> charset) {
        Dataset ds = new Dataset();
        ds.setString(Tags.SpecificCharacterSet, charset.toArray(String[]::new));
        ds.setString(Tags.SOPClassUID, Uids.SecondaryCaptureImageStorage);
        ds.setString(Tags.SOPInstanceUID, "2.25.1234567890");
        return ds;
    }

    /** A dcmdump-format text with the raw value bytes, turned into a Part 10 file by DCMTK's dump2dcm. */
    private static Path dump2dcm(RawCase c, Path dir) throws IOException {
        Path dump2dcm = Peers.require("dump2dcm", "dcmtk");
        ByteArrayOutputStream dump = new ByteArrayOutputStream();
        dump.writeBytes(("(0008,0005) CS [" + String.join("\\", c.charset()) + "]\n"
                + "(0008,0016) UI [" + Uids.SecondaryCaptureImageStorage + "]\n"
                + "(0008,0018) UI [2.25.987654321]\n"
                + "(0010,0010) PN [").getBytes(StandardCharsets.US_ASCII));
        dump.writeBytes(c.patientName());
        dump.writeBytes("]\n".getBytes(StandardCharsets.US_ASCII));
        Path dumpFile = dir.resolve("dcmtk.dump");
        Files.write(dumpFile, dump.toByteArray());
        Path file = dir.resolve("dcmtk.dcm");
        ProcessRunner.run(dir, List.of(dump2dcm.toString(), "+te", dumpFile.toString(), file.toString())).check();
        return file;
    }

    private static Map<Integer, String> ourValues(Dataset ds) {
        Map<Integer, String> values = new HashMap<>();
        for (int tag : TAGS) {
            if (ds.contains(tag)) {
                values.put(tag, String.join("\\", ds.getStrings(tag)));
            }
        }
        return values;
    }

    /** The values of {@link #TAGS} as {@code dcmdump +U8 +L} prints them (UTF-8), padding removed. */
    private static Map<Integer, String> dcmdumpUtf8(Path dcmdump, Path dir, Path file) {
        ProcessRunner.Result result = ProcessRunner.run(dir, List.of(dcmdump.toString(), "+U8", "+L", file.toString()));
        String err = result.err() + result.out(StandardCharsets.UTF_8);
        if (result.exitCode() != 0 && err.contains("not supported")) {
            abort("this DCMTK cannot convert the character set: " + err.lines()
                    .filter(l -> l.contains("not supported")).findFirst().orElse(err));
        }
        result.check();
        Map<Integer, String> values = new HashMap<>();
        for (String line : result.out(StandardCharsets.UTF_8).split("\n")) {
            Matcher m = DUMP_LINE.matcher(line.strip());
            if (m.find()) {
                int tag = Integer.parseInt(m.group(1) + m.group(2), 16);
                for (int wanted : TAGS) {
                    if (tag == wanted) {
                        values.put(tag, m.group(4).stripTrailing());
                    }
                }
            }
        }
        return values;
    }
}
