package org.dicomharness.testdata.generator;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.testdata.context.SeriesContext;
import org.dicomharness.testdata.context.StudyContext;
import org.dicomharness.testdata.module.Code;
import org.dicomharness.testdata.module.CompositeInstance;
import org.dicomharness.testdata.module.Equipment;
import org.dicomharness.testdata.sr.ContentItem;
import org.dicomharness.testdata.sr.SrDocumentModules;

/**
 * X-Ray Radiation Dose SR IOD (PS3.3 A.35.8) with the CT Radiation Dose template, TID 10011: a head
 * examination of two irradiation events (a constant-angle localizer and a spiral acquisition, TID 10013),
 * accumulated dose data (TID 10012) and a device observer (TID 1002/1004). Doses are typical of an adult
 * head CT.
 */
public final class CtDoseSrGenerator implements ObjectGenerator {

    private static final Code PHANTOM_HEAD = Code.dcm("113690", "IEC Head Dosimetry Phantom");
    private static final String CONTAINS = "CONTAINS";

    @Override
    public List<Dataset> generate(SeriesContext series, int instances) {
        List<Dataset> out = new ArrayList<>();
        for (int n = 1; n <= instances; n++) {
            Dataset ds = CompositeInstance.start(series, Uids.XRayRadiationDoseSRStorage, n);
            SrDocumentModules.writeSeries(ds);
            SrDocumentModules.writeSrDocumentGeneral(ds, List.of());
            Equipment device = series.kind().equipment();
            LocalDateTime start = series.study().start().plusMinutes(1);
            Sequence root = ContentItem.root(ds, Code.dcm("113701", "X-Ray Radiation Dose Report"), "10011");
            Dataset procedure = ContentItem.code(root, "HAS CONCEPT MOD", Code.dcm("121058", "Procedure reported"),
                    Code.sct("77477000", "Computed Tomography X-Ray"));
            ContentItem.code(ContentItem.children(procedure), "HAS CONCEPT MOD", Code.sct("363703001", "Has Intent"),
                    Code.sct("261004008", "Diagnostic Intent"));
            ContentItem.deviceObserver(root, series.uid("dose-device"), device.stationName(), device.manufacturer(),
                    device.modelName(), device.serialNumber());
            ContentItem.dateTime(root, "HAS OBS CONTEXT", Code.dcm("113809", "Start of X-Ray Irradiation"),
                    StudyContext.dateTime(start));
            ContentItem.dateTime(root, "HAS OBS CONTEXT", Code.dcm("113810", "End of X-Ray Irradiation"),
                    StudyContext.dateTime(start.plusSeconds(95)));
            Dataset scope = ContentItem.code(root, "HAS OBS CONTEXT", Code.dcm("113705", "Scope of Accumulation"),
                    Code.dcm("113014", "Study"));
            ContentItem.uidRef(ContentItem.children(scope), "HAS PROPERTIES", Code.dcm("110180", "Study Instance UID"),
                    series.study().studyInstanceUid());
            double spiralDlp = 812.5;
            double localizerDlp = 1.9;
            Dataset accumulated = ContentItem.container(root, CONTAINS, Code.dcm("113811", "CT Accumulated Dose Data"));
            Sequence acc = ContentItem.children(accumulated);
            ContentItem.num(acc, CONTAINS, Code.dcm("113812", "Total Number of Irradiation Events"), 2,
                    Code.ucum("{events}", "events"));
            ContentItem.num(acc, CONTAINS, Code.dcm("113813", "CT Dose Length Product Total"),
                    spiralDlp + localizerDlp, ContentItem.units("mGy.cm"));
            localizer(root, series.uid("irradiation", Integer.toString(n), "1"), start, localizerDlp);
            spiral(root, series.uid("irradiation", Integer.toString(n), "2"), start.plusSeconds(60), spiralDlp);
            ContentItem.code(root, CONTAINS, Code.dcm("113854", "Source of Dose Information"),
                    Code.dcm("113856", "Automated Data Collection"));
            out.add(ds);
        }
        return out;
    }

