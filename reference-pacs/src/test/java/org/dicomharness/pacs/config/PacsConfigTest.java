package org.dicomharness.pacs.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PacsConfigTest {

    @Test
    void exampleConfigurationLoads() throws IOException {
        PacsConfig config = PacsConfig.load(Path.of("pacs.example.yaml"));
        assertThat(config.aeTitle()).isEqualTo("REFPACS");
        assertThat(config.port()).isEqualTo(11112);
        assertThat(config.dataDirectory()).isEqualTo(Path.of("./pacs-data"));
        assertThat(config.fsync()).isTrue();
        assertThat(config.rulesFor("LEGACY_CT")).isEqualTo(
                new IngestRules(DuplicatePolicy.OVERWRITE, PatientConflictPolicy.REJECT, ValidationPolicy.WARN));
        assertThat(config.rulesFor("ANY")).isEqualTo(IngestRules.defaults());
        assertThat(config.remoteAes().get("VIEWER")).isEqualTo(new RemoteAe("VIEWER", "127.0.0.1", 11113));
        assertThat(config.commitmentReports()).isEqualTo(CommitmentReportMode.SAME_ASSOCIATION);
        assertThat(config.monitoringGrace()).isEqualTo(Duration.ofHours(1));
        assertThat(config.hl7Port()).as("commented out: no HL7 listener").isNull();
    }

    @Test
    void workflowSettingsLoad(@TempDir Path dir) throws IOException {
        Path yaml = Files.writeString(dir.resolve("pacs.yaml"), "hl7Port: 0\nworklist: wl.yaml\n"
                + "normalizationProfiles: profiles.yaml\ncommitmentReports: new-association\nmonitoringGrace: PT5M\n");
        PacsConfig config = PacsConfig.load(yaml);
        assertThat(config.hl7Port()).isZero();
        assertThat(config.worklist()).isEqualTo(Path.of("wl.yaml"));
        assertThat(config.normalizationProfiles()).isEqualTo(Path.of("profiles.yaml"));
        assertThat(config.commitmentReports()).isEqualTo(CommitmentReportMode.NEW_ASSOCIATION);
        assertThat(config.monitoringGrace()).isEqualTo(Duration.ofMinutes(5));
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "commitmentReports: later\n");
        assertThatThrownBy(() -> PacsConfig.load(bad)).isInstanceOf(IOException.class)
                .hasMessageContaining("'later' is not one of [same-association, new-association]");
    }

    @Test
    void emptyFileGivesTheDefaults(@TempDir Path dir) throws IOException {
        Path yaml = Files.writeString(dir.resolve("pacs.yaml"), "{}\n");
        PacsConfig config = PacsConfig.load(yaml);
        assertThat(config.aeTitle()).isEqualTo("REFPACS");
        assertThat(config.port()).isEqualTo(11112);
        assertThat(config.monitoringPort()).isZero();
        assertThat(config.maxAssociations()).isEqualTo(50);
    }

    @Test
    void mistakesAreNamed(@TempDir Path dir) throws IOException {
        Path typo = Files.writeString(dir.resolve("typo.yaml"), "aeTitle: X\nduplicatez: reject\n");
        assertThatThrownBy(() -> PacsConfig.load(typo)).isInstanceOf(IOException.class)
                .hasMessageContaining("unknown setting 'duplicatez'").hasMessageContaining("defaults");
        Path badPolicy = Files.writeString(dir.resolve("bad.yaml"), "defaults:\n  duplicates: ignore\n");
        assertThatThrownBy(() -> PacsConfig.load(badPolicy)).isInstanceOf(IOException.class)
                .hasMessageContaining("'ignore' is not one of [reject, overwrite, keep-both]");
        Path longAe = Files.writeString(dir.resolve("ae.yaml"), "aeTitle: ABCDEFGHIJKLMNOPQ\n");
        assertThatThrownBy(() -> PacsConfig.load(longAe)).isInstanceOf(IOException.class)
                .hasMessageContaining("1 to 16 characters");
    }
}
