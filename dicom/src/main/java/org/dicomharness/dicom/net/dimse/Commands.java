package org.dicomharness.dicom.net.dimse;

import java.util.ArrayList;
import java.util.List;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.ByteValue;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;

/** Building and reading command set elements (PS3.7 E.1); shared by the message records. */
final class Commands {

    private Commands() {
    }

    static Dataset start(CommandField field) {
        Dataset ds = new Dataset();
        ds.setInt(Tags.CommandField, VR.US, field.code());
        return ds;
    }

    static void uid(Dataset ds, int tag, String value) {
        if (value != null) {
            ds.setString(tag, VR.UI, value);
        }
    }

    static void ae(Dataset ds, int tag, String value) {
        if (value != null) {
            ds.setString(tag, VR.AE, value);
        }
    }

    static void us(Dataset ds, int tag, Integer value) {
        if (value != null) {
            ds.setInt(tag, VR.US, value);
        }
    }

    static void at(Dataset ds, int tag, List<Integer> tags) {
        if (tags.isEmpty()) {
            return;
        }
        byte[] b = new byte[tags.size() * 4];
        for (int i = 0; i < tags.size(); i++) {
            int t = tags.get(i);
            int g = t >>> 16;
            int e = t & 0xFFFF;
            b[i * 4] = (byte) g;
            b[i * 4 + 1] = (byte) (g >>> 8);
            b[i * 4 + 2] = (byte) e;
            b[i * 4 + 3] = (byte) (e >>> 8);
        }
        ds.put(tag, VR.AT, ByteValue.wrap(b));
    }

    static void status(Dataset ds, int status, ResponseDetail d) {
        ds.setInt(Tags.Status, VR.US, status);
        if (d.errorComment() != null) {
            String c = d.errorComment().length() > 64 ? d.errorComment().substring(0, 64) : d.errorComment();
            ds.setString(Tags.ErrorComment, VR.LO, c);
        }
        us(ds, Tags.ErrorID, d.errorId());
        at(ds, Tags.OffendingElement, d.offendingElements());
        at(ds, Tags.AttributeIdentifierList, d.attributeIdentifierList());
    }

    static String optUid(Dataset ds, int tag) {
        String s = ds.getString(tag);
        return s == null || s.isEmpty() ? null : s;
    }

    static String reqUid(Dataset ds, int tag, CommandField f) throws DimseException {
        String s = optUid(ds, tag);
        if (s == null) {
            throw missing(ds, tag, f);
        }
        return s;
    }

    static Integer optUs(Dataset ds, int tag) {
        int[] v = ds.getInts(tag);
        return v.length == 0 ? null : v[0];
    }

    static int reqUs(Dataset ds, int tag, CommandField f) throws DimseException {
        Integer v = optUs(ds, tag);
        if (v == null) {
            throw missing(ds, tag, f);
        }
        return v;
    }

    static List<Integer> ats(Dataset ds, int tag) {
        List<Integer> out = new ArrayList<>();
        byte[] b = ds.getBytes(tag);
        if (b == null) {
            return out;
        }
        for (int i = 0; i + 3 < b.length; i += 4) {
            int g = (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
            int e = (b[i + 2] & 0xFF) | (b[i + 3] & 0xFF) << 8;
            out.add(g << 16 | e);
        }
        return out;
    }

    static ResponseDetail detail(Dataset ds) {
        String comment = ds.getString(Tags.ErrorComment);
        ResponseDetail d = new ResponseDetail(comment == null || comment.isEmpty() ? null : comment,
                optUs(ds, Tags.ErrorID), ats(ds, Tags.OffendingElement), ats(ds, Tags.AttributeIdentifierList));
        return d.isEmpty() ? ResponseDetail.NONE : d;
    }

    static Priority priority(Dataset ds) {
        Integer p = optUs(ds, Tags.Priority);
        Priority priority = p == null ? null : Priority.ofCode(p);
        return priority == null ? Priority.MEDIUM : priority;
    }

    static SubOperations subOperations(Dataset ds) {
        return new SubOperations(optUs(ds, Tags.NumberOfRemainingSuboperations),
                optUs(ds, Tags.NumberOfCompletedSuboperations), optUs(ds, Tags.NumberOfFailedSuboperations),
                optUs(ds, Tags.NumberOfWarningSuboperations));
    }

    static void subOperations(Dataset ds, SubOperations s) {
        us(ds, Tags.NumberOfRemainingSuboperations, s.remaining());
        us(ds, Tags.NumberOfCompletedSuboperations, s.completed());
        us(ds, Tags.NumberOfFailedSuboperations, s.failed());
        us(ds, Tags.NumberOfWarningSuboperations, s.warning());
    }

    private static DimseException missing(Dataset ds, int tag, CommandField f) {
        return new DimseException(f.standardName() + " lacks " + Dataset.describe(tag)
                + ", which PS3.7 requires in its command set (PS3.7 9.3/10.3, E.1)");
    }
}
