package org.dicomharness.simulators.viewer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.simulators.Patient;

/**
 * How what came back is compared with what went in.
 *
 * @param mode      {@link Mode#BIT_EXACT}: the data set bytes must be identical (same SHA-256, same syntax);
 *                  {@link Mode#ATTRIBUTES}: every attribute must have the same value, except the coercible ones
 * @param coercible attributes the target may change (top level): differences there are listed but allowed
 */
public record VerifyOptions(Mode mode, Set<Integer> coercible) {

    public enum Mode {
        BIT_EXACT, ATTRIBUTES
    }

    /**
     * What an archive may legitimately coerce: patient identification and the study's identifiers on
     * reconciliation (PS3.4 B.4.1.3 Coercion of Attributes; IHE RAD Patient Information Reconciliation), and the
     * Original Attributes Sequence that records such a change (PS3.3 C.12.1.1.9).
     */
    public static final Set<Integer> DEFAULT_COERCIBLE = Set.of(Tags.PatientName, Tags.PatientID,
            Tags.IssuerOfPatientID, Tags.PatientBirthDate, Tags.PatientSex, Tags.OtherPatientIDsSequence,
            Tags.AccessionNumber, Tags.OriginalAttributesSequence, Tags.SpecificCharacterSet);

    public VerifyOptions {
        coercible = Set.copyOf(coercible);
    }

    public static VerifyOptions bitExact() {
        return new VerifyOptions(Mode.BIT_EXACT, Set.of());
    }

    /** Attribute comparison allowing {@link #DEFAULT_COERCIBLE}. */
    public static VerifyOptions attributes() {
        return new VerifyOptions(Mode.ATTRIBUTES, DEFAULT_COERCIBLE);
    }

    /** Attribute comparison allowing exactly {@code tags}. */
    public static VerifyOptions attributes(List<Integer> tags) {
        return new VerifyOptions(Mode.ATTRIBUTES, new LinkedHashSet<>(tags));
    }

    public VerifyOptions allowing(int... tags) {
        Set<Integer> s = new LinkedHashSet<>(coercible);
        for (int t : tags) {
            s.add(t);
        }
        return new VerifyOptions(mode, s);
    }
}
