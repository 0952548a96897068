package org.dicomharness.cli;

import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.net.dimse.CMoveRsp;
import org.dicomharness.dicom.net.dimse.DimseClient;
import org.dicomharness.dicom.net.dimse.DimseResult;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.net.ul.AssociateRequestBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code harness move TARGET --dest AET -m ...}: C-MOVE (PS3.4 C.4.2). */
@Command(name = "move", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class, description = {
    "Ask a remote AE to send matching instances to another AE with C-MOVE.",
    "Exit 0 when every sub-operation succeeded, 1 otherwise, 3 without association."})
final class MoveCommand extends NetworkCommand {

    @Option(names = "--dest", required = true, paramLabel = "AET", description = "the Move Destination AE title")
    String destination;

    @Mixin
    QueryKeys keys;

    @Override
    String name() {
        return "move";
    }

    @Override
    int run() throws Exception {
        String model = keys.moveModel();
        var rq = AssociateRequestBuilder.of(net.calling, target.aeTitle()).maxPduLength(net.maxPduLength())
                .context(model, Uids.ExplicitVRLittleEndian, Uids.ImplicitVRLittleEndian).build();
        DimseClient client = DimseClient.open(net.requestor(), target.host(), target.port(), rq);
        try {
            DimseResult r = client.move(model, destination, keys.identifier(), pending -> out.println("pending: "
                    + pending.subOperations()));
            CMoveRsp rsp = (CMoveRsp) r.response();
            out.println("C-MOVE " + target + " -> " + destination + ": " + status(rsp, model) + "; "
                    + rsp.subOperations());
            if (r.dataSet() != null && r.dataSet().contains(Tags.FailedSOPInstanceUIDList)) {
                out.println("failed instances: " + String.join(", ", r.dataSet().getStrings(Tags.FailedSOPInstanceUIDList)));
            }
            return rsp.status() == 0 ? ExitCodes.OK : ExitCodes.FAILED;
        } finally {
            finish(client);
        }
    }
}
