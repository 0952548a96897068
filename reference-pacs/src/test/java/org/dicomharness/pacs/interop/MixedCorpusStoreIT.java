package org.dicomharness.pacs.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.io.DicomFile;
import org.dicomharness.dicom.net.dimse.DataSets;
import org.dicomharness.dicom.testing.Peers;
import org.dicomharness.dicom.testing.ProcessRunner;
import org.dicomharness.pacs.config.PacsConfig;
import org.dicomharness.pacs.index.InstanceState;
import org.dicomharness.pacs.index.StoredInstance;
import org.dicomharness.pacs.net.ReferencePacs;
import org.dicomharness.pacs.store.ArchivalValidator;
import org.dicomharness.testdata.WrittenFile;
import org.dicomharness.testdata.syntax.OutputSyntax;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DCMTK storescu sends a mixed corpus to the reference PACS over one association: one study per transfer syntax
 * the generators can produce (implicit, explicit LE and BE, deflated, RLE, JPEG Baseline, JPEG 2000, and JPEG
 * Lossless SV1 / JPEG-LS through DCMTK's encoders), each with CT, MR, multi-frame US, SC, SR and encapsulated PDF.
 * Every object must be answered Success, stored with the exact data set bytes storescu sent (SHA-256 of the data
 * set of the stored file equals that of the sent file) and indexed with its transfer syntax and SOP Class.
 */
class MixedCorpusStoreIT {

    @Test
    void everySyntaxAndModalityIsStoredBitForBitAndIndexed(@TempDir Path tmp) throws Exception {
        Path storescu = Peers.require("storescu", "dcmtk");
        MixedCorpus mixed = MixedCorpus.write(tmp.resolve("corpus"));
        Path corpus = mixed.dir();
        List<WrittenFile> files = mixed.files();
        Set<String> syntaxesInCorpus = files.stream().filter(WrittenFile::inRequestedSyntax)
                .map(f -> f.syntax().uid()).collect(Collectors.toSet());
        assertThat(syntaxesInCorpus).as("every OutputSyntax has at least one object written in it")
                .containsExactlyInAnyOrder(java.util.Arrays.stream(OutputSyntax.values())
                        .map(s -> s.transferSyntax().uid()).toArray(String[]::new));
        Set<String> sopClasses = new java.util.HashSet<>();
        for (WrittenFile f : files) {
            sopClasses.add(DataSets.header(f.path()).fileMeta().getString(Tags.MediaStorageSOPClassUID));
        }
        assertThat(sopClasses).as("CT, MR, US multi-frame, SC, SR, PDF").hasSize(MixedCorpus.KINDS.size());

        Path profile = StorescuProfile.write(tmp, files.stream().map(WrittenFile::path).toList());
        PacsConfig config = PacsConfig.defaults(tmp.resolve("pacs")).withPort(0).withMonitoringPort(-1);
        try (ReferencePacs pacs = ReferencePacs.start(config, ArchivalValidator.NONE)) {
            ProcessRunner.Result sent = ProcessRunner.run(tmp, List.of(storescu.toString(), "-v", "+sd", "+r",
                    "-xf", profile.toString(), StorescuProfile.PROFILE, "-aet", "STORESCU", "-aec", pacs.aeTitle(),
                    "127.0.0.1", Integer.toString(pacs.port()), corpus.toString()), Map.of(), 300).check();
            String log = sent.out(StandardCharsets.UTF_8) + sent.err();
            assertThat(count(log, "Received Store Response (Success)")).as(log).isEqualTo(files.size());
            assertThat(pacs.archive().index().all()).hasSize(files.size());

            for (WrittenFile f : files) {
                DicomFile header = DataSets.header(f.path());
                String sopUid = header.fileMeta().getString(Tags.MediaStorageSOPInstanceUID);
                StoredInstance row = pacs.archive().index().current(sopUid).orElseThrow(
                        () -> new AssertionError(f.path() + " (" + sopUid + ") is not in the index"));
                String what = corpus.relativize(f.path()) + " " + f.syntax().name();
                assertThat(row.state()).as(what).isEqualTo(InstanceState.ACTIVE);
                assertThat(row.transferSyntaxUid()).as(what).isEqualTo(f.syntax().uid());
                assertThat(row.sopClassUid()).as(what)
                        .isEqualTo(header.fileMeta().getString(Tags.MediaStorageSOPClassUID));
                assertThat(row.receivedFromAe()).isEqualTo("STORESCU");
                Path stored = pacs.archive().store().resolve(row.filePath());
                String sentDigest = DataSetDigest.of(f.path());
                assertThat(DataSetDigest.of(stored)).as(what + ": stored data set == sent data set")
                        .isEqualTo(sentDigest);
                assertThat(row.sha256()).as(what + ": SHA-256 in the index").isEqualTo(sentDigest);
                assertThat(DataSets.header(stored).transferSyntax()).as(what).isEqualTo(f.syntax());
            }
        }
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            n++;
        }
        return n;
    }
}
