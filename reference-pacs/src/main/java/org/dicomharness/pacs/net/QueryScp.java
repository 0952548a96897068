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
import org.dicomharness.pacs.query.InformationModel;
import org.dicomharness.pacs.query.QueryException;
import org.dicomharness.pacs.query.QueryService;

/**
 * The Query/Retrieve C-FIND SCP (PS3.4 C.4.1) for the Patient Root and Study Root models: one Pending (FF00)
 * response per match, Cancel (FE00) when a C-CANCEL arrives, A900 for an identifier that does not fit the model,
 * A700 when the index fails.
 */
final class QueryScp implements CFindScp {

    private final QueryService queries;
    private final PacsMetrics metrics;

    QueryScp(QueryService queries, PacsMetrics metrics) {
        this.queries = queries;
        this.metrics = metrics;
    }

    @Override
    public Outcome find(ScpContext context, CFindRq rq, Dataset identifier) throws IOException {
        Outcome outcome = perform(context, rq, identifier);
        metrics.operation("C-FIND", outcome.status());
        return outcome;
    }

    private Outcome perform(ScpContext context, CFindRq rq, Dataset identifier) throws IOException {
        InformationModel model = InformationModel.ofSopClass(rq.affectedSopClassUid());
        try {
            QueryService.Query query = queries.prepare(model, identifier);
            queries.find(query, context::isCancelled, match -> {
                try {
                    context.pending(match);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (QueryException e) {
            context.association().trace().note("C-FIND refused: " + e.getMessage());
            return Outcome.failure(e.status(), ErrorComments.fit(e.getMessage()));
        } catch (DicomDataException e) {
            return Outcome.failure(0xA900, ErrorComments.fit(e.getMessage()));
        } catch (IndexException e) {
            return Outcome.failure(0xA700, ErrorComments.fit("index unavailable: " + e.getMessage()));
        }
        return context.isCancelled() ? Outcome.of(Status.CANCEL) : Outcome.success();
    }
}
