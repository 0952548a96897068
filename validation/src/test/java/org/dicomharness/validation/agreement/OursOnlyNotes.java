package org.dicomharness.validation.agreement;

import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.validation.Finding;

/** Why dciodvfy says nothing where we report an error, for the cases the corpus shows. */
final class OursOnlyNotes {

    private OursOnlyNotes() {
    }

    static String note(Finding f) {
        String rule = f.rule().id();
        if (rule.startsWith("PS3.16")) {
            return "dciodvfy checks the SR content tree against PS3.3 (value types, relationships) but not against "
                    + "the PS3.16 templates; a content item whose concept name is empty matches no template row.";
        }
        if (f.path().tag() == Tags.FrameIncrementPointer && f.found().equals("absent")) {
            return "PS3.3 C.7.6.6.1.2: \"Even if only a single frame is present, Frame Increment Pointer (0028,0009) is "
                    + "still required to be present\"; dicom3tools makes it 1C (NotSCMultiFrameOrNumberOfFramesGreater"
                    + "ThanOne) for the multi-frame SC IODs, and img2dcm -nsc writes one frame without it.";
        }
        if (rule.equals("PS3.5 Table 6.2-1")) {
            return "dciodvfy checks the characters and length of DA and TM values, not that the date exists in the "
                    + "calendar or that the hour is 00-23 (PS3.5 Table 6.2-1: DA \"YYYYMMDD\" is a calendar date; "
                    + "TM HH is 00-23).";
        }
        return "";
    }
}
