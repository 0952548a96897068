package org.dicomharness.pacs.net;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.DicomDataException;
import org.dicomharness.dicom.net.dimse.CFindRq;
import org.dicomharness.dicom.net.dimse.CFindScp;
import org.dicomharness.dicom.net.dimse.Outcome;
import org.dicomharness.dicom.net.dimse.ScpContext;
import org.dicomharness.dicom.net.dimse.Status;
import org.dicomharness.pacs.index.IndexException;
import org.dicomharness.pacs.monitor.PacsMetrics;
import org.dicomharness.pacs.query.QueryException;
import org.dicomharness.pacs.worklist.WorklistService;

/**
 * The Modality Worklist Information Model - FIND SCP (PS3.4 K.4.1): one Pending (FF00) response per scheduled step
 * that matches, then Success; FE00 when a C-CANCEL arrives; A900 for an identifier the model cannot match; A700 when
 * the index fails (PS3.4 Table K.4-1). The matching is the {@link WorklistService}'s.
 */
final class WorklistScp implements CFindScp {

    private final WorklistService worklist;
    private final PacsMetrics metrics;

    WorklistScp(WorklistService worklist, PacsMetrics metrics) {
        this.worklist = worklist;
        this.metrics = metrics;
    }

    @Override
    public Outcome find(ScpContext context, CFindRq rq, Dataset identifier) throws IOException {
        Outcome outcome = perform(context, identifier);
        metrics.operation("C-FIND MWL", outcome.status());
        return outcome;
    }

    private Outcome perform(ScpContext context, Dataset identifier) throws IOException {
        try {
            worklist.find(identifier, context::isCancelled, step -> {
                try {
                    context.pending(WorklistService.PENDING, step);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (QueryException e) {
            context.association().trace().note("Modality Worklist C-FIND refused: " + e.getMessage());
            return Outcome.failure(e.status(), ErrorComments.fit(e.getMessage()));
        } catch (DicomDataException e) {
            context.association().trace().note("Modality Worklist C-FIND refused: " + e.getMessage());
            return Outcome.failure(WorklistService.IDENTIFIER_DOES_NOT_MATCH_SOP_CLASS, ErrorComments.fit(
                    e.getMessage()));
        } catch (IndexException e) {
            return Outcome.failure(WorklistService.OUT_OF_RESOURCES, ErrorComments.fit("index unavailable: "
                    + e.getMessage()));
        }
        return context.isCancelled() ? Outcome.of(Status.CANCEL) : Outcome.success();
    }
}