    private static void localizer(Sequence root, String eventUid, LocalDateTime when, double dlp) {
        Sequence event = acquisition(root, "Head localizer", Code.dcm("113805", "Constant Angle Acquisition"),
                eventUid, when);
        Sequence params = ContentItem.children(ContentItem.container(event, CONTAINS,
                Code.dcm("113822", "CT Acquisition Parameters")));
        ContentItem.num(params, CONTAINS, Code.dcm("113824", "Exposure Time"), 2.1, ContentItem.units("s"));
        ContentItem.num(params, CONTAINS, Code.dcm("113825", "Scanning Length"), 256, ContentItem.units("mm"));
        ContentItem.num(params, CONTAINS, Code.dcm("113826", "Nominal Single Collimation Width"), 0.6,
                ContentItem.units("mm"));
        ContentItem.num(params, CONTAINS, Code.dcm("113827", "Nominal Total Collimation Width"), 0.6,
                ContentItem.units("mm"));
        ContentItem.num(params, CONTAINS, Code.dcm("113823", "Number of X-Ray Sources"), 1,
                Code.ucum("{X-Ray sources}", "X-Ray sources"));
        source(params, 120, 35, 35, -1);
    }

    private static void spiral(Sequence root, String eventUid, LocalDateTime when, double dlp) {
        Sequence event = acquisition(root, "Routine head", Code.sct("116152004", "Spiral Acquisition"), eventUid,
                when);
        Sequence params = ContentItem.children(ContentItem.container(event, CONTAINS,
                Code.dcm("113822", "CT Acquisition Parameters")));
        ContentItem.num(params, CONTAINS, Code.dcm("113824", "Exposure Time"), 15.6, ContentItem.units("s"));
        ContentItem.num(params, CONTAINS, Code.dcm("113825", "Scanning Length"), 155, ContentItem.units("mm"));
        ContentItem.num(params, CONTAINS, Code.dcm("113826", "Nominal Single Collimation Width"), 0.6,
                ContentItem.units("mm"));
        ContentItem.num(params, CONTAINS, Code.dcm("113827", "Nominal Total Collimation Width"), 38.4,
                ContentItem.units("mm"));
        ContentItem.num(params, CONTAINS, Code.dcm("113828", "Pitch Factor"), 0.55, Code.ucum("{ratio}", "ratio"));
        ContentItem.num(params, CONTAINS, Code.dcm("113823", "Number of X-Ray Sources"), 1,
                Code.ucum("{X-Ray sources}", "X-Ray sources"));
        source(params, 120, 380, 280, 1.0);
        Sequence dose = ContentItem.children(ContentItem.container(event, CONTAINS, Code.dcm("113829", "CT Dose")));
        ContentItem.num(dose, CONTAINS, Code.dcm("113830", "Mean CTDIvol"), 52.4, ContentItem.units("mGy"));
        ContentItem.code(dose, CONTAINS, Code.dcm("113835", "CTDIw Phantom Type"), PHANTOM_HEAD);
        ContentItem.num(dose, CONTAINS, Code.dcm("113838", "DLP"), dlp, ContentItem.units("mGy.cm"));
    }

    /** The CT Acquisition container (TID 10013) and its leading items; returns its content sequence. */
    private static Sequence acquisition(Sequence root, String protocol, Code type, String eventUid,
                                        LocalDateTime when) {
        Sequence event = ContentItem.children(ContentItem.container(root, CONTAINS,
                Code.dcm("113819", "CT Acquisition")));
        ContentItem.text(event, CONTAINS, Code.dcm("125203", "Acquisition Protocol"), protocol);
        ContentItem.code(event, CONTAINS, Code.dcm("123014", "Target Region"), Code.sct("69536005", "Head"));
        ContentItem.code(event, CONTAINS, Code.dcm("113820", "CT Acquisition Type"), type);
        ContentItem.uidRef(event, CONTAINS, Code.dcm("113769", "Irradiation Event UID"), eventUid);
        ContentItem.dateTime(event, CONTAINS, Code.dcm("111526", "DateTime Started"), StudyContext.dateTime(when));
        return event;
    }

    /** CT X-Ray Source Parameters; {@code rotationTime} below zero leaves out Exposure Time per Rotation. */
    private static void source(Sequence params, double kvp, double maxMa, double ma, double rotationTime) {
        Sequence src = ContentItem.children(ContentItem.container(params, CONTAINS,
                Code.dcm("113831", "CT X-Ray Source Parameters")));
        ContentItem.text(src, CONTAINS, Code.dcm("113832", "Identification of the X-Ray Source"), "A");
        ContentItem.num(src, CONTAINS, Code.dcm("113733", "KVP"), kvp, ContentItem.units("kV"));
        ContentItem.num(src, CONTAINS, Code.dcm("113833", "Maximum X-Ray Tube Current"), maxMa, ContentItem.units("mA"));
        ContentItem.num(src, CONTAINS, Code.dcm("113734", "X-Ray Tube Current"), ma, ContentItem.units("mA"));
        if (rotationTime > 0) {
            ContentItem.num(src, CONTAINS, Code.dcm("113834", "Exposure Time per Rotation"), rotationTime,
                    ContentItem.units("s"));
        }
    }
}
