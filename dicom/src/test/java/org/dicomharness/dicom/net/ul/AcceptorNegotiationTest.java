package org.dicomharness.dicom.net.ul;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.net.dimse.CEchoRq;
import org.dicomharness.dicom.net.dimse.CEchoRsp;
import org.dicomharness.dicom.net.dimse.CommandSet;
import org.dicomharness.dicom.net.dimse.DimseChannel;
import org.dicomharness.dicom.net.dimse.DimseOptions;
import org.dicomharness.dicom.net.dimse.ServiceRegistry;
import org.dicomharness.dicom.net.fault.RawConnection;
import org.dicomharness.dicom.net.pdu.AAssociateAc;
import org.dicomharness.dicom.net.pdu.AAssociateRj;
import org.dicomharness.dicom.net.pdu.AAssociateRq;
import org.dicomharness.dicom.net.pdu.AReleaseRq;
import org.dicomharness.dicom.net.pdu.AssociateRejectReason;
import org.dicomharness.dicom.net.pdu.AssociateRejectResult;
import org.dicomharness.dicom.net.pdu.MaximumLength;
import org.dicomharness.dicom.net.pdu.PDataTf;
import org.dicomharness.dicom.net.pdu.Pdu;
import org.dicomharness.dicom.net.pdu.PduEncoder;
import org.dicomharness.dicom.net.pdu.PresentationContextResult;
import org.dicomharness.dicom.net.pdu.PresentationContextRq;
import org.dicomharness.dicom.net.pdu.PresentationDataValue;
import org.dicomharness.dicom.net.pdu.UserIdentityAc;
import org.dicomharness.dicom.net.pdu.UserIdentityRq;
import org.dicomharness.dicom.net.pdu.UserInformation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every refusal of our acceptor is the exact A-ASSOCIATE-RJ (PS3.8 9.3.4) or presentation context result
 * (PS3.8 9.3.3.2) the standard defines.
 */
class AcceptorNegotiationTest {

    static final Duration WAIT = Duration.ofSeconds(10);

    private AssociationAcceptor acceptor;

    private AssociationAcceptor start(AcceptorPolicy policy) throws IOException {
        acceptor = AssociationAcceptor.start(AcceptorConfig.loopback(policy), a -> {
            DimseChannel ch = new DimseChannel(new ServiceRegistry(), DimseOptions.defaults());
            ch.bind(a);
            return ch;
        });
        return acceptor;
    }

    @AfterEach
    void stop() {
        if (acceptor != null) {
            acceptor.close();
        }
    }

    static AcceptorPolicy.Builder policy() {
        return AcceptorPolicy.builder().calledAeTitles("SCP").callingAeTitles("ALLOWED")
                .accept(Uids.Verification, Uids.ExplicitVRLittleEndian, Uids.ImplicitVRLittleEndian)
                .accept(Uids.CTImageStorage, Uids.ExplicitVRLittleEndian);
    }

    static AssociateRequestBuilder rq(String calling, String called) {
        return AssociateRequestBuilder.of(calling, called).context(Uids.Verification, Uids.ImplicitVRLittleEndian);
    }

    private Association open(AAssociateRq rq) throws AssociationException {
        return new AssociationRequestor().open("127.0.0.1", acceptor.localPort(), rq, null);
    }

    private AAssociateRj rejected(AAssociateRq rq) {
        try {
            Association a = open(rq);
            a.abort();
            throw new AssertionError("association was accepted: " + a.presentationContexts());
        } catch (AssociationRejectedException e) {
            return e.reject();
        } catch (AssociationException e) {
            throw new AssertionError(e);
        }
    }

    private static void assertReject(AAssociateRj rj, AssociateRejectResult result, AssociateRejectReason reason) {
        assertThat(rj.result()).as(rj.summary()).isEqualTo(result.code());
        assertThat(rj.source()).as(rj.summary()).isEqualTo(reason.source());
        assertThat(rj.reason()).as(rj.summary()).isEqualTo(reason.reason());
    }

    @Test
    void unknownCalledAeTitle() throws IOException {
        start(policy().build());
        assertReject(rejected(rq("ALLOWED", "SOMEONE_ELSE").build()), AssociateRejectResult.REJECTED_PERMANENT,
                AssociateRejectReason.CALLED_AE_TITLE_NOT_RECOGNIZED);
    }

    @Test
    void callingAeTitleNotAllowed() throws IOException {
        start(policy().build());
        assertReject(rejected(rq("INTRUDER", "SCP").build()), AssociateRejectResult.REJECTED_PERMANENT,
                AssociateRejectReason.CALLING_AE_TITLE_NOT_RECOGNIZED);
    }

