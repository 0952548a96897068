package org.dicomharness.pacs.worklist;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.DataElement;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.dict.ElementDictionary;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.pacs.index.Utf8Datasets;
import org.dicomharness.pacs.query.KeyCondition;
import org.dicomharness.pacs.query.KeyMatcher;
import org.dicomharness.pacs.query.KeyParser;
import org.dicomharness.pacs.query.QueryException;
import org.dicomharness.pacs.query.ReturnKeys;

/**
 * The matching of the Modality Worklist Information Model - FIND SOP Class (PS3.4 K.4.1.2): every key of the
 * identifier, top level or inside the Scheduled Procedure Step Sequence (K.6.1.2), is matched as PS3.4 C.2.2.2
 * defines, with the same {@link KeyParser} and {@link KeyMatcher} as Query/Retrieve. Only SCHEDULED and STARTED
 * steps are offered. Each response holds exactly the requested keys, in UTF-8 (Specific Character Set ISO_IR 192).
 *
 * <p>Statuses for the C-FIND SCP adapter (PS3.4 Table K.4-1): a response handed to {@code responses} is sent as
 * Pending FF00 (every key is matched, so FF01 never applies); a {@link QueryException} carries A900 (Identifier
 * does not match SOP Class) with the reason as Error Comment; an {@code IndexException} means A700 (Out of
 * Resources); stopping because {@code cancelled} returned true means FE00; otherwise the final status is 0000.
 */
public final class WorklistService {

    /** PS3.4 Table K.4-1 Pending: Matches are continuing, Optional Keys supported. */
    public static final int PENDING = 0xFF00;
    /** PS3.4 Table K.4-1 Failure: Identifier does not match SOP Class. */
    public static final int IDENTIFIER_DOES_NOT_MATCH_SOP_CLASS = 0xA900;
    /** PS3.4 Table K.4-1 Refused: Out of Resources. */
    public static final int OUT_OF_RESOURCES = 0xA700;
    /** PS3.4 Table K.4-1 Cancel: Matching terminated due to Cancel request. */
    public static final int CANCELED = 0xFE00;

    private final WorklistStore store;
    private final KeyParser parser = new KeyParser();

    public WorklistService(WorklistStore store) {
        this.store = store;
    }

    /**
     * Runs a worklist C-FIND, handing each matching item's response identifier to {@code responses} until
     * {@code cancelled} returns true.
     *
     * @throws QueryException A900 when the identifier cannot be matched as PS3.4 C.2.2.2 and K.6.1.2 define
     */
    public void find(Dataset identifier, BooleanSupplier cancelled, Consumer<Dataset> responses) {
        checkSequences(identifier, "");
        List<KeyCondition> keys = parser.parseAll(identifier);
        for (WorklistStore.Item item : store.open()) {
            if (cancelled.getAsBoolean()) {
                return;
            }
            Dataset entity = entity(item);
            if (keys.stream().allMatch(k -> KeyMatcher.matches(k, entity))) {
                Dataset response = new Dataset();
                response.setString(Tags.SpecificCharacterSet, VR.CS, Utf8Datasets.ISO_IR_192);
                for (KeyCondition key : keys) {
                    ReturnKeys.copy(key, entity, response);
                }
                responses.accept(response);
            }
        }
    }

    /** The worklist entity: the item's attributes with the current patient's, and the step's current status. */
    static Dataset entity(WorklistStore.Item item) {
        Dataset entity = item.attributes().copy();
        Utf8Datasets.copyInto(item.patient(), entity);
        entity.setString(Tags.SpecificCharacterSet, VR.CS, Utf8Datasets.ISO_IR_192);
        Sequence sps = entity.getSequence(Tags.ScheduledProcedureStepSequence);
        if (sps != null) {
            for (Dataset step : sps) {
                step.setString(Tags.ScheduledProcedureStepStatus, VR.CS, item.status().name());
            }
        }
        return entity;
    }

    /** A key the dictionary defines as a sequence must be one (K.6.1.2 sequence keys, C.2.2.2.6). */
    private static void checkSequences(Dataset identifier, String path) {
        ElementDictionary dict = ElementDictionary.standard();
        for (DataElement e : identifier) {
            boolean isSequence = e.value() instanceof Sequence;
            if (dict.vrOf(e.tag()) == VR.SQ && !isSequence && !e.isEmpty()) {
                throw new QueryException(IDENTIFIER_DOES_NOT_MATCH_SOP_CLASS, "key " + path
                        + Dataset.describe(e.tag()) + " is a sequence (SQ) in PS3.6 but the identifier gives it as "
                        + e.vr() + " (PS3.4 C.2.2.2.6)");
            }
            if (isSequence) {
                for (Dataset item : (Sequence) e.value()) {
                    checkSequences(item, path + Dataset.describe(e.tag()) + " > ");
                }
            }
        }
    }
}
