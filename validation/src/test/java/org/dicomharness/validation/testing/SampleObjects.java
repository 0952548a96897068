package org.dicomharness.validation.testing;

import java.util.concurrent.atomic.AtomicLong;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;

/**
 * Minimal builders of valid objects for the IODs the validation tests and the dciodvfy agreement corpus need.
 * Each object carries the mandatory modules of its IOD (PS3.3 Annex A) with their Type 1 and Type 2 attributes;
 * the values are small but plausible (a 16 x 16 image, one frame per item, ...). Deterministic: the UIDs come from
 * a counter, not from the clock.
 */
public final class SampleObjects {

    private final AtomicLong counter = new AtomicLong();
    private final String studyUid;
    private final String frameOfReferenceUid;

    public SampleObjects() {
        this.studyUid = uid();
        this.frameOfReferenceUid = uid();
    }

    public String uid() {
        return TestUids.next(counter);
    }

    // ------------------------------------------------------------------ common modules

    /** Patient, General Study, General Series, General Equipment and SOP Common for {@code sopClass}. */
    public Dataset base(String sopClass, String modality) {
        Dataset d = new Dataset();
        d.setString(Tags.SpecificCharacterSet, "ISO_IR 100");
        d.setString(Tags.SOPClassUID, sopClass);
        d.setString(Tags.SOPInstanceUID, uid());
        d.setString(Tags.StudyDate, "20240115");
        d.setString(Tags.StudyTime, "101500");
        d.setString(Tags.ContentDate, "20240115");
        d.setString(Tags.ContentTime, "101600");
        d.setString(Tags.AccessionNumber, "A1001");
        d.setString(Tags.Modality, modality);
        d.setString(Tags.Manufacturer, "Harness Test Devices");
        d.setString(Tags.ReferringPhysicianName, "Referrer^Ruth");
        d.setString(Tags.PatientName, "Doe^Jane");
        d.setString(Tags.PatientID, "PID0001");
        d.setString(Tags.PatientBirthDate, "19700101");
        d.setString(Tags.PatientSex, "F");
        d.setString(Tags.StudyInstanceUID, studyUid);
        d.setString(Tags.SeriesInstanceUID, uid());
        d.setString(Tags.StudyID, "S1");
        d.setString(Tags.SeriesNumber, "1");
        d.setString(Tags.InstanceNumber, "1");
        return d;
    }

    /** General Image, Image Plane and Image Pixel (MONOCHROME2) for a single-frame image of rows x columns. */
    public void image(Dataset d, int rows, int columns, int bits, boolean plane) {
        d.setString(Tags.PatientOrientation, "L", "P");
        d.setString(Tags.ImageType, "ORIGINAL", "PRIMARY", "AXIAL");
        if (plane) {
            d.setString(Tags.FrameOfReferenceUID, frameOfReferenceUid);
            d.setString(Tags.PositionReferenceIndicator, "");
            d.setString(Tags.PixelSpacing, "0.5", "0.5");
            d.setString(Tags.ImageOrientationPatient, "1", "0", "0", "0", "1", "0");
            d.setString(Tags.ImagePositionPatient, "-4", "-4", "10");
            d.setString(Tags.SliceThickness, "1");
            d.setString(Tags.PatientOrientation, new String[0]);
        }
        pixels(d, rows, columns, bits, 1, "MONOCHROME2", 1);
    }

