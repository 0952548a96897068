package org.dicomharness.simulators.modality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.io.Part10Reader;
import org.dicomharness.dicom.testing.TestScp;
import org.dicomharness.simulators.DatasetDigest;
import org.dicomharness.simulators.Target;
import org.dicomharness.testdata.ObjectKind;
import org.dicomharness.testdata.syntax.OutputSyntax;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The modality's storage against our own test SCP on loopback: contexts, fallback, parallel associations. */
class ModalitySendTest {

    @TempDir
    Path tmp;

    private List<Sendable> acquire(OutputSyntax syntax, int instances) throws Exception {
        Procedure p = Procedure.unscheduled(new org.dicomharness.simulators.Patient("Send^Sam", "SEND1", "", "19700101",
                "M"), "CT");
        return Acquisition.acquire(p, null, AcquisitionSpec.of(ObjectKind.CT, instances).withSyntax(syntax).withSeed(7),
                0, tmp.resolve("acq-" + syntax.option()));
    }

    @Test
    void sendsEachObjectInItsOwnSyntaxAndRecordsTheDigestOfTheBytesSent() throws Exception {
        try (TestScp scp = TestScp.builder(tmp.resolve("scp")).aeTitle("STORE").start();
             ModalitySimulator modality = new ModalitySimulator(ModalityConfig.of("MOD1"))) {
            List<Sendable> objects = acquire(OutputSyntax.EXPLICIT, 3);
            SendReport report = modality.send(new Target("STORE", "127.0.0.1", scp.port()), objects, SendOptions.defaults());
            assertThat(report.succeeded()).as(report.summary()).isTrue();
            assertThat(report.objects()).hasSize(3).allSatisfy(o -> {
                assertThat(o.fallbackUsed()).isFalse();
                assertThat(o.negotiatedSyntax()).isEqualTo(Uids.ExplicitVRLittleEndian);
                assertThat(o.outcome().code()).isZero();
            });
            for (SentObject o : report.objects()) {
                Path stored = scp.stored().stream().filter(s -> s.sopInstanceUid().equals(o.sopInstanceUid()))
                        .findFirst().orElseThrow().file();
                assertThat(DatasetDigest.ofFile(stored).sha256()).isEqualTo(o.sha256());
                Path source = ((Sendable.FileObject) o.source()).path();
                assertThat(DatasetDigest.ofFile(source).sha256()).isEqualTo(o.sha256());
            }
            assertThat(report.associations()).singleElement().satisfies(a -> {
                assertThat(a.succeeded()).isTrue();
                assertThat(a.traceText()).contains("C-STORE-RQ").contains("A-RELEASE-RP");
            });
        }
    }

    @Test
    void compressedObjectFallsBackToItsNativeAlternativeWhenTheSyntaxIsRefused() throws Exception {
        // The SCP takes CT in Implicit VR Little Endian only: RLE (result 4) and Explicit VR LE are refused.
        try (TestScp scp = TestScp.builder(tmp.resolve("scp")).aeTitle("STORE")
                .policy(p -> p.accept(Uids.CTImageStorage, Uids.ImplicitVRLittleEndian)).start();
             ModalitySimulator modality = new ModalitySimulator(ModalityConfig.of("MOD1"))) {
            List<Sendable> objects = acquire(OutputSyntax.RLE, 2);
            SendReport report = modality.send(new Target("STORE", "127.0.0.1", scp.port()), objects, SendOptions.defaults());
            assertThat(report.succeeded()).as(report.summary() + "\n" + report.traces()).isTrue();
            assertThat(report.fallbacks()).hasSize(2).allSatisfy(o -> {
                assertThat(o.ownSyntax()).isEqualTo(Uids.RLELossless);
                assertThat(o.negotiatedSyntax()).isEqualTo(Uids.ImplicitVRLittleEndian);
                assertThat(o.sent()).isInstanceOf(Sendable.DatasetObject.class);
            });
            assertThat(report.associations().get(0).contexts()).anySatisfy(pc -> {
                assertThat(pc.proposedTransferSyntaxes()).containsExactly(Uids.RLELossless);
                assertThat(pc.result()).isEqualTo(4);
            });
            // What arrived is the generator's native image: the same pixels as the native alternative.
            SentObject first = report.objects().get(0);
            Path stored = scp.stored().stream().filter(s -> s.sopInstanceUid().equals(first.sopInstanceUid()))
                    .findFirst().orElseThrow().file();
            var back = Part10Reader.read(stored);
            assertThat(back.transferSyntax().uid()).isEqualTo(Uids.ImplicitVRLittleEndian);
            assertThat(back.dataset().getBytes(org.dicomharness.dicom.dict.Tags.PixelData))
                    .isEqualTo(((Sendable.FileObject) first.source()).nativeAlternative()
                            .getBytes(org.dicomharness.dicom.dict.Tags.PixelData));
        }
    }

