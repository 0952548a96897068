package org.dicomharness.dicom.net.ul;

/**
 * Serves accepted associations: called once per association after the acceptor's user decided to accept it,
 * just before the A-ASSOCIATE-AC is sent (AE-7), and returns the listener that receives its P-DATA and
 * release/abort indications (usually a DIMSE service dispatcher).
 */
@FunctionalInterface
public interface AssociationHandler {

    AssociationListener established(Association association);
}
