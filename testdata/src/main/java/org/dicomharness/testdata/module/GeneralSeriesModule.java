package org.dicomharness.testdata.module;

import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.testdata.context.SeriesContext;
import org.dicomharness.testdata.context.StudyContext;

/** General Series Module (PS3.3 C.7.3.1), and the series-level attributes the specialised series modules share. */
public final class GeneralSeriesModule {

    private GeneralSeriesModule() {
    }

    public static void write(Dataset ds, SeriesContext series) {
        ds.setString(Tags.Modality, VR.CS, series.kind().modality());
        ds.setString(Tags.SeriesInstanceUID, VR.UI, series.seriesInstanceUid());
        ds.setInt(Tags.SeriesNumber, VR.IS, series.seriesNumber());
        ds.setString(Tags.SeriesDate, VR.DA, StudyContext.date(series.start()));
        ds.setString(Tags.SeriesTime, VR.TM, StudyContext.time(series.start()));
        ds.setString(Tags.SeriesDescription, VR.LO, series.kind().seriesDescription());
        if (!series.kind().hasGeneralSeries()) {
            return;
        }
        ds.setString(Tags.OperatorsName, VR.PN, "Operator^Synthetic");
        if (!series.kind().bodyPart().isEmpty()) {
            ds.setString(Tags.BodyPartExamined, VR.CS, series.kind().bodyPart());
        } else if (series.kind().needsEmptyLaterality()) {
            // C.7.3.1: Laterality is Type 2C, required when the body part is paired or unknown.
            ds.setString(Tags.Laterality, VR.CS, "");
        }
    }
}
