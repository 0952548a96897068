package org.dicomharness.pacs.normalize;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.DataElement;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.dict.ElementDictionary;
import org.dicomharness.dicom.dict.Tags;

/**
 * Changes to a copy of a data set that keep what they replace: {@link #finish} adds an item to the Original
 * Attributes Sequence (0400,0561) per PS3.3 C.12.1.1.9 with the previous values in its Modified Attributes Sequence,
 * the Attribute Modification DateTime, the Modifying System, the Source of Previous Values and the Reason for the
 * Attribute Modification (COERCE or CORRECT). Nothing is lost.
 */
public final class AttributeCoercion {

    /** Reason for the Attribute Modification (0400,0565) Defined Terms. */
    public enum Reason { COERCE, CORRECT }

    private static final DateTimeFormatter DT = DateTimeFormatter.ofPattern("yyyyMMddHHmmss.SSSSSSZ");

    private final Dataset result;
    private final Dataset previous = new Dataset();
    private final List<String> changes = new ArrayList<>();
    private final java.util.Set<Integer> touched = new java.util.HashSet<>();

    public AttributeCoercion(Dataset source) {
        this.result = source.copy();
    }

    /** The data set being changed (read it to decide; change it through this class). */
    public Dataset current() {
        return result;
    }

    /** Sets {@code tag} to {@code values} (VR from the dictionary), remembering the old value once. */
    public void set(int tag, String... values) {
        VR vr = ElementDictionary.standard().vrOf(tag);
        String[] old = result.getStrings(tag);
        if (Arrays.equals(old, values)) {
            return;
        }
        remember(tag);
        if (values.length == 0 || values.length == 1 && values[0].isEmpty()) {
            result.put(tag, vr, org.dicomharness.dicom.data.ByteValue.EMPTY);
        } else {
            result.setString(tag, vr, values);
        }
        changes.add(Dataset.describe(tag) + " '" + String.join("\\", old) + "' -> '" + String.join("\\", values) + "'");
    }

    /**
     * Records the value {@code tag} had before its first change (call before changing a sequence in place). An
     * attribute that was absent is recorded with a zero length value, so that the item names every attribute that
     * was added as well as those replaced (PS3.3 C.12.1.1.9.1).
     */
    public void remember(int tag) {
        if (touched.add(tag)) {
            DataElement e = result.get(tag);
            if (e != null) {
                previous.addAll(result, x -> x.tag() == tag);
            } else {
                VR vr = ElementDictionary.standard().vrOf(tag);
                if (vr == VR.SQ) {
                    previous.newSequence(tag);
                } else {
                    previous.put(tag, vr, org.dicomharness.dicom.data.ByteValue.EMPTY);
                }
            }
        }
    }

    /** Notes a change made in place (after {@link #remember}). */
    public void changed(String description) {
        changes.add(description);
    }

    public boolean isChanged() {
        return !changes.isEmpty();
    }

    public List<String> changes() {
        return List.copyOf(changes);
    }

    /** The changed data set with its new Original Attributes Sequence item (or the copy unchanged). */
    public Dataset finish(Reason reason, String modifyingSystem, String sourceOfPreviousValues) {
        if (!isChanged()) {
            return result;
        }
        Sequence originals = result.getSequence(Tags.OriginalAttributesSequence);
        if (originals == null) {
            originals = result.newSequence(Tags.OriginalAttributesSequence);
        }
        Dataset item = originals.addItem();
        Sequence modified = item.newSequence(Tags.ModifiedAttributesSequence);
        Dataset values = modified.addItem();
        values.addAll(previous);
        item.setString(Tags.AttributeModificationDateTime, VR.DT, ZonedDateTime.now().format(DT));
        item.setString(Tags.ModifyingSystem, VR.LO, modifyingSystem);
        item.setString(Tags.SourceOfPreviousValues, VR.LO, sourceOfPreviousValues == null ? "" : sourceOfPreviousValues);
        item.setString(Tags.ReasonForTheAttributeModification, VR.CS, reason.name());
        return result;
    }
}
