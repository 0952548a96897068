package org.dicomharness.dicom.net.dimse;

import static org.assertj.core.api.Assertions.assertThat;

import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.net.pdu.PduType;
import org.dicomharness.dicom.net.ul.AcceptorConfig;
import org.dicomharness.dicom.net.ul.AcceptorPolicy;
import org.dicomharness.dicom.net.ul.AssociateRequestBuilder;
import org.dicomharness.dicom.net.ul.Association;
import org.dicomharness.dicom.net.ul.AssociationAcceptor;
import org.dicomharness.dicom.net.ul.AssociationRequestor;
import org.dicomharness.dicom.net.ul.State;
import org.dicomharness.dicom.net.ul.TraceEntry;
import org.junit.jupiter.api.Test;

class EchoLoopbackTest {

    @Test
    void echoThenReleaseLeavesBothSidesInSta1WithATrace() throws Exception {
        AcceptorPolicy policy = AcceptorPolicy.builder().calledAeTitles("SCP")
                .accept(Uids.Verification, Uids.ImplicitVRLittleEndian).build();
        try (AssociationAcceptor acceptor = AssociationAcceptor.start(AcceptorConfig.loopback(policy), a -> {
            DimseChannel ch = new DimseChannel(new ServiceRegistry(), DimseOptions.defaults());
            ch.bind(a);
            return ch;
        })) {
            var rq = AssociateRequestBuilder.of("HARNESS", "SCP")
                    .context(Uids.Verification, Uids.ImplicitVRLittleEndian).build();
            DimseClient client = DimseClient.open(new AssociationRequestor(), "127.0.0.1", acceptor.localPort(), rq);
            CEchoRsp rsp = client.echo();
            assertThat(rsp.status()).isEqualTo(0);
            client.release();
            Association a = client.association();
            assertThat(a.state()).isEqualTo(State.STA1);
            assertThat(a.wasReleased()).isTrue();
            assertThat(a.trace().pdus(TraceEntry.Direction.SENT, PduType.A_RELEASE_RQ)).hasSize(1);
            String text = a.trace().toText();
            assertThat(text).contains("C-ECHO-RQ").contains("C-ECHO-RSP").contains("AR-3");
        }
    }
}
