package org.dicomharness.dicom.net.pdu;

import java.util.List;

/** P-DATA-TF PDU (PS3.8 9.3.5): one or more Presentation Data Value Items. */
public record PDataTf(List<PresentationDataValue> values) implements Pdu {

    public PDataTf {
        values = List.copyOf(values);
    }

    public static PDataTf of(PresentationDataValue... values) {
        return new PDataTf(List.of(values));
    }

    @Override
    public PduType type() {
        return PduType.P_DATA_TF;
    }

    /** The PDU-length this PDU has when encoded: 6 bytes of header per PDV plus the data. */
    public long encodedLength() {
        long n = 0;
        for (PresentationDataValue v : values) {
            n += 6 + v.data().length;
        }
        return n;
    }

    @Override
    public String summary() {
        return values.toString();
    }
}
