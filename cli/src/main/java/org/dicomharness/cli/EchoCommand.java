package org.dicomharness.cli;

import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.net.dimse.CEchoRsp;
import org.dicomharness.dicom.net.dimse.DimseClient;
import org.dicomharness.dicom.net.ul.AssociateRequestBuilder;
import picocli.CommandLine.Command;

/** {@code harness echo TARGET}: C-ECHO (PS3.4 A, Verification). */
@Command(name = "echo", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class, description = {
    "Verify a remote AE with C-ECHO (Verification SOP Class).",
    "Exit 0 on Success, 1 on another status, 3 when no association could be established."})
final class EchoCommand extends NetworkCommand {

    @Override
    String name() {
        return "echo";
    }

    @Override
    int run() throws Exception {
        var rq = AssociateRequestBuilder.of(net.calling, target.aeTitle()).maxPduLength(net.maxPduLength())
                .context(Uids.Verification, Uids.ExplicitVRLittleEndian, Uids.ImplicitVRLittleEndian).build();
        long start = System.nanoTime();
        DimseClient client = DimseClient.open(net.requestor(), target.host(), target.port(), rq);
        try {
            CEchoRsp rsp = client.echo();
            long ms = (System.nanoTime() - start) / 1_000_000;
            out.println("C-ECHO " + target + ": " + status(rsp, Uids.Verification) + " (" + ms + " ms)"
                    + client.association().transport().flatMap(t -> t.tls()).map(t -> " over " + t).orElse(""));
            return rsp.status() == 0 ? ExitCodes.OK : ExitCodes.FAILED;
        } finally {
            finish(client);
        }
    }
}
