package org.dicomharness.dicom.net.dimse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.net.pdu.AsynchronousOperationsWindow;
import org.dicomharness.dicom.net.ul.AcceptorConfig;
import org.dicomharness.dicom.net.ul.AcceptorPolicy;
import org.dicomharness.dicom.net.ul.AssociateRequestBuilder;
import org.dicomharness.dicom.net.ul.AssociationAcceptor;
import org.dicomharness.dicom.net.ul.AssociationRequestor;
import org.dicomharness.dicom.net.ul.PresentationContext;
import org.junit.jupiter.api.Test;

/** An asynchronous operations window above 1 (PS3.7 D.3.3.3): several requests outstanding and performed at once. */
class AsyncWindowTest {


    @Test
    void fourOutstandingRequestsArePerformedConcurrently() throws Exception {
        int window = 4;
        CyclicBarrier allFourInside = new CyclicBarrier(window);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ServiceRegistry services = new ServiceRegistry().echo((ctx, rq) -> {
            most.accumulateAndGet(inside.incrementAndGet(), Math::max);
            try {
                // Only returns when all four requests are being performed at the same time.
                allFourInside.await(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                return Outcome.failure(Status.PROCESSING_FAILURE, "not performed concurrently: " + e);
            } finally {
                inside.decrementAndGet();
            }
            return Outcome.success();
        });
        AcceptorPolicy policy = AcceptorPolicy.builder().accept(Uids.Verification, Uids.ImplicitVRLittleEndian)
                .asyncOperations(window, 1).build();
        try (AssociationAcceptor acceptor = AssociationAcceptor.start(AcceptorConfig.loopback(policy), a -> {
            DimseChannel ch = new DimseChannel(services, DimseOptions.defaults());
            ch.bind(a);
            return ch;
        })) {
            var rq = AssociateRequestBuilder.of("HARNESS", "ANY").context(Uids.Verification, Uids.ImplicitVRLittleEndian)
                    .asyncOperations(8, 1).build();
            try (DimseClient client = DimseClient.open(new AssociationRequestor(), "127.0.0.1", acceptor.localPort(), rq)) {
                assertThat(client.association().acceptance().userInformation().asynchronousOperationsWindow())
                        .contains(new AsynchronousOperationsWindow(window, 1));
                assertThat(client.channel().invokeWindow()).isEqualTo(window);
                PresentationContext pc = client.context(Uids.Verification, null);
                List<PendingRequest> outstanding = new ArrayList<>();
                for (int i = 0; i < window; i++) {
                    outstanding.add(client.channel().invoke(pc, new CEchoRq(client.channel().nextMessageId(),
                            Uids.Verification), null, null));
                }
                assertThat(client.channel().outstanding()).isPositive();
                for (PendingRequest p : outstanding) {
                    assertThat(p.await().status()).isZero();
                }
            }
        }
        assertThat(most.get()).isEqualTo(window);
    }

    @Test
    void withoutNegotiationTheWindowIsOne() throws Exception {
        AcceptorPolicy policy = AcceptorPolicy.builder().accept(Uids.Verification, Uids.ImplicitVRLittleEndian).build();
        try (AssociationAcceptor acceptor = AssociationAcceptor.start(AcceptorConfig.loopback(policy), a -> {
            DimseChannel ch = new DimseChannel(new ServiceRegistry(), DimseOptions.defaults());
            ch.bind(a);
            return ch;
        })) {
            var rq = AssociateRequestBuilder.of("HARNESS", "ANY").context(Uids.Verification, Uids.ImplicitVRLittleEndian)
                    .build();
            try (DimseClient client = DimseClient.open(new AssociationRequestor(), "127.0.0.1", acceptor.localPort(), rq)) {
                assertThat(client.association().acceptance().userInformation().asynchronousOperationsWindow()).isEmpty();
                assertThat(client.channel().invokeWindow()).isEqualTo(1);
                assertThat(client.echo().status()).isZero();
            }
        }
    }
}
