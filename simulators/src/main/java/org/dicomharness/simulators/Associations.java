package org.dicomharness.simulators;

import java.util.List;
import java.util.Optional;
import org.dicomharness.dicom.net.dimse.DimseClient;
import org.dicomharness.dicom.net.dimse.DimseOptions;
import org.dicomharness.dicom.net.dimse.ServiceRegistry;
import org.dicomharness.dicom.net.pdu.PresentationContextResult;
import org.dicomharness.dicom.net.pdu.Uid;
import org.dicomharness.dicom.net.ul.AssociateRequestBuilder;
import org.dicomharness.dicom.net.ul.AssociationException;

/** Opening the simulators' associations: our AE and Maximum Length, the target's address and TLS. */
public final class Associations {

    private Associations() {
    }

    /** A request builder from our AE to the target's. */
    public static AssociateRequestBuilder request(LocalAe local, Target target) {
        return AssociateRequestBuilder.of(local.aeTitle(), target.aeTitle()).maxPduLength(local.maxPduLength());
    }

    /**
     * Opens the association; requests the peer makes on it (C-STORE sub-operations of a C-GET, an N-EVENT-REPORT)
     * go to {@code services}.
     *
     * @throws AssociationException carrying the trace ({@link AssociationException#trace()}) when it is rejected,
     *                              aborted or the connection fails
     */
    public static DimseClient open(LocalAe local, Target target, AssociateRequestBuilder rq, ServiceRegistry services)
            throws AssociationException {
        return DimseClient.open(local.requestor(target), target.host(), target.port(), rq.build(), services,
                DimseOptions.defaults());
    }

    /** The name an association to {@code target} gets in the evidence, e.g. {@code MOD->PACS@127.0.0.1:104}. */
    public static String name(LocalAe local, Target target) {
        return local.aeTitle() + "->" + target.aeTitle() + "@" + target.host() + ":" + target.port();
    }

    /**
     * Why {@code sopClassUid} cannot be used on the association: the acceptor's answer to its presentation
     * context(s) (PS3.8 Table 9-18), or empty when one was accepted.
     */
    public static Optional<String> refusal(DimseClient client, String sopClassUid) {
        if (client.association().findAcceptedContext(sopClassUid, null).isPresent()) {
            return Optional.empty();
        }
        List<String> answers = client.association().presentationContexts().stream()
                .filter(pc -> pc.abstractSyntax().equals(sopClassUid))
                .map(pc -> PresentationContextResult.describe(pc.result())).toList();
        return Optional.of(client.association().calledAeTitle() + " refused "
                + Uid.describe(sopClassUid) + ": " + (answers.isEmpty()
                ? "no context proposed" : String.join("; ", answers)) + " (PS3.8 Table 9-18)");
    }

    /** Releases the association (aborting when the release fails) and returns its evidence. */
    public static AssociationEvidence close(DimseClient client) {
        client.close();
        return AssociationEvidence.of(client.association());
    }
}
