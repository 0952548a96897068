package org.dicomharness.simulators.ris;

import java.util.Objects;
import org.dicomharness.simulators.Patient;

/** The patient administration messages a RIS or ADT system sends (IHE RAD-1, RAD-12; HL7 v2.5 chapter 3). */
public sealed interface Adt {

    /** The trigger event (MSH-9.2, EVN-1). */
    String event();

    Patient patient();

    /** A01 Admit/visit notification (IHE RAD-1 Patient Registration). */
    record Admit(Patient patient) implements Adt {
        public Admit {
            Objects.requireNonNull(patient, "patient");
        }

        @Override
        public String event() {
            return "A01";
        }
    }

    /** A08 Update patient information (IHE RAD-12 Patient Update). */
    record Update(Patient patient) implements Adt {
        public Update {
            Objects.requireNonNull(patient, "patient");
        }

        @Override
        public String event() {
            return "A08";
        }
    }

    /**
     * A40 Merge patient - patient identifier list (IHE RAD-12): the prior identifier (MRG-1) is merged into the
     * surviving patient (PID).
     */
    record Merge(Patient patient, String priorPatientId, String priorIssuer) implements Adt {
        public Merge {
            Objects.requireNonNull(patient, "patient");
            if (priorPatientId == null || priorPatientId.isBlank()) {
                throw new IllegalArgumentException("a merge needs the prior patient identifier (MRG-1)");
            }
            priorIssuer = Patient.orEmpty(priorIssuer);
        }

        @Override
        public String event() {
            return "A40";
        }
    }

    static Adt admit(Patient p) {
        return new Admit(p);
    }

    static Adt update(Patient p) {
        return new Update(p);
    }

    static Adt merge(Patient surviving, String priorPatientId, String priorIssuer) {
        return new Merge(surviving, priorPatientId, priorIssuer);
    }
}
