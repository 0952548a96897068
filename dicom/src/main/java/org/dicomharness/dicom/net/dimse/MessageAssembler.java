package org.dicomharness.dicom.net.dimse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.net.pdu.PresentationDataValue;
import org.dicomharness.dicom.net.ul.Association;
import org.dicomharness.dicom.net.ul.PresentationContext;

/**
 * Reassembles DIMSE messages from PDVs (PS3.8 Annex E, PS3.7 6.3.1): command fragments until the last one,
 * the command set decoded, then the data set's fragments (when the command announces one) into the sink the
 * channel chooses. Enforces one message at a time, both parts on the same presentation context. Fed by the
 * association's reader thread; {@link #fail} may come from the thread that saw the association end.
 */
final class MessageAssembler {

    static final int MAX_COMMAND_SET = 1 << 20;

    /** The channel's decision for each complete command. */
    interface Dispatcher {
        /** Returns the sink for the message's data set, or {@code null} when none follows. */
        DataSetSink command(DimseMessage message, PresentationContext pc, boolean hasDataSet);

        /** For the trace line of each received message. */
        String describe(DimseMessage message, PresentationContext pc);
    }

    private final Association association;
    private final Dispatcher dispatcher;
    private int contextId = -1;
    private final ByteArrayOutputStream command = new ByteArrayOutputStream(256);
    private boolean commandStarted;
    private DataSetSink data;

    MessageAssembler(Association association, Dispatcher dispatcher) {
        this.association = association;
        this.dispatcher = dispatcher;
    }

    synchronized void pdv(PresentationDataValue v) throws DimseException {
        int pc = v.presentationContextId();
        if (v.isCommand()) {
            if (data != null) {
                throw new DimseException("a command fragment arrived on presentation context " + pc
                        + " while a data set was incomplete (PS3.8 E.2: one message at a time)");
            }
            if (!commandStarted) {
                commandStarted = true;
                contextId = pc;
            } else if (contextId != pc) {
                throw new DimseException("command fragments on presentation contexts " + contextId + " and " + pc
                        + " (PS3.8 E.2)");
            }
            command.writeBytes(v.data());
            if (command.size() > MAX_COMMAND_SET) {
                throw new DimseException("command set exceeds " + MAX_COMMAND_SET + " bytes");
            }
            if (v.isLast()) {
                commandComplete();
            }
            return;
        }
        if (data == null) {
            throw new DimseException("a data set fragment arrived on presentation context " + pc
                    + " without a command announcing a data set (PS3.7 6.3.1, E.1 Command Data Set Type)");
        }
        if (contextId != pc) {
            throw new DimseException("the data set arrived on presentation context " + pc + " but its command on "
                    + contextId + " (PS3.7 6.3.1: same presentation context)");
        }
        DataSetSink sink = data;
        sink.fragment(v.data());
        if (v.isLast()) {
            reset();
            sink.end();
        }
    }

    private void commandComplete() throws DimseException {
        byte[] bytes = command.toByteArray();
        Dataset set = CommandSet.decodeDataset(bytes);
        CommandSet.checkGroupLength(set, bytes.length).ifPresent(n -> association.trace().note("DIMSE: " + n));
        CommandSet.removeForeignElements(set).ifPresent(n -> association.trace().note("DIMSE deviation: " + n));
        DimseMessage m = CommandSet.decode(set);
        boolean hasData = CommandSet.hasDataSet(set);
        PresentationContext pc = association.acceptedContext(contextId);
        association.trace().note("DIMSE <- " + dispatcher.describe(m, pc) + (hasData ? " + data set" : ""));
        int keepContext = contextId;
        reset();
        DataSetSink sink = dispatcher.command(m, pc, hasData);
        if (hasData) {
            contextId = keepContext;
            data = sink;
        }
    }

    private void reset() {
        command.reset();
        commandStarted = false;
        contextId = -1;
        data = null;
    }

    /** The association ended or broke the protocol: a data set in progress will never be complete. */
    synchronized void fail(IOException e) {
        DataSetSink sink = data;
        reset();
        if (sink != null) {
            sink.fail(e);
        }
    }
}
