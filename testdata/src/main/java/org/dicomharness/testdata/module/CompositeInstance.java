package org.dicomharness.testdata.module;

import java.time.LocalDateTime;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.testdata.context.SeriesContext;
import org.dicomharness.testdata.context.StudyContext;

/**
 * The start of every composite instance (PS3.3 A.1.2): the Patient, Study, Series and Equipment information
 * entities and SOP Common, filled from the series context so that all instances of a study agree.
 */
public final class CompositeInstance {

    private CompositeInstance() {
    }

    /** A new data set with the modules every composite IOD shares. */
    public static Dataset start(SeriesContext series, String sopClassUid, int instanceNumber) {
        Dataset ds = new Dataset();
        LocalDateTime created = series.instanceTime(instanceNumber);
        PatientModule.write(ds, series.study().patient());
        GeneralStudyModule.write(ds, series.study());
        GeneralSeriesModule.write(ds, series);
        GeneralEquipmentModule.write(ds, series.kind().equipment(), series.study().institution());
        SopCommonModule.write(ds, sopClassUid, series.instanceUid(instanceNumber), created);
        ds.setInt(Tags.InstanceNumber, VR.IS, instanceNumber);
        ds.setString(Tags.ContentDate, VR.DA, StudyContext.date(created));
        ds.setString(Tags.ContentTime, VR.TM, StudyContext.time(created));
        return ds;
    }
}
