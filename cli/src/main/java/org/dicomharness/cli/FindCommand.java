package org.dicomharness.cli;

import java.util.ArrayList;
import java.util.List;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.net.dimse.CFindRsp;
import org.dicomharness.dicom.net.dimse.DimseClient;
import org.dicomharness.dicom.net.ul.AssociateRequestBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code harness find TARGET --level ... -m Keyword=value -r Keyword}: C-FIND (PS3.4 C.4.1). */
@Command(name = "find", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class, description = {
    "Query a remote AE with C-FIND (Patient Root or Study Root Query/Retrieve Information Model).",
    "Prints one line per match. Exit 0 when the final status is Success, 1 otherwise, 3 without association."})
final class FindCommand extends NetworkCommand {

    @Mixin
    QueryKeys keys;

    @Override
    String name() {
        return "find";
    }

    @Override
    int run() throws Exception {
        String model = keys.findModel();
        Dataset identifier = keys.identifier();
        var rq = AssociateRequestBuilder.of(net.calling, target.aeTitle()).maxPduLength(net.maxPduLength())
                .context(model, Uids.ExplicitVRLittleEndian, Uids.ImplicitVRLittleEndian).build();
        List<String> columns = keys.columns();
        List<Dataset> matches = new ArrayList<>();
        DimseClient client = DimseClient.open(net.requestor(), target.host(), target.port(), rq);
        try {
            CFindRsp rsp = client.find(model, identifier, match -> {
                matches.add(match);
                StringBuilder line = new StringBuilder();
                for (String c : columns) {
                    String[] v = match.getStrings(QueryKeys.entry(c).tag());
                    line.append(line.length() == 0 ? "" : "  ").append(c).append('=').append(String.join("\\", v));
                }
                out.println(line);
            });
            out.println(matches.size() + " match(es) at " + keys.level() + " level from " + target + "; final status "
                    + status(rsp, model));
            return rsp.status() == 0 ? ExitCodes.OK : ExitCodes.FAILED;
        } finally {
            finish(client);
        }
    }
}
