package org.dicomharness.simulators.modality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.io.Part10Reader;
import org.dicomharness.dicom.io.Part10Writer;
import org.dicomharness.dicom.io.WriteOptions;
import org.dicomharness.dicom.testing.Dcmtk;
import org.dicomharness.dicom.testing.PeerProcess;
import org.dicomharness.dicom.testing.Peers;
import org.dicomharness.simulators.DatasetDigest;
import org.dicomharness.simulators.Patient;
import org.dicomharness.simulators.Target;
import org.dicomharness.simulators.viewer.ExpectedObject;
import org.dicomharness.simulators.viewer.InstanceVerdict;
import org.dicomharness.simulators.viewer.ReceivedObject;
import org.dicomharness.simulators.viewer.VerificationReport;
import org.dicomharness.simulators.viewer.Verifier;
import org.dicomharness.simulators.viewer.VerifyOptions;
import org.dicomharness.testdata.ObjectKind;
import org.dicomharness.testdata.syntax.OutputSyntax;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The modality's storage against DCMTK storescp: objects go in their own syntax and arrive bit for bit; when the
 * peer refuses the preferred syntax the modality falls back (compressed to its native alternative, a native file
 * re-encoded), and parallel associations share the work.
 */
class ModalityStorescpIT {

    @TempDir
    Path tmp;

    private List<Sendable> acquire(String name, OutputSyntax syntax, int instances) throws Exception {
        Procedure p = Procedure.unscheduled(new Patient(name, "SCP-" + syntax.option(), "", "19750303", "M"), "CT");
        return Acquisition.acquire(p, null, AcquisitionSpec.of(ObjectKind.CT, instances).withSyntax(syntax)
                .withSeed(syntax.ordinal() + 11), 0, tmp.resolve("acq-" + syntax.option()));
    }

    private PeerProcess storescp(Path out, String... options) throws Exception {
        Path exe = Peers.require("storescp", "dcmtk");
        Files.createDirectories(out);
        int port = PeerProcess.freePort();
        List<String> cmd = new ArrayList<>(List.of(exe.toString(), "-aet", "STORESCP", "-od", out.toString()));
        cmd.addAll(List.of(options));
        cmd.add(String.valueOf(port));
        return PeerProcess.start(tmp, "storescp-" + port, cmd, Map.of(), port, Duration.ofSeconds(20));
    }

    private static int port(PeerProcess p) {
        return Integer.parseInt(p.command().get(p.command().size() - 1));
    }

    @Test
    void compressedObjectsArriveBitForBitInTheirOwnSyntax() throws Exception {
        Path out = tmp.resolve("bit");
        // storescp with Debian's configuration takes compressed syntaxes; +B writes the data set as received.
        try (PeerProcess scp = Dcmtk.storescp(tmp, "STORESCP", out, PeerProcess.freePort(), "+B");
             ModalitySimulator modality = new ModalitySimulator(ModalityConfig.of("MODCT"))) {
            SendReport report = modality.send(new Target("STORESCP", "127.0.0.1", port(scp)),
                    acquire("Bits^Bea", OutputSyntax.JPEG2000, 2), SendOptions.defaults());
            assertThat(report.succeeded()).as(report.summary() + "\n" + report.traces()).isTrue();
            for (SentObject o : report.objects()) {
                assertThat(o.fallbackUsed()).isFalse();
                assertThat(o.negotiatedSyntax()).isEqualTo(Uids.JPEG2000Lossless);
                Path stored = Dcmtk.receivedFile(out, o.sopInstanceUid());
                DatasetDigest d = DatasetDigest.ofFile(stored);
                assertThat(d.transferSyntaxUid()).isEqualTo(Uids.JPEG2000Lossless);
                assertThat(d.sha256()).as("SHA-256 of the data set storescp wrote").isEqualTo(o.sha256());
            }
        }
    }

    @Test
    void refusedCompressedSyntaxFallsBackToTheNativeImage() throws Exception {
        Path out = tmp.resolve("fallback");
        // storescp without a configuration accepts uncompressed syntaxes only.
        try (PeerProcess scp = storescp(out);
             ModalitySimulator modality = new ModalitySimulator(ModalityConfig.of("MODCT"))) {
            List<Sendable> objects = acquire("Fall^Back", OutputSyntax.RLE, 2);
            SendReport report = modality.send(new Target("STORESCP", "127.0.0.1", port(scp)), objects,
                    SendOptions.defaults());
            assertThat(report.succeeded()).as(report.summary() + "\n" + report.traces()).isTrue();
            assertThat(report.fallbacks()).hasSize(2);
            assertThat(report.associations().get(0).contexts()).anySatisfy(pc -> {
                assertThat(pc.proposedTransferSyntaxes()).containsExactly(Uids.RLELossless);
                assertThat(pc.isAccepted()).isFalse();
            });
            for (SentObject o : report.objects()) {
                assertThat(o.ownSyntax()).isEqualTo(Uids.RLELossless);
                assertThat(TransferSyntax.of(o.negotiatedSyntax()).encapsulated()).isFalse();
                var stored = Part10Reader.read(Dcmtk.receivedFile(out, o.sopInstanceUid()));
                assertThat(stored.transferSyntax().uid()).isEqualTo(o.negotiatedSyntax());
                assertThat(stored.dataset().getBytes(Tags.PixelData)).isEqualTo(((Sendable.FileObject) o.source())
                        .nativeAlternative().getBytes(Tags.PixelData));
            }
        }
    }

