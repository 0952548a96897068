package org.dicomharness.pacs.net;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import org.dicomharness.dicom.net.dimse.CStoreRq;
import org.dicomharness.dicom.net.dimse.CStoreScp;
import org.dicomharness.dicom.net.dimse.Outcome;
import org.dicomharness.dicom.net.dimse.ScpContext;
import org.dicomharness.pacs.monitor.PacsMetrics;
import org.dicomharness.pacs.store.IngestService;
import org.dicomharness.pacs.store.StoreOutcome;
import org.dicomharness.pacs.store.StoreRequest;

/**
 * The Storage SCP (PS3.4 Annex B): hands each received data set, as a stream, to the archive's ingest pipeline
 * and answers with the status it decided. The response is sent only after the archive returned, i.e. after the
 * object is durable and indexed.
 */
final class StorageScp implements CStoreScp {

    private final IngestService ingest;
    private final PacsMetrics metrics;

    StorageScp(IngestService ingest, PacsMetrics metrics) {
        this.ingest = ingest;
        this.metrics = metrics;
    }

    @Override
    public Outcome store(ScpContext context, CStoreRq rq, InputStream dataSet) throws IOException {
        long start = System.nanoTime();
        CountingInputStream counted = new CountingInputStream(dataSet);
        StoreOutcome outcome = ingest.store(new StoreRequest(context.association().callingAeTitle(),
                rq.affectedSopClassUid(), rq.affectedSopInstanceUid(), context.presentationContext().transferSyntax(),
                counted));
        metrics.stored(outcome, counted.count(), Duration.ofNanos(System.nanoTime() - start));
        if (outcome.isSuccess()) {
            return Outcome.success();
        }
        return Outcome.failure(outcome.status(), ErrorComments.fit(outcome.errorComment()));
    }

    /** Counts the bytes read, for the received-bytes metric. */
    private static final class CountingInputStream extends java.io.FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        long count() {
            return count;
        }
    }
}
