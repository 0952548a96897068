package org.dicomharness.simulators;

import java.util.List;

/**
 * What every simulator operation returns besides its own data: whether it succeeded, a one-line account for a
 * report or an assertion message, and the associations it used as evidence.
 */
public interface SimulatorResult {

    /** Whether the operation did what it was asked, every DIMSE status being Success or Warning. */
    boolean succeeded();

    /** One line: what happened, with the statuses that matter. */
    String summary();

    /** The associations the operation opened (or accepted), in order. */
    List<AssociationEvidence> associations();

    /** The PDU traces of all associations, for a failure message or a report attachment. */
    default String traces() {
        StringBuilder sb = new StringBuilder();
        for (AssociationEvidence a : associations()) {
            sb.append(a.traceText());
        }
        return sb.toString();
    }
}
