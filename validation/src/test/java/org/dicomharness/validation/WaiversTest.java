package org.dicomharness.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.validation.testing.SampleObjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Waivers from YAML: matched by rule and path (optionally SOP class and AE), kept in the report, verdict changed. */
class WaiversTest {

    @TempDir
    Path dir;

    private final IodValidator validator = new IodValidator();

    private ValidationReport brokenCt() {
        Dataset ct = new SampleObjects().ct();
        ct.remove(Tags.ReferringPhysicianName);
        ValidationReport report = validator.validate(ct);
        assertThat(report.passed()).isFalse();
        return report;
    }

    @Test
    void aWaiverKeepsTheFindingButChangesTheVerdict() throws IOException {
        Path file = write("""
                waivers:
                  - rule: PS3.3 Table C.7-3
                    path: ReferringPhysicianName
                    reason: the RIS fills it in before archiving (ticket 42)
                """);
        ValidationReport report = brokenCt().withWaivers(Waivers.load(file), null);
        assertThat(report.passed()).isTrue();
        Finding f = report.errors().get(0);
        assertThat(f.isWaived()).isTrue();
        assertThat(f.waiver()).isEqualTo("the RIS fills it in before archiving (ticket 42)");
        assertThat(f.toString()).contains("waived: the RIS fills it in");
    }

    @Test
    void wildcardsAndTagPathsMatch() throws IOException {
        Path file = write("""
                waivers:
                  - rule: PS3.3 Table C.7-*
                    path: (0008,0090)
                    reason: accepted
                """);
        assertThat(brokenCt().withWaivers(Waivers.load(file), null).passed()).isTrue();
    }

    @Test
    void aWaiverLimitedToAnotherSopClassOrAeDoesNotApply() throws IOException {
        Path file = write("""
                waivers:
                  - rule: PS3.3 Table C.7-3
                    path: ReferringPhysicianName
                    sopClass: %s
                    reason: only for MR
                  - rule: PS3.3 Table C.7-3
                    path: ReferringPhysicianName
                    ae: OTHER_AE
                    reason: only for the other modality
                """.formatted(Uids.MRImageStorage));
        Waivers waivers = Waivers.load(file);
        assertThat(brokenCt().withWaivers(waivers, "CT_SCANNER").passed()).isFalse();
        assertThat(brokenCt().withWaivers(waivers, "OTHER_AE").passed()).isTrue();
    }

    @Test
    void aWaiverForAnotherPathOrRuleDoesNotApply() throws IOException {
        Path file = write("""
                waivers:
                  - rule: PS3.3 Table C.7-3
                    path: StudyID
                    reason: not this one
                  - rule: PS3.3 Table C.7-1
                    path: ReferringPhysicianName
                    reason: nor this one
                """);
        assertThat(brokenCt().withWaivers(Waivers.load(file), null).passed()).isFalse();
    }

    @Test
    void aWaiverWithoutReasonIsRejectedWithAnActionableMessage() throws IOException {
        Path file = write("""
                waivers:
                  - rule: PS3.3 Table C.7-3
                    path: ReferringPhysicianName
                """);
        assertThatThrownBy(() -> Waivers.load(file)).isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("needs a 'reason'");
    }

    @Test
    void unknownKeysAreRejected() throws IOException {
        Path file = write("""
                waivers:
                  - rule: PS3.3 Table C.7-3
                    path: ReferringPhysicianName
                    reson: typo
                """);
        assertThatThrownBy(() -> Waivers.load(file)).hasMessageContaining("unknown key 'reson'");
    }

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("waivers.yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
