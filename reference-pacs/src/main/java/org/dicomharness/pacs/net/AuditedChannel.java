package org.dicomharness.pacs.net;

import org.dicomharness.dicom.net.dimse.DimseChannel;
import org.dicomharness.dicom.net.pdu.AAssociateRq;
import org.dicomharness.dicom.net.pdu.PDataTf;
import org.dicomharness.dicom.net.ul.AbortInfo;
import org.dicomharness.dicom.net.ul.Association;
import org.dicomharness.dicom.net.ul.AssociationListener;
import org.dicomharness.pacs.monitor.AssociationLog;

/** The DIMSE channel of an accepted association, reporting its end to the monitoring's association log. */
final class AuditedChannel implements AssociationListener {

    private final DimseChannel channel;
    private final AssociationLog log;
    private final long id;

    AuditedChannel(DimseChannel channel, AssociationLog log, long id) {
        this.channel = channel;
        this.log = log;
        this.id = id;
    }

    @Override
    public void onAssociateRequest(Association association, AAssociateRq request) {
        channel.onAssociateRequest(association, request);
    }

    @Override
    public void onPData(Association association, PDataTf pdu) {
        channel.onPData(association, pdu);
    }

    @Override
    public void onReleaseRequest(Association association) {
        channel.onReleaseRequest(association);
    }

    @Override
    public void onReleaseConfirm(Association association) {
        channel.onReleaseConfirm(association);
    }

    @Override
    public void onAbort(Association association, AbortInfo abort) {
        channel.onAbort(association, abort);
        log.closed(id, "aborted: " + abort);
    }

    @Override
    public void onClosed(Association association) {
        channel.onClosed(association);
        log.closed(id, association.wasReleased() ? "released" : "closed");
    }
}
