package org.dicomharness.dicom.net.dimse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.dicomharness.dicom.Tag;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.DataElement;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.io.DicomParseException;
import org.dicomharness.dicom.io.DicomReader;
import org.dicomharness.dicom.io.DicomWriter;
import org.dicomharness.dicom.io.ReadOptions;
import org.dicomharness.dicom.io.WriteOptions;

/**
 * The command set codec (PS3.7 6.3.1 and Annex E): group 0000 elements in Implicit VR Little Endian,
 * whatever the presentation context's transfer syntax, led by Command Group Length (0000,0000).
 */
public final class CommandSet {

    /** Command Data Set Type value meaning "no data set" (PS3.7 E.1); any other value means one follows. */
    public static final int NO_DATA_SET = 0x0101;
    /** The value this implementation sends when a data set follows. */
    public static final int DATA_SET_PRESENT = 0x0001;

    private CommandSet() {
    }

    /** Encodes a message's command set, with Command Group Length and Command Data Set Type. */
    public static byte[] encode(DimseMessage message, boolean dataSetPresent) {
        Dataset command = message.command();
        command.setLong(Tags.CommandGroupLength, VR.UL, 0);
        command.setInt(Tags.CommandDataSetType, VR.US, dataSetPresent ? DATA_SET_PRESENT : NO_DATA_SET);
        return encode(command);
    }

    /** Encodes a hand-built command set as it is (Command Group Length, when present, is recomputed). */
    public static byte[] encode(Dataset command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try {
            new DicomWriter(out, TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN, WriteOptions.defaults()).writeDataset(command);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Parses command set bytes (see {@link #removeForeignElements} for elements outside group 0000). */
    public static Dataset decodeDataset(byte[] bytes) throws DimseException {
        Dataset ds;
        try {
            ds = new DicomReader(new ByteArrayInputStream(bytes), TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN, 0,
                    bytes.length, ReadOptions.defaults().withLenient(true)).readDataset();
        } catch (DicomParseException e) {
            throw new DimseException("the command set cannot be parsed as Implicit VR Little Endian (PS3.7 6.3.1): "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new DimseException("the command set cannot be read: " + e.getMessage(), e);
        }
        return ds;
    }

    /**
     * Elements outside group 0000 in a command set (PS3.7 6.3.1 allows none), as a note for the trace; the
     * elements are removed so that the command can still be interpreted. Empty when there are none.
     */
    public static Optional<String> removeForeignElements(Dataset command) {
        java.util.List<Integer> foreign = new java.util.ArrayList<>();
        for (DataElement e : command) {
            if (Tag.group(e.tag()) != 0x0000) {
                foreign.add(e.tag());
            }
        }
        if (foreign.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder("command set holds elements outside group 0000 (PS3.7 6.3.1):");
        for (int t : foreign) {
            sb.append(' ').append(Dataset.describe(t));
            String v = command.get(t).vr().isString() ? command.getString(t) : null;
            if (v != null) {
                sb.append("='").append(v.length() > 80 ? v.substring(0, 80) + "..." : v).append('\'');
            }
            command.remove(t);
        }
        return Optional.of(sb.append("; ignored").toString());
    }

    /** A note when Command Group Length disagrees with the bytes received, otherwise empty. */
    public static Optional<String> checkGroupLength(Dataset command, int encodedLength) {
        long[] declared = command.getLongs(Tags.CommandGroupLength);
        if (declared.length == 0) {
            return Optional.of("command set lacks Command Group Length (0000,0000), which PS3.7 E.1 requires");
        }
        long actual = encodedLength - 12L;
        return declared[0] == actual ? Optional.empty() : Optional.of("Command Group Length says " + declared[0]
                + " bytes, the command set has " + actual + " (PS3.7 E.1)");
    }

    public static boolean hasDataSet(Dataset command) {
        int[] type = command.getInts(Tags.CommandDataSetType);
        return type.length > 0 && type[0] != NO_DATA_SET;
    }

    /** The message record for a decoded command set. */
    public static DimseMessage decode(Dataset command) throws DimseException {
        int[] field = command.getInts(Tags.CommandField);
        if (field.length == 0) {
            throw new DimseException("command set lacks Command Field (0000,0100) (PS3.7 E.1)");
        }
        CommandField f = CommandField.ofCode(field[0]);
        if (f == null) {
            throw new DimseException(String.format("Command Field %04XH is not a DIMSE command of PS3.7 E.1", field[0]));
        }
        if (command.getInts(Tags.CommandDataSetType).length == 0) {
            throw new DimseException(f + " lacks Command Data Set Type (0000,0800) (PS3.7 E.1)");
        }
        return switch (f) {
            case C_STORE_RQ -> CStoreRq.from(command);
            case C_STORE_RSP -> CStoreRsp.from(command);
            case C_GET_RQ -> CGetRq.from(command);
            case C_GET_RSP -> CGetRsp.from(command);
            case C_FIND_RQ -> CFindRq.from(command);
            case C_FIND_RSP -> CFindRsp.from(command);
            case C_MOVE_RQ -> CMoveRq.from(command);
            case C_MOVE_RSP -> CMoveRsp.from(command);
            case C_ECHO_RQ -> CEchoRq.from(command);
            case C_ECHO_RSP -> CEchoRsp.from(command);
            case N_EVENT_REPORT_RQ -> NEventReportRq.from(command);
            case N_EVENT_REPORT_RSP -> NEventReportRsp.from(command);
            case N_GET_RQ -> NGetRq.from(command);
            case N_GET_RSP -> NGetRsp.from(command);
            case N_SET_RQ -> NSetRq.from(command);
            case N_SET_RSP -> NSetRsp.from(command);
            case N_ACTION_RQ -> NActionRq.from(command);
            case N_ACTION_RSP -> NActionRsp.from(command);
            case N_CREATE_RQ -> NCreateRq.from(command);
            case N_CREATE_RSP -> NCreateRsp.from(command);
            case N_DELETE_RQ -> NDeleteRq.from(command);
            case N_DELETE_RSP -> NDeleteRsp.from(command);
            case C_CANCEL_RQ -> CCancelRq.from(command);
        };
    }
}