    @Test
    void foreignApplicationContext() throws IOException {
        start(policy().build());
        assertReject(rejected(rq("ALLOWED", "SCP").applicationContext("1.2.3.4").build()),
                AssociateRejectResult.REJECTED_PERMANENT, AssociateRejectReason.APPLICATION_CONTEXT_NAME_NOT_SUPPORTED);
    }

    @Test
    void protocolVersionWithoutBit0IsRefusedByTheProvider() throws IOException {
        start(policy().build());
        assertReject(rejected(rq("ALLOWED", "SCP").protocolVersion(2).build()), AssociateRejectResult.REJECTED_PERMANENT,
                AssociateRejectReason.PROTOCOL_VERSION_NOT_SUPPORTED);
    }

    @Test
    void repeatedPresentationContextIdIsRefusedByTheProvider() throws IOException {
        start(policy().build());
        AAssociateRq rq = AssociateRequestBuilder.of("ALLOWED", "SCP")
                .rawContext(new PresentationContextRq(1, Uids.Verification, Uids.ImplicitVRLittleEndian))
                .rawContext(new PresentationContextRq(1, Uids.CTImageStorage, Uids.ExplicitVRLittleEndian)).build();
        assertReject(rejected(rq), AssociateRejectResult.REJECTED_PERMANENT, AssociateRejectReason.ACSE_NO_REASON_GIVEN);
    }

