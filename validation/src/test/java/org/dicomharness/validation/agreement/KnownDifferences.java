package org.dicomharness.validation.agreement;

import static org.dicomharness.validation.agreement.Explanation.Kind.DCIODVFY_FALSE_POSITIVE;
import static org.dicomharness.validation.agreement.Explanation.Kind.NOT_CHECKED;
import static org.dicomharness.validation.agreement.Explanation.Kind.SUMMARY;

import java.util.List;

/**
 * The dciodvfy errors we deliberately do not mirror, each with its reason. An entry applies to the dciodvfy
 * messages its first pattern finds, in the corpus files its second pattern finds; everything else dciodvfy reports
 * must be matched by one of our errors on the same attribute.
 */
final class KnownDifferences {

    private KnownDifferences() {
    }

    static final List<Explanation> ALL = List.of(
            Explanation.of(NOT_CHECKED, "^PixelData has incorrect value length - expected 0 dec", "-Rows$",
                    "Rows (0028,0010) is absent, so the expected length of Pixel Data is undefined; dciodvfy computes it "
                            + "with Rows = 0. We report the missing Type 1 Rows (PS3.3 Table C.7-11a) and compare the "
                            + "Pixel Data length (PS3.5 8.1.1) only when Rows, Columns and Bits Allocated are present, "
                            + "so the one defect gives one error instead of two."),
            Explanation.of(SUMMARY, "^Dicom dataset contains invalid data values for Value Representations$", "",
                    "dciodvfy's closing line after the value errors it listed for the file; each of those is matched "
                            + "by one of ours (PS3.5 Table 6.2-1), so the summary adds no finding."),
            Explanation.of(NOT_CHECKED, "^Referenced SOP Instance is not listed in CurrentRequestedProcedureEvidence",
                    "kos-ContentItem-no-ReferencedSOP$",
                    "dciodvfy cross-checks the content tree against the evidence sequences (PS3.3 C.17.2.3: \"shall "
                            + "contain a reference to all SOP Instances that are referenced in the Content Sequence\"). "
                            + "We do not make that cross-check; the defect itself, an IMAGE content item without "
                            + "Referenced SOP Sequence (Type 1, PS3.3 Table C.18.3-1), is reported as missing Type 1."),
            Explanation.of(DCIODVFY_FALSE_POSITIVE, "Bad Sequence number of Items 0 .* Element=<ViewCodeSequence>|"
                    + "Bad attribute Value Multiplicity Type 3 Optional Element=<ViewCodeSequence>",
                    "dx-empty-view-code$",
                    "View Code Sequence (0054,0220) is Type 3 in the DX Positioning Module (PS3.3 Table C.8-72, \"Only "
                            + "a single Item is permitted in this Sequence\"): at most one item. PS3.5 7.4.6 lets a "
                            + "Type 3 attribute be present with zero length, and a sequence of zero items has a zero "
                            + "length value (PS3.5 7.5.1), so zero items is conformant; dciodvfy demands one."));
}
