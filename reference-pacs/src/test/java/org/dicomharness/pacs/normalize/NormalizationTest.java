package org.dicomharness.pacs.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.io.DicomFile;
import org.dicomharness.dicom.io.Part10Reader;
import org.dicomharness.pacs.Archive;
import org.dicomharness.pacs.ArchiveFixture;
import org.dicomharness.pacs.config.PacsConfig;
import org.dicomharness.pacs.index.PacsEvent;
import org.dicomharness.pacs.index.StoredInstance;
import org.dicomharness.pacs.store.ArchivalValidator;
import org.dicomharness.pacs.store.StoreOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NormalizationTest {

    private static final String PROFILES = """
            profiles:
              - name: acme-ct
                match: {manufacturer: "ACME.*"}
                privateMappings:
                  - {creator: "ACME IMAGING 1.0", group: "0019", offset: "10", target: BodyPartExamined}
                coercions:
                  - {attribute: InstitutionName, trim: true, map: {"St. Mary's Hosp.": "Saint Mary Hospital"}}
                  - {attribute: BodyPartExamined, caseChange: upper}
                codeMappings:
                  - {sequence: ProcedureCodeSequence, from: {value: "X-HEAD", scheme: "ACME"},
                     to: {value: "CTHEAD", scheme: "99LOCAL", meaning: "CT head"}}
            """;

    @TempDir
    Path dir;

    private Archive open() throws IOException {
        Path yaml = dir.resolve("profiles.yaml");
        Files.writeString(yaml, PROFILES);
        Normalizer normalizer = Normalizer.load(yaml, "TEST PACS");
        return Archive.open(PacsConfig.defaults(dir.resolve("pacs")).withFsync(false), ArchivalValidator.NONE,
                normalizer);
    }

    private static Dataset acmeObject(String sop) {
        Dataset ds = ArchiveFixture.secondaryCapture(sop, "P1", "1.2.3", "ct");
        ds.setString(Tags.Manufacturer, VR.LO, "ACME Medical");
        ds.setString(Tags.InstitutionName, VR.LO, "  St. Mary's   Hosp.  ");
        int tag = ds.reservePrivateTag("ACME IMAGING 1.0", 0x0019, 0x10);
        ds.setString(tag, VR.LO, "head");
        Dataset code = ds.newSequence(Tags.ProcedureCodeSequence).addItem();
        code.setString(Tags.CodeValue, VR.SH, "X-HEAD");
        code.setString(Tags.CodingSchemeDesignator, VR.SH, "ACME");
        code.setString(Tags.CodeMeaning, VR.LO, "Head");
        return ds;
    }

    @Test
    void matchingProfileCoercesKeepsOriginalsAndAnswersB000() throws IOException {
        try (Archive archive = open()) {
            StoreOutcome outcome = ArchiveFixture.store(archive, acmeObject("1.2.3.1"), "CT01");
            assertThat(outcome.status()).isEqualTo(StoreOutcome.WARNING_COERCION);
            assertThat(outcome.errorComment()).startsWith("Coercion of Data Elements: profile acme-ct")
                    .contains("(0018,0015) BodyPartExamined '' -> 'head'")
                    .contains("(0018,0015) BodyPartExamined 'head' -> 'HEAD'")
                    .contains("(0008,0080) InstitutionName 'St. Mary's   Hosp.' -> 'Saint Mary Hospital'");
            Dataset stored = Part10Reader.read(archive.store().resolve(outcome.storedPath())).dataset();
            assertThat(stored.getString(Tags.BodyPartExamined)).isEqualTo("HEAD");
            assertThat(stored.getString(Tags.InstitutionName)).isEqualTo("Saint Mary Hospital");
            assertThat(stored.getSequence(Tags.ProcedureCodeSequence).get(0).getString(Tags.CodeValue))
                    .isEqualTo("CTHEAD");
            assertThat(stored.getString(stored.resolvePrivateTag("ACME IMAGING 1.0", 0x0019, 0x10)))
                    .as("the private attribute stays").isEqualTo("head");
            Dataset original = stored.getSequence(Tags.OriginalAttributesSequence).get(0);
            assertThat(original.getString(Tags.ReasonForTheAttributeModification)).isEqualTo("COERCE");
            assertThat(original.getString(Tags.ModifyingSystem)).isEqualTo("TEST PACS");
            assertThat(original.getString(Tags.SourceOfPreviousValues)).isEqualTo("CT01");
            assertThat(original.getString(Tags.AttributeModificationDateTime)).matches("\\d{14}\\.\\d{6}[+-]\\d{4}");
            Dataset previous = original.getSequence(Tags.ModifiedAttributesSequence).get(0);
            assertThat(previous.getString(Tags.InstitutionName)).isEqualTo("St. Mary's   Hosp.");
            assertThat(previous.getSequence(Tags.ProcedureCodeSequence).get(0).getString(Tags.CodeValue))
                    .isEqualTo("X-HEAD");
            assertThat(previous.contains(Tags.BodyPartExamined)).as("absent before: recorded as added").isTrue();
            assertThat(previous.get(Tags.BodyPartExamined).isEmpty()).as("with a zero length value (PS3.3 "
                    + "C.12.1.1.9.1)").isTrue();

            StoredInstance row = archive.index().current("1.2.3.1").orElseThrow();
            assertThat(archive.events().recent(5, PacsEvent.Kind.COERCED)).singleElement()
                    .satisfies(e -> assertThat(e.detail()).contains("profile acme-ct"));
            // Re-sending the same object is an identical duplicate: detection compares what was received.
            StoreOutcome again = ArchiveFixture.store(archive, acmeObject("1.2.3.1"), "CT01");
            assertThat(again.status()).isEqualTo(StoreOutcome.SUCCESS);
            assertThat(again.storedPath()).isNull();
            assertThat(archive.index().all()).hasSize(1);
            assertThat(row.sha256()).hasSize(64);
            assertThat(archive.store().leftoverIncomingFiles()).as("no temporary file left").isEmpty();
        }
    }

    @Test
    void objectsNoProfileMatchesAreStoredBitForBit() throws IOException {
        try (Archive archive = open()) {
            Dataset other = acmeObject("1.2.3.2");
            other.setString(Tags.Manufacturer, VR.LO, "OTHER Corp");
            byte[] sent = ArchiveFixture.encode(other, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
            StoreOutcome outcome = ArchiveFixture.store(archive, other, "CT01");
            assertThat(outcome.status()).isEqualTo(StoreOutcome.SUCCESS);
            Path file = archive.store().resolve(outcome.storedPath());
            DicomFile stored = Part10Reader.read(file);
            byte[] bytes = Files.readAllBytes(file);
            assertThat(Arrays.copyOfRange(bytes, (int) stored.datasetOffset(), bytes.length)).isEqualTo(sent);
            assertThat(stored.dataset().contains(Tags.OriginalAttributesSequence)).isFalse();
        }
    }

    @Test
    void badProfilesAreRefusedWithTheirName() throws IOException {
        Path yaml = dir.resolve("bad.yaml");
        Files.writeString(yaml, """
                profiles:
                  - name: broken
                    privateMappings:
                      - {creator: "X", group: "0018", offset: "10", target: NoSuchKeyword}
                """);
        assertThatThrownBy(() -> Normalizer.load(yaml, "T")).isInstanceOf(IOException.class)
                .hasMessageContaining("vendor profile broken").hasMessageContaining("group 0018 is even")
                .hasMessageContaining("'NoSuchKeyword' is not a PS3.6 attribute keyword");
    }
}
