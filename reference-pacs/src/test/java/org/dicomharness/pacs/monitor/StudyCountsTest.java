package org.dicomharness.pacs.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.pacs.Archive;
import org.dicomharness.pacs.ArchiveFixture;
import org.dicomharness.pacs.config.DuplicatePolicy;
import org.dicomharness.pacs.config.IngestRules;
import org.dicomharness.pacs.config.PacsConfig;
import org.dicomharness.pacs.config.PatientConflictPolicy;
import org.dicomharness.pacs.index.PacsEvent.Kind;
import org.dicomharness.pacs.store.ArchivalValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The counts the monitoring shows per study and in the summary, over every instance state. */
class StudyCountsTest {

    @TempDir
    Path dir;

    @Test
    void countsActiveQuarantinedAndSupersededInstancesPerStudyAndOverall() throws IOException {
        PacsConfig config = PacsConfig.defaults(dir).withFsync(false)
                .withDefaults(new IngestRules(DuplicatePolicy.KEEP_BOTH, PatientConflictPolicy.QUARANTINE, null));
        try (Archive archive = Archive.open(config, ArchivalValidator.NONE)) {
            // Study 1.1: two series, three objects, one of them received twice with other content (keep-both).
            store(archive, "1.1.1.1", "P1", "1.1", "1.1.1", "a");
            store(archive, "1.1.1.2", "P1", "1.1", "1.1.1", "b");
            store(archive, "1.1.2.1", "P1", "1.1", "1.1.2", "c");
            store(archive, "1.1.2.1", "P1", "1.1", "1.1.2", "c, changed");
            // Study 1.2, same patient: one object, then one under another Patient ID (quarantined).
            store(archive, "1.2.1.1", "P1", "1.2", "1.2.1", "d");
            store(archive, "1.2.1.2", "P2", "1.2", "1.2.1", "e");
            // Study 1.3: another patient; a retrieve of one of its objects failed.
            store(archive, "1.3.1.1", "P3", "1.3", "1.3.1", "f");
            archive.events().record(Kind.MOVE_SUBOPERATION_FAILED, "VIEWER", "1.3.1.1", "1.3", "destination refused");

            MonitoringApi api = new MonitoringApi(archive, new AssociationLog());
            assertThat(api.studies(10)).extracting(MonitoringApi.StudySummary::studyInstanceUid)
                    .as("newest first").containsExactly("1.3", "1.2", "1.1");
            assertThat(api.studies(2)).hasSize(2);
            MonitoringApi.StudySummary first = summary(api, "1.1");
            assertThat(first.series()).isEqualTo(2);
            assertThat(first.instances()).as("ACTIVE objects: versions count once").isEqualTo(3);
            assertThat(first.superseded()).isEqualTo(1);
            assertThat(first.quarantined()).isZero();
            MonitoringApi.StudySummary second = summary(api, "1.2");
            assertThat(second.instances()).isEqualTo(1);
            assertThat(second.quarantined()).isEqualTo(1);
            assertThat(second.patientId()).isEqualTo("P1");

            assertThat(api.incompleteStudies(10)).extracting(MonitoringApi.StudySummary::studyInstanceUid)
                    .as("quarantined objects in 1.2, a failed retrieve in 1.3").containsExactly("1.3", "1.2");
            assertThat(api.incompleteStudies(1)).extracting(MonitoringApi.StudySummary::studyInstanceUid)
                    .containsExactly("1.3");

            assertThat(api.summary()).containsEntry("patients", 2L).containsEntry("studies", 3L)
                    .containsEntry("instances", 5L).containsEntry("quarantined", 1L);
        }
    }

    private static MonitoringApi.StudySummary summary(MonitoringApi api, String studyUid) {
        return api.studies(10).stream().filter(s -> s.studyInstanceUid().equals(studyUid)).findFirst().orElseThrow();
    }

    private static void store(Archive archive, String sopUid, String patientId, String study, String series,
                              String description) throws IOException {
        Dataset ds = ArchiveFixture.secondaryCapture(sopUid, patientId, study, description);
        ds.setString(Tags.SeriesInstanceUID, series);
        ArchiveFixture.store(archive, ds, "MOD1");
    }
}