    @Test
    void refusedNativeSyntaxIsReEncodedAndEveryAttributeSurvives() throws Exception {
        Path out = tmp.resolve("implicit");
        // +xi: Implicit VR Little Endian only, so a Big Endian file must be re-encoded.
        try (PeerProcess scp = storescp(out, "+xi");
             ModalitySimulator modality = new ModalitySimulator(ModalityConfig.of("MODCT"))) {
            List<Sendable> objects = acquire("Big^Endian", OutputSyntax.BIG_ENDIAN, 2);
            SendReport report = modality.send(new Target("STORESCP", "127.0.0.1", port(scp)), objects,
                    SendOptions.defaults());
            assertThat(report.succeeded()).as(report.summary() + "\n" + report.traces()).isTrue();
            assertThat(report.objects()).allSatisfy(o -> {
                assertThat(o.fallbackUsed()).isTrue();
                assertThat(o.ownSyntax()).isEqualTo(Uids.ExplicitVRBigEndian);
                assertThat(o.negotiatedSyntax()).isEqualTo(Uids.ImplicitVRLittleEndian);
            });
            List<ExpectedObject> sources = new ArrayList<>();
            List<ReceivedObject> received = new ArrayList<>();
            for (SentObject o : report.objects()) {
                sources.add(ExpectedObject.ofFile(((Sendable.FileObject) o.source()).path()));
                Path f = Dcmtk.receivedFile(out, o.sopInstanceUid());
                DatasetDigest d = DatasetDigest.ofFile(f);
                received.add(new ReceivedObject(o.sopClassUid(), o.sopInstanceUid(), d.transferSyntaxUid(), f,
                        d.sha256(), d.bytes(), "STORESCP", null));
            }
            VerificationReport v = Verifier.verify(sources, received, VerifyOptions.attributes(List.of()));
            assertThat(v.succeeded()).as(v.summary()).isTrue();
            assertThat(v.instances()).allSatisfy(i -> {
                assertThat(i.verdict()).isEqualTo(InstanceVerdict.Verdict.EQUIVALENT);
                assertThat(i.differences()).isEmpty();
            });
        }
    }

    @Test
    void parallelAssociationsToAForkingStorescp() throws Exception {
        Path out = tmp.resolve("parallel");
        try (PeerProcess scp = storescp(out, "--fork");
             ModalitySimulator modality = new ModalitySimulator(ModalityConfig.of("MODCT"))) {
            SendReport report = modality.send(new Target("STORESCP", "127.0.0.1", port(scp)),
                    acquire("Para^Lel", OutputSyntax.EXPLICIT, 9), SendOptions.defaults().withAssociations(3));
            assertThat(report.succeeded()).as(report.summary()).isTrue();
            assertThat(report.associations()).hasSize(3).allSatisfy(a -> assertThat(a.succeeded()).isTrue());
            try (var files = Files.list(out)) {
                assertThat(files.count()).isEqualTo(9);
            }
        }
    }

    @Test
    void inMemoryDataSetGoesInExplicitVrLittleEndian() throws Exception {
        Path out = tmp.resolve("memory");
        try (PeerProcess scp = storescp(out);
             ModalitySimulator modality = new ModalitySimulator(ModalityConfig.of("MODCT"))) {
            Path file = ((Sendable.FileObject) acquire("Mem^Ory", OutputSyntax.EXPLICIT, 1).get(0)).path();
            var ds = Part10Reader.read(file).dataset();
            SendReport report = modality.sendDatasets(new Target("STORESCP", "127.0.0.1", port(scp)), List.of(ds));
            assertThat(report.succeeded()).as(report.summary()).isTrue();
            Path copy = tmp.resolve("copy.dcm");
            Part10Writer.write(copy, ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, WriteOptions.defaults());
            assertThat(report.objects().get(0).sha256()).isEqualTo(DatasetDigest.ofFile(copy).sha256());
        }
    }
}
