package org.dicomharness.validation.agreement;

import java.util.ArrayList;
import java.util.List;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.dict.Tags;

/**
 * The deliberate defects of the agreement corpus, in the eight categories the issue names. Each mutation is
 * applied to a fresh valid object of one IOD ({@code iod:what} names).
 */
final class Mutations {

    static final String MISSING_TYPE_1 = "missing Type 1";
    static final String EMPTY_TYPE_1 = "empty Type 1";
    static final String MISSING_TYPE_2 = "missing Type 2";
    static final String BAD_VR = "bad VR";
    static final String BAD_FORMAT = "bad value format";
    static final String WRONG_ENUM = "wrong enumerated value";
    static final String BROKEN_ITEM = "broken sequence item";
    static final String MISSING_FG = "missing functional group";

    private Mutations() {
    }

    static List<Mutation> all() {
        List<Mutation> m = new ArrayList<>();
        // missing Type 1
        for (String iod : List.of("ct", "mr", "dx", "us", "nm", "pt", "sc", "ecg", "kos")) {
            m.add(remove(MISSING_TYPE_1, iod, Tags.SeriesInstanceUID));
        }
        for (String iod : List.of("ct", "mg", "enhanced-ct", "cr")) {
            m.add(remove(MISSING_TYPE_1, iod, Tags.Rows));
        }
        m.add(remove(MISSING_TYPE_1, "encapsulated-pdf", Tags.MIMETypeOfEncapsulatedDocument));
        m.add(remove(MISSING_TYPE_1, "basic-text-sr", Tags.CompletionFlag));
        m.add(remove(MISSING_TYPE_1, "ct-dose-sr", Tags.ValueType));
        m.add(remove(MISSING_TYPE_1, "enhanced-mr", Tags.ContentQualification));
        // empty Type 1
        for (String iod : List.of("ct", "mr", "cr", "us", "pt", "sc", "enhanced-ct")) {
            m.add(empty(EMPTY_TYPE_1, iod, Tags.Modality));
        }
        for (String iod : List.of("dx", "nm", "ecg", "enhanced-mr")) {
            m.add(empty(EMPTY_TYPE_1, iod, Tags.StudyInstanceUID));
        }
        m.add(empty(EMPTY_TYPE_1, "ct", Tags.ImageType));
        m.add(empty(EMPTY_TYPE_1, "basic-text-sr", Tags.VerificationFlag));
        // missing Type 2
        for (String iod : List.of("ct", "mr", "dx", "us", "nm", "sc", "basic-text-sr", "encapsulated-pdf")) {
            m.add(remove(MISSING_TYPE_2, iod, Tags.PatientName));
        }
        for (String iod : List.of("ct", "pt", "kos", "enhanced-ct")) {
            m.add(remove(MISSING_TYPE_2, iod, Tags.StudyDate));
        }
        m.add(remove(MISSING_TYPE_2, "cr", Tags.AccessionNumber));
        m.add(remove(MISSING_TYPE_2, "mg", Tags.PatientBirthDate));
        // bad VR
        m.add(new Mutation(BAD_VR, "ct:StudyDate-as-LO", "Study Date written with VR LO instead of DA",
                d -> restring(d, Tags.StudyDate, VR.LO)));
        m.add(new Mutation(BAD_VR, "mr:PatientID-as-PN", "Patient ID written with VR PN instead of LO",
                d -> restring(d, Tags.PatientID, VR.PN)));
        m.add(new Mutation(BAD_VR, "us:SeriesNumber-as-DS", "Series Number written with VR DS instead of IS",
                d -> restring(d, Tags.SeriesNumber, VR.DS)));
        m.add(new Mutation(BAD_VR, "sc:Modality-as-SH", "Modality written with VR SH instead of CS",
                d -> restring(d, Tags.Modality, VR.SH)));
        m.add(new Mutation(BAD_VR, "nm:Rows-as-UL", "Rows written with VR UL instead of US",
                d -> d.setLong(Tags.Rows, VR.UL, d.getInt(Tags.Rows, 16))));
        m.add(new Mutation(BAD_VR, "dx:StudyTime-as-DA", "Study Time written with VR DA instead of TM",
                d -> d.setString(Tags.StudyTime, VR.DA, "20240115")));
        m.add(new Mutation(BAD_VR, "pt:PatientName-as-LO", "Patient's Name written with VR LO instead of PN",
                d -> restring(d, Tags.PatientName, VR.LO)));
        m.add(new Mutation(BAD_VR, "cr:InstanceNumber-as-US", "Instance Number written as binary US instead of IS",
                d -> d.setInt(Tags.InstanceNumber, VR.US, 1)));
        // bad value format
        m.add(set(BAD_FORMAT, "ct", "StudyDate-dashes", "Study Date '2024-01-15'", Tags.StudyDate, "2024-01-15"));
        m.add(set(BAD_FORMAT, "mr", "StudyDate-month13", "Study Date '20241301'", Tags.StudyDate, "20241301"));
        m.add(set(BAD_FORMAT, "us", "StudyTime-hour25", "Study Time '251500'", Tags.StudyTime, "251500"));
        m.add(set(BAD_FORMAT, "nm", "SeriesInstanceUID-leading-zero", "Series Instance UID '1.02.3'",
                Tags.SeriesInstanceUID, "1.02.3"));
        m.add(set(BAD_FORMAT, "cr", "PatientAge-no-unit", "Patient's Age '045'", Tags.PatientAge, "045"));
        m.add(set(BAD_FORMAT, "dx", "SeriesNumber-decimal", "Series Number '1.5'", Tags.SeriesNumber, "1.5"));
        m.add(set(BAD_FORMAT, "pt", "SliceThickness-text", "Slice Thickness 'abc'", Tags.SliceThickness, "abc"));
        m.add(set(BAD_FORMAT, "sc", "Modality-lower-case", "Modality 'ot'", Tags.Modality, "ot"));
        m.add(set(BAD_FORMAT, "ct", "StudyID-too-long", "Study ID of 17 characters (SH allows 16)", Tags.StudyID,
                "S".repeat(17)));
        m.add(set(BAD_FORMAT, "enhanced-ct", "AcquisitionDateTime-bad", "Acquisition DateTime '2024011510150X'",
                Tags.AcquisitionDateTime, "2024011510150X"));
        m.add(set(BAD_FORMAT, "ecg", "PatientBirthDate-short", "Patient's Birth Date '197001'",
                Tags.PatientBirthDate, "197001"));
        // wrong enumerated value
        for (String iod : List.of("ct", "mr", "us", "nm")) {
            m.add(set(WRONG_ENUM, iod, "PatientSex-X", "Patient's Sex 'X'", Tags.PatientSex, "X"));
        }
        m.add(set(WRONG_ENUM, "dx", "PresentationIntentType", "Presentation Intent Type 'FOR VIEWING'",
                Tags.PresentationIntentType, "FOR VIEWING"));
        m.add(set(WRONG_ENUM, "mg", "BreastImplantPresent", "Breast Implant Present 'MAYBE'", Tags.BreastImplantPresent,
                "MAYBE"));
        m.add(set(WRONG_ENUM, "basic-text-sr", "CompletionFlag", "Completion Flag 'DONE'", Tags.CompletionFlag, "DONE"));
        m.add(set(WRONG_ENUM, "enhanced-ct", "BurnedInAnnotation", "Burned In Annotation 'MAYBE'",
                Tags.BurnedInAnnotation, "MAYBE"));
        m.add(new Mutation(WRONG_ENUM, "ct:PixelRepresentation-2", "Pixel Representation 2",
                d -> d.setInt(Tags.PixelRepresentation, 2)));
        m.add(set(WRONG_ENUM, "encapsulated-pdf", "BurnedInAnnotation-MAYBE", "Burned In Annotation 'MAYBE'",
                Tags.BurnedInAnnotation, "MAYBE"));
        // broken sequence item
        m.add(new Mutation(BROKEN_ITEM, "dx:AnatomicRegion-no-CodeMeaning",
                "Anatomic Region Sequence item without Code Meaning",
                d -> d.getSequence(Tags.AnatomicRegionSequence).get(0).remove(Tags.CodeMeaning)));
        m.add(new Mutation(BROKEN_ITEM, "mg:ViewCode-no-CodingScheme",
                "View Code Sequence item without Coding Scheme Designator",
                d -> d.getSequence(Tags.ViewCodeSequence).get(0).remove(Tags.CodingSchemeDesignator)));
        m.add(new Mutation(BROKEN_ITEM, "kos:Evidence-no-SeriesUID",
                "Current Requested Procedure Evidence Sequence > Referenced Series item without Series Instance UID",
                d -> d.getSequence(Tags.CurrentRequestedProcedureEvidenceSequence).get(0)
                        .getSequence(Tags.ReferencedSeriesSequence).get(0).remove(Tags.SeriesInstanceUID)));
        m.add(new Mutation(BROKEN_ITEM, "kos:ContentItem-no-ReferencedSOP",
                "IMAGE content item without Referenced SOP Sequence",
                d -> d.getSequence(Tags.ContentSequence).get(0).remove(Tags.ReferencedSOPSequence)));
        m.add(new Mutation(BROKEN_ITEM, "ecg:Channel-no-Sensitivity-units",
                "Channel Definition item without Channel Sensitivity Units Sequence",
                d -> d.getSequence(Tags.WaveformSequence).get(0).getSequence(Tags.ChannelDefinitionSequence).get(0)
                        .remove(Tags.ChannelSensitivityUnitsSequence)));
        m.add(new Mutation(BROKEN_ITEM, "basic-text-sr:ContentItem-no-RelationshipType",
                "content item without Relationship Type",
                d -> d.getSequence(Tags.ContentSequence).get(0).remove(Tags.RelationshipType)));
        m.add(new Mutation(BROKEN_ITEM, "ct-dose-sr:ConceptName-empty-item",
                "Concept Name Code Sequence of a content item holds an empty item",
                d -> {
                    Dataset item = d.getSequence(Tags.ContentSequence).get(0);
                    item.newSequence(Tags.ConceptNameCodeSequence).addItem();
                }));
        m.add(new Mutation(BROKEN_ITEM, "enhanced-ct:PixelMeasures-empty-item",
                "Pixel Measures Sequence item without Pixel Spacing and Slice Thickness",
                d -> {
                    Dataset measures = sharedItem(d).getSequence(Tags.PixelMeasuresSequence).get(0);
                    measures.remove(Tags.PixelSpacing);
                    measures.remove(Tags.SliceThickness);
                }));
        m.add(new Mutation(BROKEN_ITEM, "enhanced-mr:FrameAnatomy-no-AnatomicRegion",
                "Frame Anatomy Sequence item without Anatomic Region Sequence",
                d -> sharedItem(d).getSequence(Tags.FrameAnatomySequence).get(0).remove(Tags.AnatomicRegionSequence)));
        m.add(new Mutation(BROKEN_ITEM, "pt:Radiopharmaceutical-empty-code-item",
                "Radionuclide Code Sequence holding an item without Code Value",
                d -> {
                    Dataset code = d.getSequence(Tags.RadiopharmaceuticalInformationSequence).get(0)
                            .getSequence(Tags.RadionuclideCodeSequence).addItem();
                    code.setString(Tags.CodingSchemeDesignator, "SCT");
                    code.setString(Tags.CodeMeaning, "^18^Fluorine");
                }));
        // missing functional group
        m.add(new Mutation(MISSING_FG, "enhanced-ct:no-PixelMeasures", "Pixel Measures macro removed from Shared",
                d -> sharedItem(d).remove(Tags.PixelMeasuresSequence)));
        m.add(new Mutation(MISSING_FG, "enhanced-ct:no-FrameContent-frame2",
                "Frame Content macro removed from the second per-frame item",
                d -> d.getSequence(Tags.PerFrameFunctionalGroupsSequence).get(1).remove(Tags.FrameContentSequence)));
        m.add(new Mutation(MISSING_FG, "enhanced-ct:no-PlanePosition", "Plane Position macro removed from every frame",
                d -> d.getSequence(Tags.PerFrameFunctionalGroupsSequence).forEach(i -> i.remove(Tags.PlanePositionSequence))));
        m.add(new Mutation(MISSING_FG, "enhanced-ct:no-CTImageFrameType", "CT Image Frame Type macro removed",
                d -> sharedItem(d).remove(Tags.CTImageFrameTypeSequence)));
        m.add(new Mutation(MISSING_FG, "enhanced-ct:no-PixelValueTransformation",
                "CT Pixel Value Transformation macro removed",
                d -> sharedItem(d).remove(Tags.PixelValueTransformationSequence)));
        m.add(new Mutation(MISSING_FG, "enhanced-mr:no-MRImageFrameType", "MR Image Frame Type macro removed",
                d -> sharedItem(d).remove(Tags.MRImageFrameTypeSequence)));
        m.add(new Mutation(MISSING_FG, "enhanced-mr:no-PlaneOrientation", "Plane Orientation macro removed",
                d -> sharedItem(d).remove(Tags.PlaneOrientationSequence)));
        m.add(new Mutation(MISSING_FG, "enhanced-mr:no-MRTiming", "MR Timing and Related Parameters macro removed",
                d -> sharedItem(d).remove(Tags.MRTimingAndRelatedParametersSequence)));
        m.add(new Mutation(MISSING_FG, "enhanced-mr:no-SharedFunctionalGroups",
                "Shared Functional Groups Sequence removed",
                d -> d.remove(Tags.SharedFunctionalGroupsSequence)));
        m.add(new Mutation(MISSING_FG, "enhanced-ct:one-per-frame-item-too-few",
                "one Per-Frame Functional Groups item fewer than Number of Frames",
                d -> d.getSequence(Tags.PerFrameFunctionalGroupsSequence).remove(2)));
        return m;
    }

    private static Dataset sharedItem(Dataset d) {
        Sequence shared = d.getSequence(Tags.SharedFunctionalGroupsSequence);
        return shared.get(0);
    }

    private static Mutation remove(String category, String iod, int tag) {
        String keyword = Dataset.describe(tag).substring(12);
        return new Mutation(category, iod + ":" + keyword, keyword + " removed", d -> d.remove(tag));
    }

    private static Mutation empty(String category, String iod, int tag) {
        String keyword = Dataset.describe(tag).substring(12);
        return new Mutation(category, iod + ":" + keyword, keyword + " present without a value",
                d -> d.setString(tag, new String[0]));
    }

    private static Mutation set(String category, String iod, String what, String description, int tag, String value) {
        return new Mutation(category, iod + ":" + what, description, d -> d.setString(tag, value));
    }

    private static void restring(Dataset d, int tag, VR vr) {
        String[] values = d.getStrings(tag);
        d.remove(tag);
        d.setString(tag, vr, values);
    }
}
