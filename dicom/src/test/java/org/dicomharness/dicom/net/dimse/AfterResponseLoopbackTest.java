package org.dicomharness.dicom.net.dimse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.net.ul.AcceptorConfig;
import org.dicomharness.dicom.net.ul.AcceptorPolicy;
import org.dicomharness.dicom.net.ul.AssociateRequestBuilder;
import org.dicomharness.dicom.net.ul.AssociationAcceptor;
import org.dicomharness.dicom.net.ul.AssociationRequestor;
import org.dicomharness.dicom.net.ul.TraceEntry;
import org.junit.jupiter.api.Test;

/**
 * A task registered with {@link ScpContext#afterResponse} runs once the final response is on the wire: here an
 * N-ACTION performer sends an N-EVENT-REPORT on the same association after its N-ACTION-RSP (the order PS3.4
 * J.3.3 gives Storage Commitment), and the trace records every DIMSE-N message with its SOP Instance and its action
 * or event type.
 */
class AfterResponseLoopbackTest {

    private static final String PUSH = Uids.StorageCommitmentPushModel;
    private static final String INSTANCE = Uids.StorageCommitmentPushModelInstance;

    @Test
    void eventReportFollowsTheActionResponse() throws Exception {
        CompletableFuture<Integer> reportStatus = new CompletableFuture<>();
        ServiceRegistry scp = new ServiceRegistry().nAction(PUSH, (ctx, rq, info) -> {
            ctx.afterResponse(() -> {
                try {
                    DimseChannel ch = ctx.channel();
                    Dataset event = new Dataset();
                    event.setString(Tags.TransactionUID, VR.UI, info.getString(Tags.TransactionUID));
                    reportStatus.complete(ch.invoke(ctx.presentationContext(), new NEventReportRq(ch.nextMessageId(),
                            PUSH, INSTANCE, 1), DataSets.of(event), null).await().status());
                } catch (java.io.IOException e) {
                    reportStatus.completeExceptionally(e);
                }
            });
            return Outcome.success();
        });
        AcceptorPolicy policy = AcceptorPolicy.builder().calledAeTitles("SCP").accept(PUSH, Uids.ImplicitVRLittleEndian)
                .build();
        try (AssociationAcceptor acceptor = AssociationAcceptor.start(AcceptorConfig.loopback(policy), a -> {
            DimseChannel ch = new DimseChannel(scp, DimseOptions.defaults());
            ch.bind(a);
            return ch;
        })) {
            CompletableFuture<Dataset> received = new CompletableFuture<>();
            ServiceRegistry scu = new ServiceRegistry().eventReport(PUSH, (ctx, rq, info) -> {
                received.complete(info);
                return Outcome.success();
            });
            DimseClient client = DimseClient.open(new AssociationRequestor(), "127.0.0.1", acceptor.localPort(),
                    AssociateRequestBuilder.of("SCU", "SCP").context(PUSH, Uids.ImplicitVRLittleEndian).build(), scu,
                    DimseOptions.defaults());
            Dataset action = new Dataset();
            action.setString(Tags.TransactionUID, VR.UI, "2.25.42");
            assertThat(client.nAction(PUSH, INSTANCE, 1, action).status()).isZero();
            assertThat(received.get(10, TimeUnit.SECONDS).getString(Tags.TransactionUID)).isEqualTo("2.25.42");
            assertThat(reportStatus.get(10, TimeUnit.SECONDS)).isZero();
            client.release();

            List<String> dimse = client.association().trace().entries(TraceEntry.Note.class).stream()
                    .map(TraceEntry.Note::message).filter(m -> m.startsWith("DIMSE ")).toList();
            assertThat(dimse).hasSize(4);
            assertThat(dimse.get(0)).startsWith("DIMSE -> N-ACTION-RQ msg 1 ").contains("instance " + INSTANCE)
                    .contains("action type 1");
            assertThat(dimse.get(1)).startsWith("DIMSE <- N-ACTION-RSP to msg 1 status 0000")
                    .contains("action type 1");
            assertThat(dimse.get(2)).startsWith("DIMSE <- N-EVENT-REPORT-RQ msg 1 ").contains("event type 1");
            assertThat(dimse.get(3)).startsWith("DIMSE -> N-EVENT-REPORT-RSP to msg 1 status 0000")
                    .contains("event type 1");
        }
    }
}
