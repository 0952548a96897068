package org.dicomharness.dicom.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.dicomharness.dicom.Tag;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.BulkData;
import org.dicomharness.dicom.data.ByteValue;
import org.dicomharness.dicom.data.DataElement;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Fragments;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.data.Value;
import org.dicomharness.dicom.data.ValueCodec;
import org.dicomharness.dicom.io.ByteSwap;

/**
 * Writes a data set in the DICOM JSON Model of PS3.18 Annex F.2: one object per data set keyed by the tag in
 * upper-case hexadecimal, each attribute with its "vr" and either "Value" (strings, numbers, person names,
 * items) or "InlineBinary" (base64 of OB, OD, OF, OL, OV, OW, UN and of encapsulated Pixel Data).
 * Group length elements are left out, as F.2 excludes them.
 */
public final class JsonModelWriter {

    private final JsonFactory factory = JsonFactory.builder().build();
    private final boolean pretty;

    public JsonModelWriter(boolean pretty) {
        this.pretty = pretty;
    }

    public String write(Dataset dataset) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(dataset, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    public void write(Dataset dataset, OutputStream out) throws IOException {
        try (JsonGenerator gen = factory.createGenerator(out, JsonEncoding.UTF8)) {
            if (pretty) {
                gen.useDefaultPrettyPrinter();
            }
            writeDataset(gen, dataset);
        }
    }

    private void writeDataset(JsonGenerator gen, Dataset dataset) throws IOException {
        gen.writeStartObject();
        for (DataElement e : dataset) {
            if (Tag.isGroupLength(e.tag())) {
                continue;
            }
            gen.writeFieldName(String.format(Locale.ROOT, "%08X", e.tag()));
            writeAttribute(gen, dataset, e);
        }
        gen.writeEndObject();
    }

    private void writeAttribute(JsonGenerator gen, Dataset owner, DataElement e) throws IOException {
        VR vr = e.vr();
        Value value = e.value();
        gen.writeStartObject();
        gen.writeStringField("vr", value instanceof Sequence ? "SQ" : vr.name());
        if (value instanceof Sequence seq) {
            if (!seq.isEmpty()) {
                gen.writeArrayFieldStart("Value");
                for (Dataset item : seq) {
                    writeDataset(gen, item);
                }
                gen.writeEndArray();
            }
        } else if (value instanceof Fragments fragments) {
            gen.writeFieldName("InlineBinary");
            gen.writeBinary(concatenateFragments(fragments));
        } else if (!value.isEmpty()) {
            if (vr.kind() == VR.Kind.BULK) {
                gen.writeFieldName("InlineBinary");
                writeBinary(gen, value, vr);
            } else {
                gen.writeArrayFieldStart("Value");
                writeValues(gen, owner, e);
                gen.writeEndArray();
            }
        }
        gen.writeEndObject();
    }

    private void writeValues(JsonGenerator gen, Dataset owner, DataElement e) throws IOException {
        VR vr = e.vr();
        switch (vr) {
            case PN -> {
                for (String name : strings(owner, e)) {
                    writePersonName(gen, name);
                }
            }
            case DS, IS -> {
                for (String s : strings(owner, e)) {
                    if (s.isEmpty()) {
                        gen.writeNull();
                    } else {
                        writeNumber(gen, s);
                    }
                }
            }
            case FL, FD -> {
                for (double d : owner.getDoubles(e.tag())) {
                    if (vr == VR.FL) {
                        gen.writeNumber((float) d);
                    } else {
                        gen.writeNumber(d);
                    }
                }
            }
            case US, SS, UL, SL, SV -> {
                for (long l : owner.getLongs(e.tag())) {
                    gen.writeNumber(l);
                }
            }
            case UV -> {
                for (long l : owner.getLongs(e.tag())) {
                    gen.writeNumber(new java.math.BigInteger(Long.toUnsignedString(l)));
                }
            }
            case AT -> {
                for (long l : owner.getLongs(e.tag())) {
                    gen.writeString(String.format(Locale.ROOT, "%08X", l));
                }
            }
            default -> {
                for (String s : strings(owner, e)) {
                    if (s.isEmpty()) {
                        gen.writeNull();
                    } else {
                        gen.writeString(s);
                    }
                }
            }
        }
    }

    private static List<String> strings(Dataset owner, DataElement e) {
        String raw = owner.getRawString(e.tag());
        return ValueCodec.splitValues(raw, e.vr()).stream().map(s -> ValueCodec.trim(s, e.vr())).toList();
    }

    /** F.2.2: a person name is an object with up to three component groups. */
    private static void writePersonName(JsonGenerator gen, String name) throws IOException {
        if (name.isEmpty()) {
            gen.writeNull();
            return;
        }
        String[] groups = name.split("=", -1);
        String[] fields = {"Alphabetic", "Ideographic", "Phonetic"};
        gen.writeStartObject();
        for (int i = 0; i < Math.min(groups.length, fields.length); i++) {
            if (!groups[i].isEmpty()) {
                gen.writeStringField(fields[i], groups[i]);
            }
        }
        gen.writeEndObject();
    }

    /** DS and IS are JSON numbers (F.2.3); a value that is not a number stays a string so nothing is lost. */
    private static void writeNumber(JsonGenerator gen, String s) throws IOException {
        String n = s.startsWith("+") ? s.substring(1) : s;
        try {
            gen.writeNumber(new BigDecimal(n));
        } catch (NumberFormatException e) {
            gen.writeString(s);
        }
    }

    private static void writeBinary(JsonGenerator gen, Value value, VR vr) throws IOException {
        if (value instanceof ByteValue bv) {
            gen.writeBinary(bv.unsafeBytes());
            return;
        }
        BulkData bulk = (BulkData) value;
        if (bulk.bigEndian() && vr.bytesPerValue() > 1) {
            byte[] bytes = bulk.readAll();
            ByteSwap.swap(bytes, vr.swapWordSize());
            gen.writeBinary(bytes);
            return;
        }
        if (bulk.length() > Integer.MAX_VALUE) {
            throw new IOException("value of " + bulk.length() + " bytes is too large for InlineBinary");
        }
        try (InputStream in = bulk.open()) {
            gen.writeBinary(in, (int) bulk.length());
        }
    }

    private static byte[] concatenateFragments(Fragments fragments) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Value> items = fragments.items();
        for (int i = 1; i < items.size(); i++) {
            Value f = items.get(i);
            out.write(f instanceof ByteValue bv ? bv.unsafeBytes() : ((BulkData) f).readAll());
        }
        return out.toByteArray();
    }
}