    /** Image Pixel module attributes and native Pixel Data of the right length. */
    public void pixels(Dataset d, int rows, int columns, int bits, int samples, String photometric, int frames) {
        d.setInt(Tags.SamplesPerPixel, samples);
        d.setString(Tags.PhotometricInterpretation, photometric);
        d.setInt(Tags.Rows, rows);
        d.setInt(Tags.Columns, columns);
        d.setInt(Tags.BitsAllocated, bits);
        d.setInt(Tags.BitsStored, bits == 16 ? 12 : bits);
        d.setInt(Tags.HighBit, (bits == 16 ? 12 : bits) - 1);
        d.setInt(Tags.PixelRepresentation, 0);
        if (samples > 1) {
            d.setInt(Tags.PlanarConfiguration, 0);
        }
        byte[] data = new byte[rows * columns * samples * frames * bits / 8];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i % 7);
        }
        d.setBytes(Tags.PixelData, bits > 8 ? VR.OW : VR.OB, data);
    }

    /** Sets numbers in the VR PS3.6 gives the tag (DS/IS as strings, FL/FD/US/UL... binary). */
    public static void num(Dataset d, int tag, double... values) {
        VR vr = org.dicomharness.dicom.dict.ElementDictionary.standard().vrOf(tag);
        if (vr == VR.FD || vr == VR.FL || vr == VR.DS) {
            d.setDouble(tag, vr, values);
        } else {
            long[] longs = new long[values.length];
            for (int i = 0; i < values.length; i++) {
                longs[i] = (long) values[i];
            }
            d.setLong(tag, vr, longs);
        }
    }

    public static Dataset code(Sequence seq, String value, String scheme, String meaning) {
        Dataset item = seq.addItem();
        item.setString(Tags.CodeValue, value);
        item.setString(Tags.CodingSchemeDesignator, scheme);
        item.setString(Tags.CodeMeaning, meaning);
        return item;
    }

    // ------------------------------------------------------------------ IODs

    public Dataset ct() {
        Dataset d = base(Uids.CTImageStorage, "CT");
        d.setString(Tags.PatientPosition, "HFS");
        d.setString(Tags.Laterality, new String[0]);
        image(d, 16, 16, 16, true);
        d.setString(Tags.KVP, "120");
        d.setString(Tags.AcquisitionNumber, "1");
        d.setString(Tags.RescaleIntercept, "-1024");
        d.setString(Tags.RescaleSlope, "1");
        d.setString(Tags.RescaleType, "HU");
        return d;
    }

    public Dataset mr() {
        Dataset d = base(Uids.MRImageStorage, "MR");
        d.setString(Tags.PatientPosition, "HFS");
        d.setString(Tags.Laterality, new String[0]);
        image(d, 16, 16, 16, true);
        d.setString(Tags.ScanningSequence, "SE");
        d.setString(Tags.SequenceVariant, "NONE");
        d.setString(Tags.ScanOptions, new String[0]);
        d.setString(Tags.MRAcquisitionType, "2D");
        d.setString(Tags.RepetitionTime, "500");
        d.setString(Tags.EchoTime, "20");
        d.setString(Tags.EchoTrainLength, "1");
        d.setString(Tags.ImagingFrequency, "63.9");
        d.setString(Tags.MagneticFieldStrength, "1.5");
        d.setString(Tags.AcquisitionNumber, "1");
        return d;
    }

    public Dataset cr() {
        Dataset d = base(Uids.ComputedRadiographyImageStorage, "CR");
                d.setString(Tags.BodyPartExamined, "CHEST");
        d.setString(Tags.ViewPosition, "PA");
        d.setString(Tags.PatientOrientation, "L", "F");
        d.setString(Tags.ImageType, "ORIGINAL", "PRIMARY");
        pixels(d, 16, 16, 16, 1, "MONOCHROME2", 1);
        return d;
    }

    public Dataset dx() {
        Dataset d = base(Uids.DigitalXRayImageStorageForPresentation, "DX");
                d.setString(Tags.ImageType, "ORIGINAL", "PRIMARY");
        d.setString(Tags.PatientOrientation, "L", "F");
        d.setString(Tags.ImageLaterality, "U");
        d.setString(Tags.PresentationIntentType, "FOR PRESENTATION");
        d.setString(Tags.PixelIntensityRelationship, "LIN");
        d.setInt(Tags.PixelIntensityRelationshipSign, VR.SS, 1);
        d.setString(Tags.RescaleIntercept, "0");
        d.setString(Tags.RescaleSlope, "1");
        d.setString(Tags.RescaleType, "US");
        d.setString(Tags.LossyImageCompression, "00");
        d.setString(Tags.BurnedInAnnotation, "NO");
        d.setString(Tags.WindowCenter, "2048");
        d.setString(Tags.WindowWidth, "4096");
        d.setString(Tags.ImagerPixelSpacing, "0.1", "0.1");
        d.setString(Tags.DetectorType, "DIRECT");
        d.setString(Tags.ViewPosition, "PA");
        d.setString(Tags.PositionerType, "NONE");
        d.newSequence(Tags.AnatomicRegionSequence);
        code(d.getSequence(Tags.AnatomicRegionSequence), "51185008", "SCT", "Chest");
        d.setString(Tags.QualityControlImage, "NO");
        d.setString(Tags.PresentationLUTShape, "IDENTITY");
        d.newSequence(Tags.AcquisitionContextSequence);
        pixels(d, 16, 16, 16, 1, "MONOCHROME2", 1);
        return d;
    }

    public Dataset mg() {
        Dataset d = dx();
        d.setString(Tags.SOPClassUID, Uids.DigitalMammographyXRayImageStorageForPresentation);
        d.setString(Tags.Modality, "MG");
        d.setString(Tags.ImageLaterality, "L");
        d.setString(Tags.ViewPosition, "CC");
        d.setString(Tags.PositionerType, "MAMMOGRAPHIC");
        d.setString(Tags.DetectorType, "DIRECT");
        d.setString(Tags.OrganExposed, "BREAST");
        d.setString(Tags.BreastImplantPresent, "NO");
        d.setString(Tags.PartialView, "NO");
        d.setString(Tags.PatientOrientation, "P", "L");
        d.setString(Tags.BodyPartExamined, "BREAST");
        d.remove(Tags.AnatomicRegionSequence);
        code(d.newSequence(Tags.AnatomicRegionSequence), "76752008", "SCT", "Breast");
        Sequence view = d.newSequence(Tags.ViewCodeSequence);
        code(view, "399162004", "SCT", "cranio-caudal");
        view.get(0).newSequence(Tags.ViewModifierCodeSequence);
        return d;
    }

    public Dataset us() {
        Dataset d = base(Uids.UltrasoundImageStorage, "US");
        d.setString(Tags.Laterality, new String[0]);
        d.setString(Tags.PatientOrientation, new String[0]);
        d.setString(Tags.ImageType, "ORIGINAL", "PRIMARY", "ABDOMINAL", "0001");
        pixels(d, 16, 16, 8, 1, "MONOCHROME2", 1);
        return d;
    }

    public Dataset usMultiFrame() {
        Dataset d = us();
        d.setString(Tags.SOPClassUID, Uids.UltrasoundMultiFrameImageStorage);
        d.setString(Tags.NumberOfFrames, "4");
        d.setInt(Tags.FrameIncrementPointer, VR.AT, Tags.FrameTime);
        d.setString(Tags.FrameTime, "33.3");
        pixels(d, 16, 16, 8, 1, "MONOCHROME2", 4);
        return d;
    }

    public Dataset nm() {
        Dataset d = base(Uids.NuclearMedicineImageStorage, "NM");
        d.setString(Tags.Laterality, new String[0]);
        d.setString(Tags.PatientOrientation, new String[0]);
        d.setString(Tags.ImageType, "ORIGINAL", "PRIMARY", "STATIC", "EMISSION");
        d.setString(Tags.NumberOfFrames, "1");
        d.setInt(Tags.FrameIncrementPointer, VR.AT, Tags.EnergyWindowVector, Tags.DetectorVector);
        d.setInt(Tags.EnergyWindowVector, 1);
        d.setInt(Tags.NumberOfEnergyWindows, 1);
        d.setInt(Tags.DetectorVector, 1);
        d.setInt(Tags.NumberOfDetectors, 1);
        d.newSequence(Tags.DetectorInformationSequence).addItem();
        d.newSequence(Tags.EnergyWindowInformationSequence).addItem();
        Dataset rad = d.newSequence(Tags.RadiopharmaceuticalInformationSequence).addItem();
        rad.newSequence(Tags.RadionuclideCodeSequence);
        d.newSequence(Tags.PatientOrientationCodeSequence);
        d.newSequence(Tags.PatientGantryRelationshipCodeSequence);
        d.setString(Tags.PixelSpacing, "2", "2");
        d.setString(Tags.CountsAccumulated, "1000");
        d.setString(Tags.ActualFrameDuration, "1000");
        Dataset detector = d.getSequence(Tags.DetectorInformationSequence).get(0);
        detector.setString(Tags.CollimatorType, "PARA");
        detector.setString(Tags.FocalDistance, new String[0]);
        detector.setString(Tags.ImageOrientationPatient, "1", "0", "0", "0", "1", "0");
        detector.setString(Tags.ImagePositionPatient, "0", "0", "0");
        pixels(d, 16, 16, 16, 1, "MONOCHROME2", 1);
        d.setInt(Tags.BitsStored, 16);
        d.setInt(Tags.HighBit, 15);
        return d;
    }

    public Dataset pt() {
        Dataset d = base(Uids.PositronEmissionTomographyImageStorage, "PT");
        d.setString(Tags.Laterality, new String[0]);
        image(d, 16, 16, 16, true);
        d.setString(Tags.SeriesDate, "20240115");
        d.setString(Tags.SeriesTime, "101500");
        d.setInt(Tags.BitsStored, 16);
        d.setInt(Tags.HighBit, 15);
        d.setString(Tags.Units, "BQML");
        d.setString(Tags.CountsSource, "EMISSION");
        d.setString(Tags.SeriesType, "STATIC", "IMAGE");
        d.setString(Tags.CorrectedImage, "DECY", "ATTN");
        d.setString(Tags.DecayCorrection, "START");
        d.setInt(Tags.NumberOfSlices, 1);
        d.setString(Tags.CollimatorType, "NONE");
        d.setString(Tags.ImageType, "ORIGINAL", "PRIMARY");
        d.setString(Tags.RescaleIntercept, "0");
        d.setString(Tags.RescaleSlope, "1");
        d.setString(Tags.FrameReferenceTime, "0");
        d.setInt(Tags.ImageIndex, 1);
        d.setString(Tags.AcquisitionDate, "20240115");
        d.setString(Tags.AcquisitionTime, "101500");
        d.setString(Tags.ActualFrameDuration, "1000");
        d.setString(Tags.DecayFactor, "1");
        d.setString(Tags.PrimaryPromptsCountsAccumulated, "1000");
        d.newSequence(Tags.PatientOrientationCodeSequence);
        d.newSequence(Tags.PatientGantryRelationshipCodeSequence);
        Dataset rad = d.newSequence(Tags.RadiopharmaceuticalInformationSequence).addItem();
        rad.newSequence(Tags.RadionuclideCodeSequence);
        rad.setString(Tags.RadionuclideTotalDose, "370000000");
        rad.setString(Tags.RadionuclideHalfLife, "6586.2");
        rad.setString(Tags.RadiopharmaceuticalStartTime, "090000");
        return d;
    }

    public Dataset sc() {
        Dataset d = base(Uids.SecondaryCaptureImageStorage, "OT");
        d.setString(Tags.Laterality, new String[0]);
        d.setString(Tags.PatientOrientation, new String[0]);
        d.setString(Tags.ConversionType, "WSD");
        pixels(d, 16, 16, 8, 1, "MONOCHROME2", 1);
        return d;
    }

    public Dataset encapsulatedPdf() {
        Dataset d = base(Uids.EncapsulatedPDFStorage, "DOC");
        d.setString(Tags.ConversionType, "WSD");
        d.setString(Tags.AcquisitionDateTime, "20240115101500");
        d.setString(Tags.BurnedInAnnotation, "YES");
        d.setString(Tags.DocumentTitle, "Report");
        d.newSequence(Tags.ConceptNameCodeSequence);
        d.setString(Tags.MIMETypeOfEncapsulatedDocument, "application/pdf");
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        d.setBytes(Tags.EncapsulatedDocument, VR.OB, pdf);
        d.setLong(Tags.EncapsulatedDocumentLength, VR.UL, pdf.length);
        return d;
    }

    public Dataset ecg() {
        Dataset d = base(Uids.TwelveLeadECGWaveformStorage, "ECG");
        d.setString(Tags.AcquisitionDateTime, "20240115101500");
        d.setString(Tags.SynchronizationTrigger, "NO TRIGGER");
        d.setString(Tags.AcquisitionTimeSynchronized, "N");
        d.setString(Tags.SynchronizationFrameOfReferenceUID, "1.2.840.10008.15.1.1");
        d.newSequence(Tags.AcquisitionContextSequence);
        Dataset mux = d.newSequence(Tags.WaveformSequence).addItem();
        mux.setString(Tags.WaveformOriginality, "ORIGINAL");
        mux.setInt(Tags.NumberOfWaveformChannels, 1);
        mux.setLong(Tags.NumberOfWaveformSamples, VR.UL, 10);
        mux.setString(Tags.SamplingFrequency, "500");
        mux.setString(Tags.MultiplexGroupLabel, "RHYTHM");
        Dataset ch = mux.newSequence(Tags.ChannelDefinitionSequence).addItem();
        ch.setInt(Tags.WaveformChannelNumber, 1);
        Dataset src = ch.newSequence(Tags.ChannelSourceSequence).addItem();
        src.setString(Tags.CodeValue, "2:1");
        src.setString(Tags.CodingSchemeDesignator, "MDC");
        src.setString(Tags.CodingSchemeVersion, "1.0");
        src.setString(Tags.CodeMeaning, "Lead I");
        ch.setString(Tags.ChannelSensitivity, "1");
        Sequence units = ch.newSequence(Tags.ChannelSensitivityUnitsSequence);
        Dataset u = code(units, "uV", "UCUM", "microvolt");
        u.setString(Tags.CodingSchemeVersion, "1.4");
        ch.setString(Tags.ChannelSensitivityCorrectionFactor, "1");
        ch.setString(Tags.ChannelBaseline, "0");
        ch.setString(Tags.ChannelSampleSkew, "0");
        ch.setInt(Tags.WaveformBitsStored, 16);
        ch.setString(Tags.FilterLowFrequency, "0.05");
        ch.setString(Tags.FilterHighFrequency, "100");
        mux.setInt(Tags.WaveformBitsAllocated, 16);
        mux.setString(Tags.WaveformSampleInterpretation, "SS");
        mux.setBytes(Tags.WaveformData, VR.OW, new byte[20]);
        return d;
    }

    /** An SR document header (SR Document Series, General Equipment, SR Document General) with a root container. */
    public Dataset srDocument(String sopClass, String rootValue, String rootScheme, String rootMeaning) {
        Dataset d = base(sopClass, "SR");
        d.setString(Tags.ValueType, "CONTAINER");
        code(d.newSequence(Tags.ConceptNameCodeSequence), rootValue, rootScheme, rootMeaning);
        d.setString(Tags.ContinuityOfContent, "SEPARATE");
        d.setString(Tags.ManufacturerModelName, "Model");
        d.setString(Tags.DeviceSerialNumber, "SN1");
        d.setString(Tags.SoftwareVersions, "1.0");
        d.setString(Tags.CompletionFlag, "COMPLETE");
        d.setString(Tags.VerificationFlag, "UNVERIFIED");
        d.newSequence(Tags.PerformedProcedureCodeSequence);
        d.newSequence(Tags.ReferencedPerformedProcedureStepSequence);
        d.newSequence(Tags.ContentSequence);
        return d;
    }

    public static Dataset item(Dataset parent, String relationship, String valueType, String value, String scheme,
                               String meaning) {
        Sequence content = parent.getSequence(Tags.ContentSequence);
        if (content == null) {
            content = parent.newSequence(Tags.ContentSequence);
        }
        Dataset item = content.addItem();
        item.setString(Tags.RelationshipType, relationship);
        item.setString(Tags.ValueType, valueType);
        code(item.newSequence(Tags.ConceptNameCodeSequence), value, scheme, meaning);
        if (valueType.equals("CONTAINER")) {
            item.setString(Tags.ContinuityOfContent, "SEPARATE");
        }
        return item;
    }

    public static Dataset codeItem(Dataset parent, String relationship, String[] concept, String[] value) {
        Dataset item = item(parent, relationship, "CODE", concept[0], concept[1], concept[2]);
        code(item.newSequence(Tags.ConceptCodeSequence), value[0], value[1], value[2]);
        return item;
    }

    public static Dataset numItem(Dataset parent, String relationship, String[] concept, String number, String[] units) {
        Dataset item = item(parent, relationship, "NUM", concept[0], concept[1], concept[2]);
        Dataset mv = item.newSequence(Tags.MeasuredValueSequence).addItem();
        mv.setString(Tags.NumericValue, number);
        code(mv.newSequence(Tags.MeasurementUnitsCodeSequence), units[0], units[1], units[2]);
        return item;
    }

    public static Dataset textItem(Dataset parent, String relationship, String[] concept, String text) {
        Dataset item = item(parent, relationship, "TEXT", concept[0], concept[1], concept[2]);
        item.setString(Tags.TextValue, text);
        return item;
    }

    public Dataset basicTextSr() {
        Dataset d = srDocument(Uids.BasicTextSRStorage, "11528-7", "LN", "Radiology Report");
        textItem(d, "CONTAINS", new String[] {"121071", "DCM", "Finding"}, "No acute findings.");
        return d;
    }

    public Dataset keyObjectSelection() {
        Dataset d = base(Uids.KeyObjectSelectionDocumentStorage, "KO");
        d.setString(Tags.ValueType, "CONTAINER");
        code(d.newSequence(Tags.ConceptNameCodeSequence), "113000", "DCM", "Of Interest");
        d.setString(Tags.ContinuityOfContent, "SEPARATE");
        Dataset template = d.newSequence(Tags.ContentTemplateSequence).addItem();
        template.setString(Tags.MappingResource, "DCMR");
        template.setString(Tags.TemplateIdentifier, "2010");
        d.newSequence(Tags.ReferencedPerformedProcedureStepSequence);
        String sopInstance = uid();
        String seriesUid = uid();
        Dataset study = d.newSequence(Tags.CurrentRequestedProcedureEvidenceSequence).addItem();
        study.setString(Tags.StudyInstanceUID, d.getString(Tags.StudyInstanceUID));
        Dataset series = study.newSequence(Tags.ReferencedSeriesSequence).addItem();
        series.setString(Tags.SeriesInstanceUID, seriesUid);
        Dataset sop = series.newSequence(Tags.ReferencedSOPSequence).addItem();
        sop.setString(Tags.ReferencedSOPClassUID, Uids.CTImageStorage);
        sop.setString(Tags.ReferencedSOPInstanceUID, sopInstance);
        Dataset image = d.newSequence(Tags.ContentSequence).addItem();
        image.setString(Tags.RelationshipType, "CONTAINS");
        image.setString(Tags.ValueType, "IMAGE");
        Dataset ref = image.newSequence(Tags.ReferencedSOPSequence).addItem();
        ref.setString(Tags.ReferencedSOPClassUID, Uids.CTImageStorage);
        ref.setString(Tags.ReferencedSOPInstanceUID, sopInstance);
        return d;
    }

    private static final String[] UCUM_EVENTS = {"{events}", "UCUM", "events"};
    private static final String[] MGYCM = {"mGy.cm", "UCUM", "mGy.cm"};
    private static final String[] MGY = {"mGy", "UCUM", "mGy"};
    private static final String[] MM = {"mm", "UCUM", "mm"};
    private static final String[] SEC = {"s", "UCUM", "s"};
    private static final String[] KV = {"kV", "UCUM", "kV"};
    private static final String[] MA = {"mA", "UCUM", "mA"};

    /** An X-Ray Radiation Dose SR following TID 10011 CT Radiation Dose with one irradiation event. */
    public Dataset ctDoseSr() {
        Dataset d = srDocument(Uids.XRayRadiationDoseSRStorage, "113701", "DCM", "X-Ray Radiation Dose Report");
        d.setString(Tags.Modality, "SR");
        Dataset template = d.newSequence(Tags.ContentTemplateSequence).addItem();
        template.setString(Tags.MappingResource, "DCMR");
        template.setString(Tags.TemplateIdentifier, "10011");
        Dataset procedure = codeItem(d, "HAS CONCEPT MOD", new String[] {"121058", "DCM", "Procedure reported"},
                new String[] {"77477000", "SCT", "Computed Tomography X-Ray"});
        codeItem(procedure, "HAS CONCEPT MOD", new String[] {"363703001", "SCT", "Has Intent"},
                new String[] {"261004008", "SCT", "Diagnostic Intent"});
        codeItem(d, "HAS OBS CONTEXT", new String[] {"121005", "DCM", "Observer Type"},
                new String[] {"121007", "DCM", "Device"});
        Dataset uidItem = item(d, "HAS OBS CONTEXT", "UIDREF", "121012", "DCM", "Device Observer UID");
        uidItem.setString(Tags.UID, uid());
        Dataset start = item(d, "HAS OBS CONTEXT", "DATETIME", "113809", "DCM", "Start of X-Ray Irradiation");
        start.setString(Tags.DateTime, "20240115101500");
        Dataset end = item(d, "HAS OBS CONTEXT", "DATETIME", "113810", "DCM", "End of X-Ray Irradiation");
        end.setString(Tags.DateTime, "20240115102000");
        Dataset scope = codeItem(d, "HAS OBS CONTEXT", new String[] {"113705", "DCM", "Scope of Accumulation"},
                new String[] {"113014", "DCM", "Study"});
        Dataset studyUid = item(scope, "HAS PROPERTIES", "UIDREF", "110180", "DCM", "Study Instance UID");
        studyUid.setString(Tags.UID, d.getString(Tags.StudyInstanceUID));
        Dataset accumulated = item(d, "CONTAINS", "CONTAINER", "113811", "DCM", "CT Accumulated Dose Data");
        numItem(accumulated, "CONTAINS", new String[] {"113812", "DCM", "Total Number of Irradiation Events"}, "1",
                UCUM_EVENTS);
        numItem(accumulated, "CONTAINS", new String[] {"113813", "DCM", "CT Dose Length Product Total"}, "250",
                MGYCM);
        Dataset event = item(d, "CONTAINS", "CONTAINER", "113819", "DCM", "CT Acquisition");
        codeItem(event, "CONTAINS", new String[] {"123014", "DCM", "Target Region"},
                new String[] {"816094009", "SCT", "Chest"});
        codeItem(event, "CONTAINS", new String[] {"113820", "DCM", "CT Acquisition Type"},
                new String[] {"116152004", "SCT", "Spiral Acquisition"});
        Dataset eventUid = item(event, "CONTAINS", "UIDREF", "113769", "DCM", "Irradiation Event UID");
        eventUid.setString(Tags.UID, uid());
        Dataset params = item(event, "CONTAINS", "CONTAINER", "113822", "DCM", "CT Acquisition Parameters");
        numItem(params, "CONTAINS", new String[] {"113824", "DCM", "Exposure Time"}, "5", SEC);
        numItem(params, "CONTAINS", new String[] {"113825", "DCM", "Scanning Length"}, "300", MM);
        numItem(params, "CONTAINS", new String[] {"113826", "DCM", "Nominal Single Collimation Width"}, "0.625", MM);
        numItem(params, "CONTAINS", new String[] {"113827", "DCM", "Nominal Total Collimation Width"}, "40", MM);
        numItem(params, "CONTAINS", new String[] {"113828", "DCM", "Pitch Factor"}, "1", new String[] {"{ratio}", "UCUM", "ratio"});
        numItem(params, "CONTAINS", new String[] {"113823", "DCM", "Number of X-Ray Sources"}, "1",
                new String[] {"{X-Ray sources}", "UCUM", "X-Ray sources"});
        Dataset source = item(params, "CONTAINS", "CONTAINER", "113831", "DCM", "CT X-Ray Source Parameters");
        textItem(source, "CONTAINS", new String[] {"113832", "DCM", "Identification of the X-Ray Source"}, "A");
        numItem(source, "CONTAINS", new String[] {"113733", "DCM", "KVP"}, "120", KV);
        numItem(source, "CONTAINS", new String[] {"113833", "DCM", "Maximum X-Ray Tube Current"}, "300", MA);
        numItem(source, "CONTAINS", new String[] {"113734", "DCM", "X-Ray Tube Current"}, "200", MA);
        numItem(source, "CONTAINS", new String[] {"113834", "DCM", "Exposure Time per Rotation"}, "0.5", SEC);
        Dataset dose = item(event, "CONTAINS", "CONTAINER", "113829", "DCM", "CT Dose");
        numItem(dose, "CONTAINS", new String[] {"113830", "DCM", "Mean CTDIvol"}, "10", MGY);
        codeItem(dose, "CONTAINS", new String[] {"113835", "DCM", "CTDIw Phantom Type"},
                new String[] {"113691", "DCM", "IEC Body Dosimetry Phantom"});
        numItem(dose, "CONTAINS", new String[] {"113838", "DCM", "DLP"}, "250", MGYCM);
        codeItem(d, "CONTAINS", new String[] {"113854", "DCM", "Source of Dose Information"},
                new String[] {"113856", "DCM", "Automated Data Collection"});
        return d;
    }

    /** An X-Ray Radiation Dose SR following TID 10001 Projection X-Ray Radiation Dose. */
    public Dataset projectionDoseSr() {
        Dataset d = srDocument(Uids.XRayRadiationDoseSRStorage, "113701", "DCM", "X-Ray Radiation Dose Report");
        Dataset template = d.newSequence(Tags.ContentTemplateSequence).addItem();
        template.setString(Tags.MappingResource, "DCMR");
        template.setString(Tags.TemplateIdentifier, "10001");
        Dataset procedure = codeItem(d, "HAS CONCEPT MOD", new String[] {"121058", "DCM", "Procedure reported"},
                new String[] {"113704", "DCM", "Projection X-Ray"});
        codeItem(procedure, "HAS CONCEPT MOD", new String[] {"363703001", "SCT", "Has Intent"},
                new String[] {"261004008", "SCT", "Diagnostic Intent"});
        codeItem(d, "HAS OBS CONTEXT", new String[] {"121005", "DCM", "Observer Type"},
                new String[] {"121007", "DCM", "Device"});
        Dataset uidItem = item(d, "HAS OBS CONTEXT", "UIDREF", "121012", "DCM", "Device Observer UID");
        uidItem.setString(Tags.UID, uid());
        Dataset scope = codeItem(d, "HAS OBS CONTEXT", new String[] {"113705", "DCM", "Scope of Accumulation"},
                new String[] {"113014", "DCM", "Study"});
        Dataset studyUid = item(scope, "HAS PROPERTIES", "UIDREF", "110180", "DCM", "Study Instance UID");
        studyUid.setString(Tags.UID, d.getString(Tags.StudyInstanceUID));
        Dataset accumulated = item(d, "CONTAINS", "CONTAINER", "113702", "DCM", "Accumulated X-Ray Dose Data");
        codeItem(accumulated, "HAS CONCEPT MOD", new String[] {"113764", "DCM", "Acquisition Plane"},
                new String[] {"113622", "DCM", "Single Plane"});
        Dataset total = accumulated;
        numItem(total, "CONTAINS", new String[] {"113722", "DCM", "Dose Area Product Total"}, "0.001",
                new String[] {"Gy.m2", "UCUM", "Gy.m2"});
        numItem(total, "CONTAINS", new String[] {"113725", "DCM", "Dose (RP) Total"}, "0.01", new String[] {"Gy", "UCUM", "Gy"});
        numItem(total, "CONTAINS", new String[] {"113730", "DCM", "Total Fluoro Time"}, "60", SEC);
        numItem(total, "CONTAINS", new String[] {"113726", "DCM", "Fluoro Dose Area Product Total"}, "0.0005",
                new String[] {"Gy.m2", "UCUM", "Gy.m2"});
        numItem(total, "CONTAINS", new String[] {"113728", "DCM", "Fluoro Dose (RP) Total"}, "0.005", new String[] {"Gy", "UCUM", "Gy"});
        numItem(total, "CONTAINS", new String[] {"113727", "DCM", "Acquisition Dose Area Product Total"}, "0.0005",
                new String[] {"Gy.m2", "UCUM", "Gy.m2"});
        numItem(total, "CONTAINS", new String[] {"113729", "DCM", "Acquisition Dose (RP) Total"}, "0.005",
                new String[] {"Gy", "UCUM", "Gy"});
        numItem(total, "CONTAINS", new String[] {"113731", "DCM", "Total Number of Radiographic Frames"}, "10",
                new String[] {"1", "UCUM", "no units"});
        codeItem(total, "CONTAINS", new String[] {"113780", "DCM", "Reference Point Definition"},
                new String[] {"113860", "DCM", "15cm from Isocenter toward Source"});
        codeItem(d, "CONTAINS", new String[] {"113854", "DCM", "Source of Dose Information"},
                new String[] {"113856", "DCM", "Automated Data Collection"});
        return d;
    }

    /** Enhanced CT with {@code frames} frames and per-frame functional groups. */
    public Dataset enhancedCt(int frames) {
        Dataset d = base(Uids.EnhancedCTImageStorage, "CT");
        d.remove(Tags.InstanceNumber);
        num(d, Tags.InstanceNumber, 1);
        d.setString(Tags.PatientPosition, "HFS");
        d.setString(Tags.FrameOfReferenceUID, frameOfReferenceUid);
        d.setString(Tags.PositionReferenceIndicator, "");
        d.setString(Tags.DeviceSerialNumber, "SN1");
        d.setString(Tags.ManufacturerModelName, "Model");
        d.setString(Tags.SoftwareVersions, "1.0");
        d.setString(Tags.ImageType, "ORIGINAL", "PRIMARY", "VOLUME", "NONE");
        num(d, Tags.AcquisitionNumber, 1);
        d.setString(Tags.AcquisitionDateTime, "20240115101500");
        d.setDouble(Tags.AcquisitionDuration, VR.FD, 5);
        d.setString(Tags.ContentQualification, "PRODUCT");
        d.setString(Tags.PixelPresentation, "MONOCHROME");
        d.setString(Tags.VolumetricProperties, "VOLUME");
        d.setString(Tags.VolumeBasedCalculationTechnique, "NONE");
        d.setString(Tags.BurnedInAnnotation, "NO");
        d.setString(Tags.LossyImageCompression, "00");
        d.setString(Tags.PresentationLUTShape, "IDENTITY");
        d.setString(Tags.NumberOfFrames, String.valueOf(frames));
        d.newSequence(Tags.AcquisitionContextSequence);
        d.setString(Tags.DimensionOrganizationType, "3D");
        String dimensionUid = uid();
        Dataset dimOrg = d.newSequence(Tags.DimensionOrganizationSequence).addItem();
        dimOrg.setString(Tags.DimensionOrganizationUID, dimensionUid);
        Sequence index = d.newSequence(Tags.DimensionIndexSequence);
        Dataset dim = index.addItem();
        dim.setString(Tags.DimensionOrganizationUID, dimensionUid);
        dim.setInt(Tags.DimensionIndexPointer, VR.AT, Tags.InStackPositionNumber);
        dim.setInt(Tags.FunctionalGroupPointer, VR.AT, Tags.FrameContentSequence);
        pixels(d, 16, 16, 16, 1, "MONOCHROME2", frames);
        Dataset shared = d.newSequence(Tags.SharedFunctionalGroupsSequence).addItem();
        Dataset measures = shared.newSequence(Tags.PixelMeasuresSequence).addItem();
        measures.setString(Tags.PixelSpacing, "0.5", "0.5");
        measures.setString(Tags.SliceThickness, "1");
        shared.newSequence(Tags.PlaneOrientationSequence).addItem()
                .setString(Tags.ImageOrientationPatient, "1", "0", "0", "0", "1", "0");
        Dataset anatomy = shared.newSequence(Tags.FrameAnatomySequence).addItem();
        anatomy.setString(Tags.FrameLaterality, "U");
        code(anatomy.newSequence(Tags.AnatomicRegionSequence), "51185008", "SCT", "Chest");
        shared.newSequence(Tags.IrradiationEventIdentificationSequence).addItem()
                .setString(Tags.IrradiationEventUID, uid());
        Dataset frameType = shared.newSequence(Tags.CTImageFrameTypeSequence).addItem();
        frameType.setString(Tags.FrameType, "ORIGINAL", "PRIMARY", "VOLUME", "NONE");
        frameType.setString(Tags.PixelPresentation, "MONOCHROME");
        frameType.setString(Tags.VolumetricProperties, "VOLUME");
        frameType.setString(Tags.VolumeBasedCalculationTechnique, "NONE");
        Dataset acqType = shared.newSequence(Tags.CTAcquisitionTypeSequence).addItem();
        acqType.setString(Tags.AcquisitionType, "SPIRAL");
        acqType.setString(Tags.ConstantVolumeFlag, "NO");
        acqType.setString(Tags.FluoroscopyFlag, "NO");
        Dataset details = shared.newSequence(Tags.CTAcquisitionDetailsSequence).addItem();
        num(details, Tags.DataCollectionDiameter, 500);
        num(details, Tags.GantryDetectorTilt, 0);
        num(details, Tags.TableHeight, 100);
        details.setString(Tags.RotationDirection, "CW");
        num(details, Tags.RevolutionTime, 0.5);
        num(details, Tags.SingleCollimationWidth, 0.625);
        num(details, Tags.TotalCollimationWidth, 40);
        Dataset table = shared.newSequence(Tags.CTTableDynamicsSequence).addItem();
        num(table, Tags.TableSpeed, 80);
        num(table, Tags.TableFeedPerRotation, 40);
        num(table, Tags.SpiralPitchFactor, 1);
        Dataset position = shared.newSequence(Tags.CTPositionSequence).addItem();
        num(position, Tags.TablePosition, 0);
        num(position, Tags.ReconstructionTargetCenterPatient, 0, 0, 0);
        num(position, Tags.DataCollectionCenterPatient, 0, 0, 0);
        Dataset geometry = shared.newSequence(Tags.CTGeometrySequence).addItem();
        num(geometry, Tags.DistanceSourceToDetector, 1000);
        num(geometry, Tags.DistanceSourceToDataCollectionCenter, 500);
        Dataset recon = shared.newSequence(Tags.CTReconstructionSequence).addItem();
        recon.setString(Tags.ReconstructionAlgorithm, "FILTER_BACK_PROJ");
        recon.setString(Tags.ConvolutionKernel, "STANDARD");
        recon.setString(Tags.ConvolutionKernelGroup, "SOFT_TISSUE");
        num(recon, Tags.ReconstructionDiameter, 400);
        num(recon, Tags.ReconstructionPixelSpacing, 0.5, 0.5);
        num(recon, Tags.ReconstructionAngle, 360);
        recon.setString(Tags.ImageFilter, "NONE");
        Dataset exposure = shared.newSequence(Tags.CTExposureSequence).addItem();
        num(exposure, Tags.ExposureTimeInms, 500);
        num(exposure, Tags.XRayTubeCurrentInmA, 200);
        num(exposure, Tags.ExposureInmAs, 100);
        exposure.setString(Tags.ExposureModulationType, "NONE");
        num(exposure, Tags.CTDIvol, 10);
        code(exposure.newSequence(Tags.CTDIPhantomTypeCodeSequence), "113691", "DCM", "IEC Body Dosimetry Phantom");
        Dataset xray = shared.newSequence(Tags.CTXRayDetailsSequence).addItem();
        num(xray, Tags.KVP, 120);
        num(xray, Tags.FocalSpots, 1);
        xray.setString(Tags.FilterType, "NONE");
        xray.setString(Tags.FilterMaterial, "ALUMINUM");
        Dataset transform = shared.newSequence(Tags.PixelValueTransformationSequence).addItem();
        transform.setString(Tags.RescaleIntercept, "-1024");
        transform.setString(Tags.RescaleSlope, "1");
        transform.setString(Tags.RescaleType, "HU");
        Sequence perFrame = d.newSequence(Tags.PerFrameFunctionalGroupsSequence);
        for (int i = 1; i <= frames; i++) {
            Dataset item = perFrame.addItem();
            Dataset content = item.newSequence(Tags.FrameContentSequence).addItem();
            content.setString(Tags.FrameAcquisitionDateTime, "20240115101500");
            content.setString(Tags.FrameReferenceDateTime, "20240115101500");
            content.setDouble(Tags.FrameAcquisitionDuration, VR.FD, 5);
            content.setLong(Tags.DimensionIndexValues, VR.UL, i);
            content.setLong(Tags.InStackPositionNumber, VR.UL, i);
            content.setString(Tags.StackID, "1");
            item.newSequence(Tags.PlanePositionSequence).addItem()
                    .setString(Tags.ImagePositionPatient, "-4", "-4", String.valueOf(i));
        }
        return d;
    }

    /** Enhanced MR with {@code frames} frames and per-frame functional groups. */
    public Dataset enhancedMr(int frames) {
        Dataset d = base(Uids.EnhancedMRImageStorage, "MR");
        d.setString(Tags.PatientPosition, "HFS");
        d.setString(Tags.FrameOfReferenceUID, frameOfReferenceUid);
        d.setString(Tags.PositionReferenceIndicator, "");
        d.setString(Tags.ManufacturerModelName, "Model");
        d.setString(Tags.DeviceSerialNumber, "SN1");
        d.setString(Tags.SoftwareVersions, "1.0");
        d.setString(Tags.ImageType, "ORIGINAL", "PRIMARY", "T1", "NONE");
        d.setString(Tags.AcquisitionNumber, "1");
        d.setString(Tags.AcquisitionDateTime, "20240115101500");
        num(d, Tags.AcquisitionDuration, 60);
        d.setString(Tags.ContentQualification, "PRODUCT");
        d.setString(Tags.PixelPresentation, "MONOCHROME");
        d.setString(Tags.VolumetricProperties, "VOLUME");
        d.setString(Tags.VolumeBasedCalculationTechnique, "NONE");
        d.setString(Tags.ComplexImageComponent, "MAGNITUDE");
        d.setString(Tags.AcquisitionContrast, "T1");
        d.setString(Tags.BurnedInAnnotation, "NO");
        d.setString(Tags.LossyImageCompression, "00");
        d.setString(Tags.PresentationLUTShape, "IDENTITY");
        d.setString(Tags.ResonantNucleus, "1H");
        d.setString(Tags.PulseSequenceName, "SE");
        d.setString(Tags.MRAcquisitionType, "2D");
        d.setString(Tags.EchoPulseSequence, "SPIN");
        d.setString(Tags.MultipleSpinEcho, "NO");
        d.setString(Tags.MultiPlanarExcitation, "NO");
        d.setString(Tags.PhaseContrast, "NO");
        d.setString(Tags.TimeOfFlightContrast, "NO");
        d.setString(Tags.SteadyStatePulseSequence, "NONE");
        d.setString(Tags.EchoPlanarPulseSequence, "NO");
        d.setString(Tags.SaturationRecovery, "NO");
        d.setString(Tags.SpectrallySelectedSuppression, "NONE");
        d.setString(Tags.OversamplingPhase, "NONE");
        d.setString(Tags.GeometryOfKSpaceTraversal, "RECTILINEAR");
        d.setString(Tags.SegmentedKSpaceTraversal, "SINGLE");
        d.setString(Tags.RectilinearPhaseEncodeReordering, "LINEAR");
        num(d, Tags.NumberOfKSpaceTrajectories, 1);
        d.setString(Tags.KSpaceFiltering, "NONE");
        num(d, Tags.MagneticFieldStrength, 1.5);
        d.setString(Tags.ApplicableSafetyStandardAgency, "IEC");
        d.setString(Tags.ImageComments, "test");
        d.setString(Tags.NumberOfFrames, String.valueOf(frames));
        d.newSequence(Tags.AcquisitionContextSequence);
        d.setString(Tags.DimensionOrganizationType, "3D");
        String dimensionUid = uid();
        d.newSequence(Tags.DimensionOrganizationSequence).addItem().setString(Tags.DimensionOrganizationUID, dimensionUid);
        Dataset dim = d.newSequence(Tags.DimensionIndexSequence).addItem();
        dim.setString(Tags.DimensionOrganizationUID, dimensionUid);
        dim.setInt(Tags.DimensionIndexPointer, VR.AT, Tags.InStackPositionNumber);
        dim.setInt(Tags.FunctionalGroupPointer, VR.AT, Tags.FrameContentSequence);
        pixels(d, 16, 16, 16, 1, "MONOCHROME2", frames);
        Dataset shared = d.newSequence(Tags.SharedFunctionalGroupsSequence).addItem();
        Dataset measures = shared.newSequence(Tags.PixelMeasuresSequence).addItem();
        measures.setString(Tags.PixelSpacing, "0.5", "0.5");
        measures.setString(Tags.SliceThickness, "1");
        shared.newSequence(Tags.PlaneOrientationSequence).addItem()
                .setString(Tags.ImageOrientationPatient, "1", "0", "0", "0", "1", "0");
        Dataset anatomy = shared.newSequence(Tags.FrameAnatomySequence).addItem();
        anatomy.setString(Tags.FrameLaterality, "U");
        code(anatomy.newSequence(Tags.AnatomicRegionSequence), "12738006", "SCT", "Brain");
        Dataset frameType = shared.newSequence(Tags.MRImageFrameTypeSequence).addItem();
        frameType.setString(Tags.FrameType, "ORIGINAL", "PRIMARY", "T1", "NONE");
        frameType.setString(Tags.PixelPresentation, "MONOCHROME");
        frameType.setString(Tags.VolumetricProperties, "VOLUME");
        frameType.setString(Tags.VolumeBasedCalculationTechnique, "NONE");
        frameType.setString(Tags.ComplexImageComponent, "MAGNITUDE");
        frameType.setString(Tags.AcquisitionContrast, "T1");
        Dataset timing = shared.newSequence(Tags.MRTimingAndRelatedParametersSequence).addItem();
        num(timing, Tags.RepetitionTime, 500);
        num(timing, Tags.FlipAngle, 90);
        num(timing, Tags.EchoTrainLength, 1);
        num(timing, Tags.RFEchoTrainLength, 1);
        num(timing, Tags.GradientEchoTrainLength, 0);
        Dataset mode = timing.newSequence(Tags.OperatingModeSequence).addItem();
        mode.setString(Tags.OperatingModeType, "STATIC FIELD");
        mode.setString(Tags.OperatingMode, "IEC_NORMAL");
        Dataset sar = timing.newSequence(Tags.SpecificAbsorptionRateSequence).addItem();
        sar.setString(Tags.SpecificAbsorptionRateDefinition, "IEC_WHOLE_BODY");
        num(sar, Tags.SpecificAbsorptionRateValue, 0.5);
        timing.setString(Tags.GradientOutputType, "DB_DT");
        num(timing, Tags.GradientOutput, 10);
        Dataset fov = shared.newSequence(Tags.MRFOVGeometrySequence).addItem();
        fov.setString(Tags.InPlanePhaseEncodingDirection, "ROW");
        num(fov, Tags.MRAcquisitionFrequencyEncodingSteps, 16);
        num(fov, Tags.MRAcquisitionPhaseEncodingStepsInPlane, 16);
        num(fov, Tags.PercentSampling, 100);
        num(fov, Tags.PercentPhaseFieldOfView, 100);
        Dataset echo = shared.newSequence(Tags.MREchoSequence).addItem();
        num(echo, Tags.EffectiveEchoTime, 20);
        Dataset modifier = shared.newSequence(Tags.MRModifierSequence).addItem();
        modifier.setString(Tags.InversionRecovery, "NO");
        modifier.setString(Tags.FlowCompensation, "NONE");
        modifier.setString(Tags.Spoiling, "NONE");
        modifier.setString(Tags.T2Preparation, "NO");
        modifier.setString(Tags.SpectrallySelectedExcitation, "NONE");
        modifier.setString(Tags.SpatialPresaturation, "NONE");
        modifier.setString(Tags.PartialFourier, "NO");
        modifier.setString(Tags.ParallelAcquisition, "NO");
        Dataset imaging = shared.newSequence(Tags.MRImagingModifierSequence).addItem();
        imaging.setString(Tags.MagnetizationTransfer, "NONE");
        imaging.setString(Tags.BloodSignalNulling, "NO");
        imaging.setString(Tags.Tagging, "NONE");
        num(imaging, Tags.TransmitterFrequency, 63.9);
        num(imaging, Tags.PixelBandwidth, 200);
        Dataset receive = shared.newSequence(Tags.MRReceiveCoilSequence).addItem();
        receive.setString(Tags.ReceiveCoilName, "HEAD");
        receive.setString(Tags.ReceiveCoilType, "VOLUME");
        receive.setString(Tags.QuadratureReceiveCoil, "YES");
        receive.setString(Tags.ReceiveCoilManufacturerName, "Harness");
        Dataset transmit = shared.newSequence(Tags.MRTransmitCoilSequence).addItem();
        transmit.setString(Tags.TransmitCoilName, "BODY");
        transmit.setString(Tags.TransmitCoilType, "BODY");
        transmit.setString(Tags.TransmitCoilManufacturerName, "Harness");
        Dataset averages = shared.newSequence(Tags.MRAveragesSequence).addItem();
        num(averages, Tags.NumberOfAverages, 1);
        Dataset transform = shared.newSequence(Tags.PixelValueTransformationSequence).addItem();
        transform.setString(Tags.RescaleIntercept, "0");
        transform.setString(Tags.RescaleSlope, "1");
        transform.setString(Tags.RescaleType, "US");
        Sequence perFrame = d.newSequence(Tags.PerFrameFunctionalGroupsSequence);
        for (int i = 1; i <= frames; i++) {
            Dataset item = perFrame.addItem();
            Dataset content = item.newSequence(Tags.FrameContentSequence).addItem();
            content.setString(Tags.FrameAcquisitionDateTime, "20240115101500");
            content.setString(Tags.FrameReferenceDateTime, "20240115101500");
            num(content, Tags.FrameAcquisitionDuration, 60);
            num(content, Tags.DimensionIndexValues, i);
            num(content, Tags.InStackPositionNumber, i);
            content.setString(Tags.StackID, "1");
            item.newSequence(Tags.PlanePositionSequence).addItem()
                    .setString(Tags.ImagePositionPatient, "-4", "-4", String.valueOf(i));
        }
        return d;
    }
}
