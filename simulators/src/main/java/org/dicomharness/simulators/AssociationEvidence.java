package org.dicomharness.simulators;

import java.util.List;
import org.dicomharness.dicom.net.ul.Association;
import org.dicomharness.dicom.net.ul.AssociationException;
import org.dicomharness.dicom.net.ul.AssociationTrace;
import org.dicomharness.dicom.net.ul.PresentationContext;

/**
 * What one association shows: its name, the presentation contexts as negotiated (PS3.8 9.3.2.2, 9.3.3.2), the
 * PDU trace (every PDU, state transition and DIMSE message, {@link AssociationTrace}) and, when it could not be
 * established or ended abnormally, why.
 *
 * @param name     e.g. {@code MODALITY->REFPACS@127.0.0.1:11112}
 * @param contexts the negotiated presentation contexts, empty when the association was not established
 * @param trace    the PDU trace, {@code null} when not even a transport connection was attempted
 * @param failure  why the association failed (rejection, abort, connection refused), or {@code null}
 */
public record AssociationEvidence(String name, List<PresentationContext> contexts, AssociationTrace trace,
                                  String failure) {

    public AssociationEvidence {
        contexts = List.copyOf(contexts);
    }

    /** Evidence of an established association (call it after the association ended to hold the whole trace). */
    public static AssociationEvidence of(Association association) {
        String failure = association.abortInfo().map(a -> "aborted: " + a).orElse(null);
        return new AssociationEvidence(association.trace().name(), association.presentationContexts(),
                association.trace(), failure);
    }

    /** Evidence of an association that could not be established. */
    public static AssociationEvidence failed(String name, AssociationException e) {
        return new AssociationEvidence(name, List.of(), e.trace().orElse(null), e.getMessage());
    }

    public boolean succeeded() {
        return failure == null;
    }

    /** The PDU trace as text, or the failure alone when there is no trace. */
    public String traceText() {
        if (trace == null) {
            return "association " + name + ": " + failure + "\n";
        }
        return trace.toText() + (failure != null ? "** " + failure + "\n" : "");
    }
}