    @Test
    void presentationContextResultsZeroToFour() throws IOException {
        start(policy().rejectByUser(Uids.MRImageStorage).accept(Uids.MRImageStorage, Uids.ExplicitVRLittleEndian).build());
        AAssociateRq rq = AssociateRequestBuilder.of("ALLOWED", "SCP")
                .context(Uids.Verification, Uids.ImplicitVRLittleEndian)                // 1: acceptance
                .context(Uids.MRImageStorage, Uids.ExplicitVRLittleEndian)              // 3: user-rejection
                .context(Uids.PositronEmissionTomographyImageStorage, Uids.ExplicitVRLittleEndian)             // 5: abstract syntax
                .context(Uids.CTImageStorage, Uids.JPEGLosslessSV1, Uids.ImplicitVRLittleEndian) // 7: syntaxes
                .rawContext(new PresentationContextRq(8, Uids.CTImageStorage, Uids.ExplicitVRLittleEndian)) // even ID
                .build();
        Association a = open(rq);
        try {
            assertThat(a.presentationContexts()).extracting(PresentationContext::id, PresentationContext::result)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(1, PresentationContextResult.ACCEPTANCE.code()),
                            org.assertj.core.groups.Tuple.tuple(3, PresentationContextResult.USER_REJECTION.code()),
                            org.assertj.core.groups.Tuple.tuple(5, PresentationContextResult.ABSTRACT_SYNTAX_NOT_SUPPORTED.code()),
                            org.assertj.core.groups.Tuple.tuple(7, PresentationContextResult.TRANSFER_SYNTAXES_NOT_SUPPORTED.code()),
                            org.assertj.core.groups.Tuple.tuple(8, PresentationContextResult.NO_REASON.code()));
            assertThat(a.presentationContexts().get(0).transferSyntax()).isEqualTo(Uids.ImplicitVRLittleEndian);
        } finally {
            a.release();
        }
    }

    @Test
    void transferSyntaxFollowsTheAcceptorsPreferenceOrder() throws IOException {
        start(policy().build());
        AAssociateRq rq = AssociateRequestBuilder.of("ALLOWED", "SCP")
                .context(Uids.Verification, Uids.ImplicitVRLittleEndian, Uids.ExplicitVRLittleEndian).build();
        Association a = open(rq);
        assertThat(a.presentationContexts().get(0).transferSyntax()).isEqualTo(Uids.ExplicitVRLittleEndian);
        a.release();
    }

    @Test
    void maximumAssociationsReachedIsTransientLocalLimitExceeded() throws IOException, InterruptedException {
        start(policy().maxAssociations(1).build());
        Association first = open(rq("ALLOWED", "SCP").build());
        assertReject(rejected(rq("ALLOWED", "SCP").build()), AssociateRejectResult.REJECTED_TRANSIENT,
                AssociateRejectReason.LOCAL_LIMIT_EXCEEDED);
        first.release();
        // The slot is free again once the first association has ended on the acceptor's side too: after its
        // A-RELEASE-RP the acceptor waits for the requestor to close the connection (PS3.8 Sta13), so the requestor's
        // release() may return before the acceptor counts the association as gone.
        for (Association served : acceptor.liveAssociations()) {
            assertThat(served.awaitClosed(WAIT)).as("acceptor side of the released association closed").isTrue();
        }
        Association third = open(rq("ALLOWED", "SCP").build());
        assertThat(third.isEstablished()).isTrue();
        third.release();
    }

    @Test
    void userIdentityIsCheckedAndAnsweredWhenAsked() throws IOException {
        start(policy().userIdentity(id -> new String(id.secondaryField(), StandardCharsets.UTF_8).equals("s3cret"), true)
                .build());
        assertReject(rejected(rq("ALLOWED", "SCP").build()), AssociateRejectResult.REJECTED_PERMANENT,
                AssociateRejectReason.USER_NO_REASON_GIVEN);
        assertReject(rejected(rq("ALLOWED", "SCP").userInformation(UserIdentityRq.usernameAndPasscode("ann", "wrong",
                true)).build()), AssociateRejectResult.REJECTED_PERMANENT, AssociateRejectReason.USER_NO_REASON_GIVEN);
        Association a = open(rq("ALLOWED", "SCP").userInformation(UserIdentityRq.usernameAndPasscode("ann", "s3cret",
                true)).build());
        assertThat(a.acceptance().userInformation().userIdentityAc()).isPresent().get()
                .isInstanceOf(UserIdentityAc.class);
        a.release();
    }

    @ParameterizedTest(name = "Maximum Length {0}")
    @ValueSource(longs = {1, 2, 6})
    void maximumLengthTooSmallForAnyPdvIsRejected(long max) throws IOException {
        start(policy().build());
        assertReject(rejected(rq("ALLOWED", "SCP").maxPduLength(max).build()), AssociateRejectResult.REJECTED_PERMANENT,
                AssociateRejectReason.USER_NO_REASON_GIVEN);
    }

    /** Maximum Length 0 means no limit (PS3.8 D.1); tiny limits are honoured to the byte. */
    @ParameterizedTest(name = "Maximum Length {0}")
    @ValueSource(longs = {0, 7, 8, 20, 100})
    void responsesRespectThePeersMaximumLength(long max) throws IOException {
        start(policy().build());
        try (RawConnection peer = RawConnection.connect("127.0.0.1", acceptor.localPort(), WAIT)) {
            peer.send(rq("ALLOWED", "SCP").maxPduLength(max).build());
            AAssociateAc ac = (AAssociateAc) peer.receive(WAIT);
            assertThat(ac.presentationContext(1).isAccepted()).isTrue();
            peer.send(PDataTf.of(PresentationDataValue.of(1, true, true,
                    CommandSet.encode(new CEchoRq(1, Uids.Verification), false))));
            ByteArrayOutputStream command = new ByteArrayOutputStream();
            int pdus = 0;
            while (true) {
                Pdu p = peer.receive(WAIT);
                assertThat(p).isInstanceOf(PDataTf.class);
                long length = PduEncoder.encode(p).length - 6L;
                if (max > 0) {
                    assertThat(length).as("P-DATA-TF length").isLessThanOrEqualTo(max);
                }
                pdus++;
                PresentationDataValue v = ((PDataTf) p).values().get(0);
                command.writeBytes(v.data());
                if (v.isLast()) {
                    break;
                }
            }
            CEchoRsp rsp = (CEchoRsp) CommandSet.decode(CommandSet.decodeDataset(command.toByteArray()));
            assertThat(rsp.status()).isZero();
            if (max > 0 && max < 50) {
                assertThat(pdus).as("fragmented").isGreaterThan(1);
            }
            peer.send(new AReleaseRq());
            assertThat(peer.receive(WAIT)).isInstanceOf(org.dicomharness.dicom.net.pdu.AReleaseRp.class);
        }
    }

    @Test
    void openFailsWithAMessageNamingTheRejection() throws IOException {
        start(policy().build());
        assertThatThrownBy(() -> open(rq("ALLOWED", "NOBODY").build())).isInstanceOf(AssociationRejectedException.class)
                .hasMessageContaining("called-AE-title-not-recognized").hasMessageContaining("rejected-permanent");
        assertThat(List.of(new MaximumLength(0)).get(0).toString()).contains("unlimited");
        assertThat(UserInformation.of(new MaximumLength(5)).maximumLength()).hasValue(5);
    }
}
