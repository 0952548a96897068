package org.dicomharness.simulators;

import java.io.IOException;
import java.util.List;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.net.dimse.CEchoRsp;
import org.dicomharness.dicom.net.dimse.DimseClient;
import org.dicomharness.dicom.net.dimse.ServiceRegistry;
import org.dicomharness.dicom.net.ul.AssociationException;

/** C-ECHO (Verification SOP Class, PS3.4 Annex A): the first thing any actor asks a target. */
public final class Verification {

    /** The answer to one C-ECHO, with its association as evidence. */
    public record EchoResult(Target target, DimseOutcome outcome, AssociationEvidence association, String failure)
            implements SimulatorResult {

        @Override
        public boolean succeeded() {
            return outcome != null && outcome.isSuccess();
        }

        @Override
        public String summary() {
            return "C-ECHO " + target + ": " + (outcome != null ? outcome : "no response (" + failure + ")");
        }

        @Override
        public List<AssociationEvidence> associations() {
            return association == null ? List.of() : List.of(association);
        }
    }

    private Verification() {
    }

    /** Opens an association proposing Verification, sends C-ECHO-RQ, releases. */
    public static EchoResult echo(LocalAe local, Target target) {
        DimseClient client;
        try {
            client = Associations.open(local, target, Associations.request(local, target)
                    .context(Uids.Verification, Uids.ExplicitVRLittleEndian, Uids.ImplicitVRLittleEndian),
                    new ServiceRegistry());
        } catch (AssociationException e) {
            return new EchoResult(target, null, AssociationEvidence.failed(Associations.name(local, target), e),
                    e.getMessage());
        }
        try {
            CEchoRsp rsp = client.echo();
            return new EchoResult(target, DimseOutcome.of(rsp, Uids.Verification), Associations.close(client), null);
        } catch (IOException e) {
            return new EchoResult(target, null, Associations.close(client), e.getMessage());
        }
    }
}