    @Test
    void withoutFallbackARefusedSyntaxIsReportedWithTheAcceptorsAnswer() throws Exception {
        try (TestScp scp = TestScp.builder(tmp.resolve("scp")).aeTitle("STORE")
                .policy(p -> p.accept(Uids.CTImageStorage, Uids.ImplicitVRLittleEndian)).start();
             ModalitySimulator modality = new ModalitySimulator(ModalityConfig.of("MOD1")
                     .withProposals(ProposalPolicy.defaults().withFallback(false)))) {
            SendReport report = modality.send(new Target("STORE", "127.0.0.1", scp.port()),
                    acquire(OutputSyntax.RLE, 1), SendOptions.defaults());
            assertThat(report.succeeded()).isFalse();
            assertThat(report.objects().get(0).failure()).contains("RLE Lossless").contains("fallback is off")
                    .contains("transfer-syntaxes-not-supported");
            assertThat(scp.stored()).isEmpty();
        }
    }

    @Test
    void parallelAssociationsShareTheObjects() throws Exception {
        try (TestScp scp = TestScp.builder(tmp.resolve("scp")).aeTitle("STORE").start();
             ModalitySimulator modality = new ModalitySimulator(ModalityConfig.of("MOD1"))) {
            List<Sendable> objects = acquire(OutputSyntax.EXPLICIT, 7);
            SendReport report = modality.send(new Target("STORE", "127.0.0.1", scp.port()), objects,
                    SendOptions.defaults().withAssociations(3));
            assertThat(report.succeeded()).as(report.summary()).isTrue();
            assertThat(report.associations()).hasSize(3);
            assertThat(report.objects().stream().map(SentObject::association).distinct()).hasSize(3);
            assertThat(scp.stored()).hasSize(7);
        }
    }

    @Test
    void aRejectedAssociationIsAResultWithItsTrace() throws Exception {
        try (TestScp scp = TestScp.builder(tmp.resolve("scp")).aeTitle("STORE").start();
             ModalitySimulator modality = new ModalitySimulator(ModalityConfig.of("MOD1"))) {
            SendReport report = modality.send(new Target("WRONGAE", "127.0.0.1", scp.port()),
                    acquire(OutputSyntax.EXPLICIT, 1), SendOptions.defaults());
            assertThat(report.succeeded()).isFalse();
            assertThat(report.objects().get(0).failure()).contains("rejected");
            assertThat(report.associations().get(0).failure()).contains("called-AE-title-not-recognized");
            assertThat(report.associations().get(0).traceText()).contains("A-ASSOCIATE-RQ").contains("A-ASSOCIATE-RJ");
        }
    }

    @Test
    void anUnreadableFileIsReportedAndTheOthersAreSent() throws Exception {
        try (TestScp scp = TestScp.builder(tmp.resolve("scp")).aeTitle("STORE").start();
             ModalitySimulator modality = new ModalitySimulator(ModalityConfig.of("MOD1"))) {
            Path junk = Files.writeString(tmp.resolve("junk.dcm"), "not DICOM");
            List<Sendable> objects = new java.util.ArrayList<>(acquire(OutputSyntax.EXPLICIT, 1));
            objects.add(0, Sendable.file(junk));
            SendReport report = modality.send(new Target("STORE", "127.0.0.1", scp.port()), objects,
                    SendOptions.defaults());
            assertThat(report.objects().get(0).failure()).startsWith("cannot read the object");
            assertThat(report.objects().get(1).stored()).isTrue();
        }
    }
}
