package org.dicomharness.testdata.sr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.dict.Tags;

/**
 * The series and document-level modules of SR and Key Object Selection documents: SR Document Series /
 * Key Object Document Series (PS3.3 C.17.1, C.17.6.1), SR Document General (C.17.2) and Key Object
 * Document (C.17.6.2), with the evidence sequence built from the instances a document references.
 */
public final class SrDocumentModules {

    private SrDocumentModules() {
    }

    /** Referenced Performed Procedure Step Sequence: Type 2 in both series modules, left empty. */
    public static void writeSeries(Dataset ds) {
        ds.newSequence(Tags.ReferencedPerformedProcedureStepSequence);
    }

    /** SR Document General: complete, unverified (no verifying observer needed), no request reference. */
    public static void writeSrDocumentGeneral(Dataset ds, List<Dataset> evidence) {
        ds.setString(Tags.CompletionFlag, VR.CS, "COMPLETE");
        ds.setString(Tags.VerificationFlag, VR.CS, "UNVERIFIED");
        ds.newSequence(Tags.PerformedProcedureCodeSequence);
        if (!evidence.isEmpty()) {
            writeEvidence(ds, Tags.CurrentRequestedProcedureEvidenceSequence, evidence);
        }
    }

    /**
     * A Hierarchical SOP Instance Reference macro (Table C.17-3) listing {@code instances}, grouped by study
     * and series, in {@code sequenceTag}.
     */
    public static void writeEvidence(Dataset ds, int sequenceTag, List<Dataset> instances) {
        Map<String, Map<String, List<Dataset>>> byStudy = new LinkedHashMap<>();
        for (Dataset i : instances) {
            byStudy.computeIfAbsent(i.getString(Tags.StudyInstanceUID), k -> new LinkedHashMap<>())
                    .computeIfAbsent(i.getString(Tags.SeriesInstanceUID), k -> new ArrayList<>()).add(i);
        }
        Sequence studies = ds.newSequence(sequenceTag);
        for (Map.Entry<String, Map<String, List<Dataset>>> study : byStudy.entrySet()) {
            Dataset studyItem = studies.addItem();
            studyItem.setString(Tags.StudyInstanceUID, VR.UI, study.getKey());
            Sequence series = studyItem.newSequence(Tags.ReferencedSeriesSequence);
            for (Map.Entry<String, List<Dataset>> s : study.getValue().entrySet()) {
                Dataset seriesItem = series.addItem();
                seriesItem.setString(Tags.SeriesInstanceUID, VR.UI, s.getKey());
                Sequence sops = seriesItem.newSequence(Tags.ReferencedSOPSequence);
                for (Dataset i : s.getValue()) {
                    Dataset ref = sops.addItem();
                    ref.setString(Tags.ReferencedSOPClassUID, VR.UI, i.getString(Tags.SOPClassUID));
                    ref.setString(Tags.ReferencedSOPInstanceUID, VR.UI, i.getString(Tags.SOPInstanceUID));
                }
            }
        }
    }
}
