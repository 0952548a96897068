import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.io.DicomWriter;
import org.dicomharness.dicom.io.FileMetaInformation;
import org.dicomharness.dicom.io.WriteOptions;
import org.dicomharness.dicom.net.dimse.DimseChannel;
import org.dicomharness.dicom.net.dimse.DimseOptions;
import org.dicomharness.dicom.net.dimse.Outcome;
import org.dicomharness.dicom.net.dimse.ServiceRegistry;
import org.dicomharness.dicom.net.pdu.Uid;
import org.dicomharness.dicom.net.ul.AcceptorConfig;
import org.dicomharness.dicom.net.ul.AcceptorPolicy;
import org.dicomharness.dicom.net.ul.AssociationAcceptor;

/**
 * The harness's minimal storage SCP for the benchmark: accepts every storage SOP Class in uncompressed
 * syntaxes, streams each data set into a Part 10 file (File Meta Information + the bytes as received), as
 * DCMTK storescp does. Prints "LISTENING <port>" and serves until killed.
 * Usage: java -cp cli/target/harness.jar bench/BenchScp.java DIR [PORT]
 */
public class BenchScp {

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[0]));
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        AcceptorPolicy policy = AcceptorPolicy.builder()
                .accept(Uids.Verification, Uids.ExplicitVRLittleEndian, Uids.ImplicitVRLittleEndian)
                .acceptAllStorage(List.of(Uids.ExplicitVRLittleEndian, Uids.ImplicitVRLittleEndian,
                        Uids.ExplicitVRBigEndian))
                .preferRequestorOrder(true).build();
        ServiceRegistry services = new ServiceRegistry().storeAny((ctx, rq, in) -> {
            String inst = rq.affectedSopInstanceUid();
            if (!Uid.isValid(inst)) {
                return Outcome.failure(0xC000, "invalid SOP Instance UID");
            }
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve(inst + ".dcm")),
                    256 * 1024)) {
                out.write(new byte[128]);
                out.write(new byte[] {'D', 'I', 'C', 'M'});
                new DicomWriter(out, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, WriteOptions.defaults()).writeDataset(
                        FileMetaInformation.create(rq.affectedSopClassUid(), inst,
                                ctx.presentationContext().transferSyntax(), ctx.association().callingAeTitle()));
                in.transferTo(out);
            }
            return Outcome.success();
        });
        AssociationAcceptor acceptor = AssociationAcceptor.start(AcceptorConfig.loopback(policy).withPort(port), a -> {
            DimseChannel ch = new DimseChannel(services, DimseOptions.defaults());
            ch.bind(a);
            return ch;
        });
        System.out.println("LISTENING " + acceptor.localPort());
        new CountDownLatch(1).await();
    }
}
