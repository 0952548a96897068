package org.dicomharness.pacs.net;

import java.util.ArrayList;
import java.util.List;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.dict.UidEntry;
import org.dicomharness.dicom.dict.UidRegistry;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.net.ul.AcceptorPolicy;
import org.dicomharness.pacs.config.PacsConfig;
import org.dicomharness.pacs.query.InformationModel;

/**
 * What the reference PACS accepts at association time (PS3.8 9.3.3/9.3.4): its own AE title as called AE, the
 * configured calling AEs, Verification, every storage SOP class in every transfer syntax the stack reads (the
 * requestor's preference wins, so an object is stored in the syntax the sender chose), the Query/Retrieve
 * models, the workflow SOP classes (worklist, MPPS, storage commitment), and the SCP role for storage on C-GET
 * associations.
 */
final class PacsAcceptorPolicy {

    /**
     * Modality Worklist FIND (PS3.4 K), Modality Performed Procedure Step (PS3.4 F.7) and Storage Commitment Push
     * Model (PS3.4 J.3), each in the two uncompressed little endian syntaxes.
     */
    static final List<String> WORKFLOW_SOP_CLASSES = List.of(Uids.ModalityWorklistInformationModelFind,
            Uids.ModalityPerformedProcedureStep, Uids.StorageCommitmentPushModel);

    private PacsAcceptorPolicy() {
    }

    static AcceptorPolicy of(PacsConfig config) {
        AcceptorPolicy.Builder policy = AcceptorPolicy.builder()
                .calledAeTitles(config.aeTitle())
                .accept(Uids.Verification, Uids.ExplicitVRLittleEndian, Uids.ImplicitVRLittleEndian)
                .acceptAllStorage(storageSyntaxes())
                .preferRequestorOrder(true)
                .maxAssociations(config.maxAssociations());
        if (!config.allowedCallingAes().isEmpty()) {
            policy.callingAeTitles(config.allowedCallingAes().toArray(String[]::new));
        }
        for (InformationModel model : InformationModel.values()) {
            for (String sopClass : List.of(model.findSopClass(), model.moveSopClass(), model.getSopClass())) {
                policy.accept(sopClass, Uids.ExplicitVRLittleEndian, Uids.ImplicitVRLittleEndian);
            }
        }
        for (String workflow : WORKFLOW_SOP_CLASSES) {
            policy.accept(workflow, Uids.ExplicitVRLittleEndian, Uids.ImplicitVRLittleEndian);
        }
        for (UidEntry e : UidRegistry.standard().storageSopClasses()) {
            policy.allowRequestorScpRole(e.uid());
        }
        return policy.build();
    }

    /** Every registered syntax with a data set encoding we read; native ones last, Implicit VR LE as the default. */
    static List<String> storageSyntaxes() {
        List<String> out = new ArrayList<>();
        for (TransferSyntax ts : TransferSyntax.all()) {
            if (ts.encapsulated()) {
                out.add(ts.uid());
            }
        }
        out.addAll(List.of(Uids.ExplicitVRLittleEndian, Uids.DeflatedExplicitVRLittleEndian,
                Uids.ExplicitVRBigEndian, Uids.ImplicitVRLittleEndian));
        return out;
    }
}
