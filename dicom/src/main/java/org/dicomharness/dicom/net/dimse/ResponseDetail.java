package org.dicomharness.dicom.net.dimse;

import java.util.List;

/**
 * The optional status detail elements of a response (PS3.7 C and 9.1/10.1): Error Comment (0000,0902),
 * Error ID (0000,0903), Offending Element (0000,0901) and Attribute Identifier List (0000,1005).
 */
public record ResponseDetail(String errorComment, Integer errorId, List<Integer> offendingElements,
                             List<Integer> attributeIdentifierList) {

    public static final ResponseDetail NONE = new ResponseDetail(null, null, List.of(), List.of());

    public ResponseDetail {
        offendingElements = List.copyOf(offendingElements);
        attributeIdentifierList = List.copyOf(attributeIdentifierList);
    }

    public static ResponseDetail comment(String errorComment) {
        return new ResponseDetail(errorComment, null, List.of(), List.of());
    }

    public boolean isEmpty() {
        return errorComment == null && errorId == null && offendingElements.isEmpty() && attributeIdentifierList.isEmpty();
    }

    @Override
    public String toString() {
        if (isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        if (errorComment != null) {
            sb.append(" comment '").append(errorComment).append('\'');
        }
        if (errorId != null) {
            sb.append(String.format(" error ID %04X", errorId));
        }
        if (!offendingElements.isEmpty()) {
            sb.append(" offending ").append(offendingElements.stream().map(org.dicomharness.dicom.Tag::format).toList());
        }
        if (!attributeIdentifierList.isEmpty()) {
            sb.append(" attributes ").append(attributeIdentifierList.stream()
                    .map(org.dicomharness.dicom.Tag::format).toList());
        }
        return sb.toString().trim();
    }
}
