package org.dicomharness.pacs.net;

import java.io.IOException;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.net.dimse.DataSets;
import org.dicomharness.dicom.net.dimse.DimseChannel;
import org.dicomharness.dicom.net.dimse.DimseClient;
import org.dicomharness.dicom.net.dimse.NEventReportRq;
import org.dicomharness.dicom.net.dimse.ScpContext;
import org.dicomharness.dicom.net.pdu.AAssociateRq;
import org.dicomharness.dicom.net.pdu.RoleSelection;
import org.dicomharness.dicom.net.ul.AssociateRequestBuilder;
import org.dicomharness.dicom.net.ul.Association;
import org.dicomharness.dicom.net.ul.AssociationRequestor;
import org.dicomharness.dicom.net.ul.State;
import org.dicomharness.pacs.commitment.CommitmentReport;
import org.dicomharness.pacs.commitment.CommitmentReportSender;
import org.dicomharness.pacs.config.CommitmentReportMode;
import org.dicomharness.pacs.config.PacsConfig;
import org.dicomharness.pacs.config.RemoteAe;

/**
 * Sends a Storage Commitment result as N-EVENT-REPORT-RQ (PS3.4 J.3.3): Affected SOP Class UID the Storage Commitment
 * Push Model, Affected SOP Instance UID its well-known instance, Event Type ID 1 or 2, and the Event Information of
 * the {@link CommitmentReport}.
 *
 * <p>In {@link CommitmentReportMode#SAME_ASSOCIATION} mode it is sent on the association of the N-ACTION while that
 * is still established, as the invoker on the N-ACTION's presentation context; the requestor, as SCU of the SOP
 * Class, receives it in its default role. When that association has ended, or ends before the N-EVENT-REPORT-RSP
 * arrives (the SCU may release at any time, PS3.4 J.3.3.1.2 Note 1), and always in
 * {@link CommitmentReportMode#NEW_ASSOCIATION} mode, the PACS opens a new association to the requestor's AE as the
 * configuration's {@code remoteAes} gives it, proposing the Storage Commitment Push Model with the SCP/SCU Role
 * Selection sub-item SCU-role 0, SCP-role 1 (PS3.7 D.3.3.4): the PACS is the association-requestor but the SOP
 * Class's SCP, and the requestor must accept that role (PS3.4 J.3.3.1.3 Note) before the report is sent.
 */
final class CommitmentReporter implements CommitmentReportSender {

    private static final String SOP_CLASS = Uids.StorageCommitmentPushModel;
    private static final String SOP_INSTANCE = Uids.StorageCommitmentPushModelInstance;

    private final ScpContext nAction;
    private final PacsConfig config;
    private final AssociationRequestor requestor;

    /** @param nAction the context of the N-ACTION the report answers */
    CommitmentReporter(ScpContext nAction, PacsConfig config, AssociationRequestor requestor) {
        this.nAction = nAction;
        this.config = config;
        this.requestor = requestor;
    }

    @Override
    public int send(CommitmentReport report) throws IOException {
        Association original = nAction.association();
        if (config.commitmentReports() == CommitmentReportMode.SAME_ASSOCIATION) {
            if (original.state() == State.STA6) {
                try {
                    return onSameAssociation(report);
                } catch (IOException e) {
                    original.trace().note("Storage Commitment: the N-EVENT-REPORT for transaction "
                            + report.transactionUid() + " did not complete on this association (" + e.getMessage()
                            + "); sending it on a new association to " + report.requestorAe());
                }
            } else {
                original.trace().note("Storage Commitment: the association ended before the N-EVENT-REPORT for "
                        + "transaction " + report.transactionUid() + "; sending it on a new association to "
                        + report.requestorAe());
            }
        }
        return onNewAssociation(report);
    }

    private int onSameAssociation(CommitmentReport report) throws IOException {
        DimseChannel channel = nAction.channel();
        NEventReportRq rq = new NEventReportRq(channel.nextMessageId(), SOP_CLASS, SOP_INSTANCE, report.eventTypeId());
        return channel.invoke(nAction.presentationContext(), rq, DataSets.of(report.toEventInformation()), null)
                .await().status();
    }

    private int onNewAssociation(CommitmentReport report) throws IOException {
        String ae = report.requestorAe();
        RemoteAe remote = config.remoteAes().get(ae);
        if (remote == null) {
            throw new IOException("the requestor " + ae + " is not in remoteAes of the PACS configuration, so the "
                    + "N-EVENT-REPORT cannot be sent on a new association (PS3.4 J.3.3.1.2)");
        }
        AAssociateRq rq = AssociateRequestBuilder.of(config.aeTitle(), ae)
                .context(SOP_CLASS, Uids.ExplicitVRLittleEndian, Uids.ImplicitVRLittleEndian)
                .roleSelection(SOP_CLASS, false, true)
                .build();
        try (DimseClient client = DimseClient.open(requestor, remote.host(), remote.port(), rq)) {
            boolean scpRole = client.association().acceptedRoleSelection(SOP_CLASS).map(RoleSelection::scpRole)
                    .orElse(false);
            if (!scpRole) {
                throw new IOException(ae + " at " + remote.host() + ":" + remote.port() + " did not accept the SCP "
                        + "role for the Storage Commitment Push Model (SCP/SCU Role Selection, PS3.7 D.3.3.4), "
                        + "so it cannot receive the N-EVENT-REPORT (PS3.4 J.3.3.1.3)");
            }
            return client.eventReport(SOP_CLASS, SOP_INSTANCE, report.eventTypeId(), report.toEventInformation())
                    .status();
        }
    }
}
