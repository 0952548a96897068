package org.dicomharness.pacs.mpps;

import java.util.List;

/**
 * The answer to an MPPS N-CREATE or N-SET, as the SCP adapter puts it in the N-CREATE-RSP / N-SET-RSP (PS3.7 10.1.5,
 * 10.1.2 and Annex C): Status (0000,0900), Affected SOP Instance UID (0000,1000), Error Comment (0000,0902),
 * Error ID (0000,0903) and Attribute Identifier List (0000,1005).
 *
 * @param errorId              Error ID (0000,0903), or {@code null}
 * @param attributeIdentifiers the offending attributes for 0105, 0106, 0116, 0120, 0121 (may be empty)
 */
public record MppsResult(int status, String sopInstanceUid, String errorComment, Integer errorId,
                         List<Integer> attributeIdentifiers) {

    /** PS3.7 C.1.1 Success. */
    public static final int SUCCESS = 0x0000;
    /** PS3.7 C.4.? No such attribute: the tag is not an attribute of the MPPS SOP Class. */
    public static final int NO_SUCH_ATTRIBUTE = 0x0105;
    /** PS3.7 Invalid attribute value (also: an attribute N-SET may not change, PS3.4 Table F.7.2-1). */
    public static final int INVALID_ATTRIBUTE_VALUE = 0x0106;
    /** PS3.7 Processing failure; with Error ID A710 "Performed Procedure Step Object may no longer be updated". */
    public static final int PROCESSING_FAILURE = 0x0110;
    /** PS3.7 Duplicate SOP Instance. */
    public static final int DUPLICATE_SOP_INSTANCE = 0x0111;
    /** PS3.7 No such SOP Instance. */
    public static final int NO_SUCH_SOP_INSTANCE = 0x0112;
    /** PS3.7 Warning: Attribute Value Out of Range (the change is applied). */
    public static final int ATTRIBUTE_VALUE_OUT_OF_RANGE = 0x0116;
    /** PS3.7 Invalid SOP Instance (the UID breaks PS3.5 9.1). */
    public static final int INVALID_SOP_INSTANCE = 0x0117;
    /** PS3.7 Missing attribute (a Type 1 or 2 attribute of N-CREATE is absent). */
    public static final int MISSING_ATTRIBUTE = 0x0120;
    /** PS3.7 Missing attribute value (a Type 1 attribute is empty). */
    public static final int MISSING_ATTRIBUTE_VALUE = 0x0121;
    /** PS3.4 F.7.2.2.2 Error ID with 0110: the Performed Procedure Step Object may no longer be updated. */
    public static final int ERROR_ID_MAY_NO_LONGER_BE_UPDATED = 0xA710;
    /** PS3.4 Table F.7.2-2: the Error Comment that goes with Error ID A710, word for word. */
    public static final String MAY_NO_LONGER_BE_UPDATED = "Performed Procedure Step Object may no longer be updated";

    public MppsResult {
        attributeIdentifiers = attributeIdentifiers == null ? List.of() : List.copyOf(attributeIdentifiers);
    }

    static MppsResult success(String uid) {
        return new MppsResult(SUCCESS, uid, null, null, List.of());
    }

    static MppsResult failure(int status, String uid, String comment, List<Integer> attributes) {
        return new MppsResult(status, uid, comment, null, attributes);
    }

    public boolean isSuccess() {
        return status == SUCCESS;
    }

    public boolean isWarning() {
        return status == ATTRIBUTE_VALUE_OUT_OF_RANGE;
    }

    public boolean isFailure() {
        return !isSuccess() && !isWarning();
    }
}
