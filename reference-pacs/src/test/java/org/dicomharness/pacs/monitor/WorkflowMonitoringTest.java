package org.dicomharness.pacs.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.pacs.Archive;
import org.dicomharness.pacs.ArchiveFixture;
import org.dicomharness.pacs.index.PatientKey;
import org.dicomharness.pacs.mpps.MppsServiceTest;
import org.dicomharness.pacs.reconcile.PatientDemographics;
import org.dicomharness.pacs.worklist.WorklistCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkflowMonitoringTest {

    private static final String MPPS = "2.25.500000000000000000000000000000000001";
    private static final String STUDY = "2.25.200000000000000000000000000000000001";

    @Test
    void reportsIncompleteStudiesNeverPerformedStepsMergesAndCoercions(@TempDir Path dir) throws Exception {
        try (Archive archive = ArchiveFixture.open(dir)) {
            WorklistCorpus.load(archive);
            assertThat(archive.mpps().create(MPPS, MppsServiceTest.nCreate(), "CT01").isSuccess()).isTrue();
            assertThat(archive.mpps().set(MPPS, MppsServiceTest.completed(3), "CT01").isSuccess()).isTrue();
            Dataset first = ArchiveFixture.secondaryCapture(STUDY + ".1.1", "PAT001", STUDY, "ct");
            first.setString(Tags.IssuerOfPatientID, "HOSP");
            assertThat(ArchiveFixture.store(archive, first, "CT01").status()).isZero();
            Dataset other = ArchiveFixture.secondaryCapture("2.25.9.1.1", "PAT009", "2.25.9", "x");
            ArchiveFixture.store(archive, other, "CT01");
            ArchiveFixture.store(archive, ArchiveFixture.secondaryCapture("2.25.8.1.1", "PAT008", "2.25.8", "x"), "CT01");
            archive.patients().merge(new PatientKey("PAT008", ""),
                    new PatientDemographics(new PatientKey("PAT009", ""), "Nine^Pat", null, null), "M1");

            MonitoringApi api = new MonitoringApi(archive, new AssociationLog(), Duration.ZERO);
            Thread.sleep(5);
            assertThat(api.incompleteByMpps()).singleElement().satisfies(c -> {
                assertThat(c.studyInstanceUid()).isEqualTo(STUDY);
                assertThat(c.referenced()).isEqualTo(3);
                assertThat(c.arrived()).isEqualTo(1);
            });
            assertThat(new MonitoringApi(archive, new AssociationLog(), Duration.ofDays(1)).incompleteByMpps())
                    .as("within the grace time nothing is reported").isEmpty();
            assertThat(api.neverPerformed()).extracting(MonitoringApi.OverdueStep::spsId)
                    .containsExactlyInAnyOrder("SPS2", "SPS3", "SPS4A", "SPS4B", "SPS5");
            assertThat(api.merges(10)).singleElement().satisfies(e ->
                    assertThat(e.detail()).contains("'PAT008' merged into 'PAT009'"));

            try (MonitoringServer server = new MonitoringServer("127.0.0.1", 0, api,
                    new PacsMetrics(new AssociationLog(), () -> 0))) {
                HttpClient http = HttpClient.newHttpClient();
                String json = http.send(HttpRequest.newBuilder(URI.create(server.uri() + "api/never-performed")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                assertThat(json).contains("\"spsId\" : \"SPS5\"").doesNotContain("SPS7");
                String page = http.send(HttpRequest.newBuilder(server.uri()).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                assertThat(page).contains("<h2>Incomplete studies (MPPS)</h2>").contains("names 3 object(s), 1 arrived")
                        .contains("<h2>Worklist steps never performed</h2>").contains("SPS4B of order ORD4")
                        .contains("Patient merges and updates");
            }
        }
    }
}
