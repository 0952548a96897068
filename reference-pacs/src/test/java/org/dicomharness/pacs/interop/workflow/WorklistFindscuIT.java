package org.dicomharness.pacs.interop.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.ElementDictionary;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.io.DicomFile;
import org.dicomharness.dicom.io.FileMetaInformation;
import org.dicomharness.dicom.io.Part10Writer;
import org.dicomharness.dicom.io.WriteOptions;
import org.dicomharness.dicom.testing.Peers;
import org.dicomharness.pacs.config.PacsConfig;
import org.dicomharness.pacs.net.ReferencePacs;
import org.dicomharness.pacs.store.ArchivalValidator;
import org.dicomharness.pacs.worklist.WorklistCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * DCMTK {@code findscu -W} against the running reference PACS (Modality Worklist Information Model - FIND, PS3.4 K)
 * replays every case of {@link WorklistCorpus}: the same table the in-process WorklistServiceTest checks, here with
 * the identifier built by DCMTK from {@code -k} keys and the responses extracted by findscu ({@code -X}) and read
 * back with our reader. Each case must return exactly its Scheduled Procedure Step IDs, one response per step.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorklistFindscuIT {

    private static final String SPS = WorklistCorpus.SPS;

    private Path dir;
    private ReferencePacs pacs;
    private DcmtkClients dcmtk;
    private final AtomicInteger runs = new AtomicInteger();

    @BeforeAll
    void start(@TempDir Path tempDir) throws IOException {
        Peers.require("findscu", "dcmtk");
        dir = tempDir;
        PacsConfig config = PacsConfig.defaults(dir.resolve("pacs")).toBuilder().port(0).fsync(false)
                .monitoringPort(-1).build();
        pacs = ReferencePacs.start(config, ArchivalValidator.NONE);
        WorklistCorpus.load(pacs.archive());
        dcmtk = new DcmtkClients(pacs.aeTitle(), pacs.port());
    }

    @AfterAll
    void stop() {
        if (pacs != null) {
            pacs.close();
        }
    }

    Stream<WorklistCorpus.WorklistCase> cases() {
        return WorklistCorpus.cases().stream();
    }

    @Test
    void everyCaseOfTheCorpusIsReplayed() {
        assertThat(WorklistCorpus.cases()).as("at least 10 key combinations (issue 5)").hasSizeGreaterThanOrEqualTo(10);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findscuWorklistQueryReturnsExactlyTheExpectedSteps(WorklistCorpus.WorklistCase c) throws IOException {
        List<DicomFile> responses = worklistFind(c.keys());
        List<String> stepIds = new ArrayList<>();
        for (DicomFile r : responses) {
            stepIds.add(r.dataset().getSequence(Tags.ScheduledProcedureStepSequence).get(0)
                    .getString(Tags.ScheduledProcedureStepID));
        }
        assertThat(stepIds).as(c.name()).containsExactlyInAnyOrderElementsOf(c.expectedStepIds());
    }

    @Test
    void responsesCarryTheRequestedAttributesInUtf8() throws IOException {
        List<DicomFile> responses = worklistFind(Map.of("PatientName", "Øster*", "PatientID", "", "PatientBirthDate", "",
                "AccessionNumber", "", "StudyInstanceUID", "", SPS + "Modality", "", SPS + "ScheduledStationAETitle", "",
                SPS + "ScheduledProcedureStepStartDate", "", SPS + "ScheduledProcedureStepStartTime", "",
                SPS + "ScheduledPerformingPhysicianName", ""));
        assertThat(responses).singleElement().satisfies(f -> {
            Dataset r = f.dataset();
            assertThat(r.getString(Tags.SpecificCharacterSet)).isEqualTo("ISO_IR 192");
            assertThat(r.getString(Tags.PatientName)).isEqualTo("Øster^Åse");
            assertThat(r.getString(Tags.PatientID)).isEqualTo("PAT004");
            assertThat(r.getString(Tags.PatientBirthDate)).isEqualTo("19900909");
            assertThat(r.getString(Tags.AccessionNumber)).isEqualTo("ACC1005");
            assertThat(r.getString(Tags.StudyInstanceUID)).isEqualTo("2.25.200000000000000000000000000000000005");
            Dataset step = r.getSequence(Tags.ScheduledProcedureStepSequence).get(0);
            assertThat(step.getString(Tags.ScheduledProcedureStepID)).isEqualTo("SPS5");
            assertThat(step.getString(Tags.Modality)).isEqualTo("CR");
            assertThat(step.getString(Tags.ScheduledStationAETitle)).isEqualTo("CR01");
            assertThat(step.getString(Tags.ScheduledProcedureStepStartDate)).isEqualTo("20240112");
            assertThat(step.getString(Tags.ScheduledProcedureStepStartTime)).isEqualTo("070000");
            assertThat(step.getString(Tags.ScheduledPerformingPhysicianName)).isEqualTo("Weiß^Eva");
            assertThat(r.contains(Tags.PatientSex)).as("not requested, not returned").isFalse();
        });
    }

    /**
     * findscu -W with the keys of a corpus case: ASCII values as {@code -k} keys (sequence item keys as
     * {@code ScheduledProcedureStepSequence[0].Keyword}); a value outside ASCII goes in a query file written in UTF-8
     * with Specific Character Set ISO_IR 192, since a command line does not carry UTF-8 reliably.
     */
    private List<DicomFile> worklistFind(Map<String, String> keys) throws IOException {
        Path work = dir.resolve("find-" + runs.incrementAndGet());
        List<String> args = new ArrayList<>();
        args.add("ScheduledProcedureStepSequence[0].ScheduledProcedureStepID");
        Dataset file = new Dataset();
        ElementDictionary dict = ElementDictionary.standard();
        keys.forEach((keyword, value) -> {
            boolean inItem = keyword.startsWith(SPS);
            String name = inItem ? keyword.substring(SPS.length()) : keyword;
            String path = inItem ? "ScheduledProcedureStepSequence[0]." + name : name;
            if (StandardCharsets.US_ASCII.newEncoder().canEncode(value)) {
                args.add(value.isEmpty() ? path : path + "=" + value);
            } else if (inItem) {
                throw new IllegalArgumentException("non-ASCII item key " + keyword + " is not used by the corpus");
            } else {
                int tag = dict.tagOf(name);
                file.setString(Tags.SpecificCharacterSet, VR.CS, "ISO_IR 192");
                file.setString(tag, dict.vrOf(tag), value);
            }
        });
        Path queryFile = null;
        if (!file.isEmpty()) {
            queryFile = work.resolve("query.dcm");
            java.nio.file.Files.createDirectories(work);
            Part10Writer.write(queryFile, null, FileMetaInformation.create("1.2.840.10008.5.1.4.31",
                    "2.25.1", TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN.uid(), null), file,
                    TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, WriteOptions.defaults());
        }
        return dcmtk.find(work, "-W", args, queryFile);
    }
}
