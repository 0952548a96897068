package org.dicomharness.testdata.sr;

import java.util.List;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.testdata.module.Code;

/**
 * Builds SR content items (PS3.3 C.17.3, Table C.17-5 and the Content Item macros of 10.2): each method
 * appends one item to a Content Sequence and returns it, so that children can be added below it.
 */
public final class ContentItem {

    private ContentItem() {
    }

    /** The root container of a document (no relationship type), written into {@code ds} itself. */
    public static Sequence root(Dataset ds, Code concept, String templateId) {
        ds.setString(Tags.ValueType, VR.CS, "CONTAINER");
        concept.setAsSequence(ds, Tags.ConceptNameCodeSequence);
        ds.setString(Tags.ContinuityOfContent, VR.CS, "SEPARATE");
        if (templateId != null) {
            Dataset template = ds.newSequence(Tags.ContentTemplateSequence).addItem();
            template.setString(Tags.MappingResource, VR.CS, "DCMR");
            template.setString(Tags.TemplateIdentifier, VR.CS, templateId);
        }
        return ds.newSequence(Tags.ContentSequence);
    }

    /** The Content Sequence of {@code item}, created on first use. */
    public static Sequence children(Dataset item) {
        Sequence seq = item.getSequence(Tags.ContentSequence);
        return seq != null ? seq : item.newSequence(Tags.ContentSequence);
    }

    public static Dataset container(Sequence parent, String relationship, Code concept) {
        Dataset item = item(parent, relationship, "CONTAINER", concept);
        item.setString(Tags.ContinuityOfContent, VR.CS, "SEPARATE");
        return item;
    }

    public static Dataset text(Sequence parent, String relationship, Code concept, String text) {
        Dataset item = item(parent, relationship, "TEXT", concept);
        item.setString(Tags.TextValue, VR.UT, text);
        return item;
    }

    public static Dataset code(Sequence parent, String relationship, Code concept, Code value) {
        Dataset item = item(parent, relationship, "CODE", concept);
        value.setAsSequence(item, Tags.ConceptCodeSequence);
        return item;
    }

    /** A NUM item with its value and UCUM units (Numeric Measurement macro, Table C.18.1-1). */
    public static Dataset num(Sequence parent, String relationship, Code concept, double value, Code units) {
        Dataset item = item(parent, relationship, "NUM", concept);
        Dataset measured = item.newSequence(Tags.MeasuredValueSequence).addItem();
        units.setAsSequence(measured, Tags.MeasurementUnitsCodeSequence);
        measured.setDouble(Tags.NumericValue, VR.DS, value);
        return item;
    }

    public static Dataset dateTime(Sequence parent, String relationship, Code concept, String dateTime) {
        Dataset item = item(parent, relationship, "DATETIME", concept);
        item.setString(Tags.DateTime, VR.DT, dateTime);
        return item;
    }

    public static Dataset uidRef(Sequence parent, String relationship, Code concept, String uid) {
        Dataset item = item(parent, relationship, "UIDREF", concept);
        item.setString(Tags.UID, VR.UI, uid);
        return item;
    }

    public static Dataset personName(Sequence parent, String relationship, Code concept, String name) {
        Dataset item = item(parent, relationship, "PNAME", concept);
        item.setString(Tags.PersonName, VR.PN, name);
        return item;
    }

    /** An IMAGE item referencing one instance (Image Reference macro, Table C.18.4-1); no concept name. */
    public static Dataset image(Sequence parent, String relationship, String sopClassUid, String sopInstanceUid) {
        Dataset item = parent.addItem();
        item.setString(Tags.RelationshipType, VR.CS, relationship);
        item.setString(Tags.ValueType, VR.CS, "IMAGE");
        Dataset ref = item.newSequence(Tags.ReferencedSOPSequence).addItem();
        ref.setString(Tags.ReferencedSOPClassUID, VR.UI, sopClassUid);
        ref.setString(Tags.ReferencedSOPInstanceUID, VR.UI, sopInstanceUid);
        return item;
    }

    /** Device observer context (TID 1002 with TID 1004): the device that wrote the document. */
    public static void deviceObserver(Sequence parent, String uid, String name, String manufacturer,
                                      String model, String serial) {
        code(parent, "HAS OBS CONTEXT", Code.dcm("121005", "Observer Type"), Code.dcm("121007", "Device"));
        uidRef(parent, "HAS OBS CONTEXT", Code.dcm("121012", "Device Observer UID"), uid);
        text(parent, "HAS OBS CONTEXT", Code.dcm("121013", "Device Observer Name"), name);
        text(parent, "HAS OBS CONTEXT", Code.dcm("121014", "Device Observer Manufacturer"), manufacturer);
        text(parent, "HAS OBS CONTEXT", Code.dcm("121015", "Device Observer Model Name"), model);
        text(parent, "HAS OBS CONTEXT", Code.dcm("121016", "Device Observer Serial Number"), serial);
    }

    /** Person observer context (TID 1002 with TID 1003). */
    public static void personObserver(Sequence parent, String name) {
        code(parent, "HAS OBS CONTEXT", Code.dcm("121005", "Observer Type"), Code.dcm("121006", "Person"));
        personName(parent, "HAS OBS CONTEXT", Code.dcm("121008", "Person Observer Name"), name);
    }

    private static Dataset item(Sequence parent, String relationship, String valueType, Code concept) {
        Dataset item = parent.addItem();
        item.setString(Tags.RelationshipType, VR.CS, relationship);
        item.setString(Tags.ValueType, VR.CS, valueType);
        concept.setAsSequence(item, Tags.ConceptNameCodeSequence);
        return item;
    }

    /** UCUM units used by the dose report. */
    public static Code units(String ucum) {
        return Code.ucum(ucum, ucum);
    }

    /** Convenience for templates that list several texts under one container. */
    public static void texts(Sequence parent, Code concept, List<String> values) {
        for (String v : values) {
            text(parent, "CONTAINS", concept, v);
        }
    }
}
