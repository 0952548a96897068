package org.dicomharness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.io.FileMetaInformation;
import org.dicomharness.dicom.io.Part10Writer;
import org.dicomharness.dicom.io.WriteOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** {@code harness validate}: exit codes 0/1/2, waivers, and the text, JSON and JUnit outputs. */
class ValidateCommandTest {

    @TempDir
    Path dir;

    private Path valid;
    private Path broken;

    @BeforeEach
    void writeFiles() throws IOException {
        valid = dir.resolve("valid.dcm");
        Part10Writer.write(valid, secondaryCapture(), TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, WriteOptions.defaults());
        Dataset missingStudyUid = secondaryCapture();
        missingStudyUid.remove(Tags.StudyInstanceUID);
        broken = dir.resolve("sub").resolve("broken.dcm");
        Files.createDirectories(broken.getParent());
        Part10Writer.write(broken, missingStudyUid, TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN, WriteOptions.defaults());
    }

    @Test
    void cleanFileExitsZero() {
        Run run = run("validate", valid.toString());
        assertThat(run.exit).isZero();
        assertThat(run.out).contains("PASSED Secondary Capture Image").contains("1 file(s): 1 passed");
    }

    @Test
    void errorsExitOneAndCiteTheRule() {
        Run run = run("validate", dir.toString());
        assertThat(run.exit).isEqualTo(1);
        assertThat(run.out).contains("broken.dcm: FAILED Secondary Capture Image")
                .contains("ERROR Secondary Capture Image / General Study: StudyInstanceUID(0020,000D): found absent")
                .contains("[PS3.3 Table C.7-3 (C.7.2.1 General Study Module Attributes)]")
                .contains("2 file(s): 1 passed, 1 failed, 0 unreadable");
    }

    @Test
    void aWaiverTurnsTheVerdict() throws IOException {
        Path waivers = dir.resolve("waivers.yaml");
        Files.writeString(waivers, """
                waivers:
                  - rule: PS3.3 Table C.7-3
                    path: StudyInstanceUID
                    reason: test objects of the migration batch lack it
                """);
        Run run = run("validate", "--waivers", waivers.toString(), broken.toString());
        assertThat(run.exit).isZero();
        assertThat(run.out).contains("PASSED").contains("1 waived").contains("waived: test objects of the migration");
    }

    @Test
    void aWaiverForOneSenderAppliesToFilesFromThatSourceAeOnly() throws IOException {
        Dataset d = secondaryCapture();
        d.remove(Tags.StudyInstanceUID);
        Path fromModality = dir.resolve("from-modality.dcm");
        Part10Writer.write(fromModality, null, FileMetaInformation.create(Uids.SecondaryCaptureImageStorage,
                "2.25.1001", TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN.uid(), "MODALITY_1"), d,
                TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, WriteOptions.defaults());
        Path waivers = dir.resolve("waivers.yaml");
        Files.writeString(waivers, """
                waivers:
                  - rule: PS3.3 Table C.7-3
                    path: StudyInstanceUID
                    ae: MODALITY_1
                    reason: this modality's known defect, fixed in its next release
                """);
        assertThat(run("validate", "--waivers", waivers.toString(), fromModality.toString()).exit).isZero();
        assertThat(run("validate", "--waivers", waivers.toString(), broken.toString()).exit).isEqualTo(1);
    }

    @Test
    void unreadableInputExitsTwo() throws IOException {
        Path junk = dir.resolve("junk.dcm");
        Files.writeString(junk, "not a DICOM file at all");
        Run run = run("validate", valid.toString(), junk.toString());
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.out).contains("junk.dcm: UNREADABLE");
        assertThat(run("validate", dir.resolve("missing.dcm").toString()).exit).isEqualTo(2);
    }

    @Test
    void jsonOutputCarriesEveryFindingWithPathAndRule() throws IOException {
        Run run = run("validate", "--format", "json", broken.toString());
        JsonNode root = new ObjectMapper().readTree(run.out);
        JsonNode file = root.get("files").get(0);
        assertThat(file.get("passed").asBoolean()).isFalse();
        JsonNode error = null;
        for (JsonNode f : file.get("findings")) {
            if (f.get("severity").asText().equals("ERROR")) {
                error = f;
            }
        }
        assertThat(error).isNotNull();
        assertThat(error.get("pathTags").asText()).isEqualTo("(0020,000D)");
        assertThat(error.get("rule").get("reference").asText()).isEqualTo("Table C.7-3");
        assertThat(root.get("summary").get("failed").asInt()).isEqualTo(1);
    }

    @Test
    void junitOutputHasAFailingTestCasePerBrokenFile() throws Exception {
        Run run = run("validate", "--format", "junit", dir.toString());
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(run.out.getBytes(StandardCharsets.UTF_8)));
        assertThat(xml.getDocumentElement().getAttribute("tests")).isEqualTo("2");
        assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo("1");
        assertThat(xml.getElementsByTagName("failure").item(0).getTextContent()).contains("StudyInstanceUID");
    }

    @Test
    void unknownFormatIsRefused() {
        Run run = run("validate", "--format", "xml", valid.toString());
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err).contains("--format must be text, json or junit");
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Harness.run(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /** A Secondary Capture Image with the mandatory modules of PS3.3 A.8.1. */
    private static Dataset secondaryCapture() {
        Dataset d = new Dataset();
        d.setString(Tags.SOPClassUID, Uids.SecondaryCaptureImageStorage);
        d.setString(Tags.SOPInstanceUID, "2.25.1001");
        d.setString(Tags.StudyDate, "20240115");
        d.setString(Tags.StudyTime, "101500");
        d.setString(Tags.AccessionNumber, "A1");
        d.setString(Tags.Modality, "OT");
        d.setString(Tags.ConversionType, "WSD");
        d.setString(Tags.ReferringPhysicianName, "");
        d.setString(Tags.PatientName, "Doe^Jane");
        d.setString(Tags.PatientID, "P1");
        d.setString(Tags.PatientBirthDate, "19700101");
        d.setString(Tags.PatientSex, "F");
        d.setString(Tags.StudyInstanceUID, "2.25.1002");
        d.setString(Tags.SeriesInstanceUID, "2.25.1003");
        d.setString(Tags.StudyID, "S1");
        d.setString(Tags.SeriesNumber, "1");
        d.setString(Tags.InstanceNumber, "1");
        d.setString(Tags.PatientOrientation, "");
        d.setString(Tags.Laterality, "");
        d.setInt(Tags.SamplesPerPixel, 1);
        d.setString(Tags.PhotometricInterpretation, "MONOCHROME2");
        d.setInt(Tags.Rows, 4);
        d.setInt(Tags.Columns, 4);
        d.setInt(Tags.BitsAllocated, 8);
        d.setInt(Tags.BitsStored, 8);
        d.setInt(Tags.HighBit, 7);
        d.setInt(Tags.PixelRepresentation, 0);
        d.setBytes(Tags.PixelData, VR.OB, new byte[16]);
        return d;
    }
}
