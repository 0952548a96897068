package org.dicomharness.dicom.net.pdu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class PduCodecTest {

    private static final String CT = "1.2.840.10008.5.1.4.1.1.2";
    private static final String IVLE = "1.2.840.10008.1.2";
    private static final String EVLE = "1.2.840.10008.1.2.1";

    private final List<String> notes = new ArrayList<>();

    private Pdu decode(byte[] bytes) throws IOException {
        return new PduDecoder(new ByteArrayInputStream(bytes), 16384, notes::add).read();
    }

    static AAssociateRq fullRequest() {
        List<UserInformationItem> items = new ArrayList<>(List.of(
                new MaximumLength(16384),
                new ImplementationClassUid("1.2.3.4"),
                new AsynchronousOperationsWindow(5, 3),
                new RoleSelection(CT, true, true),
                new SopClassExtendedNegotiation(CT, new byte[] {1, 0, 1}),
                new SopClassCommonExtendedNegotiation(CT, "1.2.840.10008.4.2", List.of("1.2.3", "1.2.4")),
                UserIdentityRq.usernameAndPasscode("alice", "secret", true),
                new ImplementationVersionName("HARNESS_1")));
        return new AAssociateRq(1, "CALLED", "CALLING", AAssociateRq.DICOM_APPLICATION_CONTEXT,
                List.of(new PresentationContextRq(1, CT, EVLE, IVLE), new PresentationContextRq(3, "1.2.840.10008.1.1",
                        IVLE)), new UserInformation(items));
    }

    @Test
    void associateRequestRoundTripsWithEverySubItem() throws IOException {
        AAssociateRq rq = fullRequest();
        byte[] bytes = PduEncoder.encode(rq);
        assertThat(bytes[0]).isEqualTo((byte) 0x01);
        // PS3.8 9.3.2: AE titles are 16 bytes, space padded, at bytes 11-26 and 27-42 (1-based).
        assertThat(new String(bytes, 10, 16, StandardCharsets.US_ASCII)).isEqualTo("CALLED          ");
        assertThat(new String(bytes, 26, 16, StandardCharsets.US_ASCII)).isEqualTo("CALLING         ");
        assertThat(decode(bytes)).isEqualTo(rq);
        assertThat(notes).isEmpty();
    }

    @Test
    void everyUserIdentityTypeRoundTrips() throws IOException {
        for (UserIdentityType type : UserIdentityType.values()) {
            UserIdentityRq id = type == UserIdentityType.USERNAME_AND_PASSCODE
                    ? UserIdentityRq.usernameAndPasscode("bob", "pw", false)
                    : UserIdentityRq.of(type, ("token-" + type).getBytes(StandardCharsets.UTF_8), true);
            AAssociateRq rq = new AAssociateRq(1, "A", "B", AAssociateRq.DICOM_APPLICATION_CONTEXT,
                    List.of(new PresentationContextRq(1, CT, IVLE)), UserInformation.of(new MaximumLength(0), id));
            AAssociateRq back = (AAssociateRq) decode(PduEncoder.encode(rq));
            assertThat(back.userInformation().userIdentityRq()).contains(id);
            assertThat(back.userInformation().userIdentityRq().get().userIdentityType()).isEqualTo(type.code());
        }
        assertThat(UserIdentityRq.usernameAndPasscode("bob", "pw", false).toString()).doesNotContain("pw");
    }

    @Test
    void associateAcceptRoundTrips() throws IOException {
        AAssociateAc ac = new AAssociateAc(1, "CALLED", "CALLING", AAssociateRq.DICOM_APPLICATION_CONTEXT,
                List.of(new PresentationContextAc(1, PresentationContextResult.ACCEPTANCE, EVLE),
                        new PresentationContextAc(3, PresentationContextResult.TRANSFER_SYNTAXES_NOT_SUPPORTED, IVLE)),
                UserInformation.of(new MaximumLength(32768), new ImplementationClassUid("1.2.3"),
                        new RoleSelection(CT, true, false), new UserIdentityAc("ticket".getBytes(StandardCharsets.UTF_8))));
        AAssociateAc back = (AAssociateAc) decode(PduEncoder.encode(ac));
        assertThat(back).isEqualTo(ac);
        assertThat(back.presentationContext(3).isAccepted()).isFalse();
    }

    @Test
    void fixedLengthPdusHaveTheBytesOfPs38() throws IOException {
        assertThat(HexFormat.of().formatHex(PduEncoder.encode(new AReleaseRq()))).isEqualTo("05000000000400000000");
        assertThat(HexFormat.of().formatHex(PduEncoder.encode(new AReleaseRp()))).isEqualTo("06000000000400000000");
        assertThat(HexFormat.of().formatHex(PduEncoder.encode(AAbort.byServiceProvider(AbortReason.UNEXPECTED_PDU))))
                .isEqualTo("07000000000400000202");
        assertThat(HexFormat.of().formatHex(PduEncoder.encode(AAssociateRj.of(AssociateRejectResult.REJECTED_TRANSIENT,
                AssociateRejectReason.LOCAL_LIMIT_EXCEEDED)))).isEqualTo("03000000000400020302");
        for (Pdu p : List.of(new AReleaseRq(), new AReleaseRp(), new AAbort(0, 0), new AAssociateRj(1, 1, 7))) {
            assertThat(decode(PduEncoder.encode(p))).isEqualTo(p);
        }
    }

    @Test
    void pDataCarriesTheMessageControlHeader() throws IOException {
        PDataTf p = new PDataTf(List.of(PresentationDataValue.of(1, true, true, new byte[] {1, 2, 3}),
                PresentationDataValue.of(1, false, false, new byte[] {4})));
        byte[] bytes = PduEncoder.encode(p);
        // PDU header, then item-length 5, context 1, header 03 (command, last), data 010203.
        assertThat(HexFormat.of().formatHex(bytes)).isEqualTo("040000000010" + "00000005" + "01" + "03" + "010203"
                + "00000003" + "01" + "00" + "04");
        PDataTf back = (PDataTf) decode(bytes);
        assertThat(back).isEqualTo(p);
        assertThat(back.values().get(0).isCommand()).isTrue();
        assertThat(back.values().get(0).isLast()).isTrue();
        assertThat(back.values().get(1).isCommand()).isFalse();
    }

    @Test
    void cleanEndOfInputIsNullAndTruncationIsTransportClose() throws IOException {
        assertThat(decode(new byte[0])).isNull();
        byte[] rq = PduEncoder.encode(fullRequest());
        assertThatThrownBy(() -> decode(java.util.Arrays.copyOf(rq, rq.length - 5)))
                .isInstanceOf(TruncatedPduException.class).hasMessageContaining("A-ASSOCIATE-RQ body");
    }

    @Test
    void unrecognizedPduTypeIsAbortReason1() {
        assertThatThrownBy(() -> decode(HexFormat.of().parseHex("08000000000400000000")))
                .isInstanceOfSatisfying(PduDecodeException.class, e -> {
                    assertThat(e.abortReason()).isEqualTo(AbortReason.UNRECOGNIZED_PDU);
                    assertThat(e.offset()).isZero();
                    assertThat(e.getMessage()).contains("08H").contains("PS3.8 9.3.1");
                });
    }

    @Test
    void pDataLongerThanTheAnnouncedMaximumIsRefusedBeforeAllocation() {
        byte[] huge = HexFormat.of().parseHex("04007fffffff");
        assertThatThrownBy(() -> decode(huge)).isInstanceOfSatisfying(PduDecodeException.class, e -> {
            assertThat(e.abortReason()).isEqualTo(AbortReason.INVALID_PDU_PARAMETER_VALUE);
            assertThat(e.section()).isEqualTo("PS3.8 D.1");
            assertThat(e.getMessage()).contains("2147483647").contains("16384");
        });
    }

    @Test
    void fixedLengthPduWithAnotherLengthIsInvalid() {
        assertThatThrownBy(() -> decode(HexFormat.of().parseHex("050000000006000000000000")))
                .isInstanceOfSatisfying(PduDecodeException.class, e -> {
                    assertThat(e.abortReason()).isEqualTo(AbortReason.INVALID_PDU_PARAMETER_VALUE);
                    assertThat(e.section()).isEqualTo("PS3.8 9.3.6");
                });
    }

    @Test
    void itemLengthOverrunningItsPduIsInvalidWithItsOffset() {
        byte[] rq = PduEncoder.encode(fullRequest());
        // The Application Context Item starts right after the 68 fixed bytes: its length is at bytes 74-75.
        rq[6 + 68 + 2] = 0x7f;
        assertThatThrownBy(() -> decode(rq)).isInstanceOfSatisfying(PduDecodeException.class, e -> {
            assertThat(e.abortReason()).isEqualTo(AbortReason.INVALID_PDU_PARAMETER_VALUE);
            assertThat(e.offset()).isEqualTo(74);
            assertThat(e.item()).contains("Application Context Item");
        });
    }

    @Test
    void pdvItemLengthBelowTwoIsInvalid() {
        assertThatThrownBy(() -> decode(HexFormat.of().parseHex("040000000006" + "00000001" + "0103")))
                .isInstanceOfSatisfying(PduDecodeException.class, e -> {
                    assertThat(e.abortReason()).isEqualTo(AbortReason.INVALID_PDU_PARAMETER_VALUE);
                    assertThat(e.getMessage()).contains("below 2");
                });
    }

    @Test
    void acceptItemInARequestIsAnUnexpectedParameter() throws IOException {
        AAssociateRq rq = fullRequest();
        byte[] bytes = PduEncoder.encode(rq);
        // Retype the first Presentation Context Item (20H) as an AC item (21H).
        int pcAt = indexOfItem(bytes, 0x20);
        bytes[pcAt] = 0x21;
        assertThatThrownBy(() -> decode(bytes)).isInstanceOfSatisfying(PduDecodeException.class,
                e -> assertThat(e.abortReason()).isEqualTo(AbortReason.UNEXPECTED_PDU_PARAMETER));
    }

    @Test
    void requestWithoutApplicationContextIsInvalid() {
        AAssociateRq rq = new AAssociateRq(1, "A", "B", null, List.of(new PresentationContextRq(1, CT, IVLE)),
                UserInformation.of(new MaximumLength(0)));
        assertThatThrownBy(() -> decode(PduEncoder.encode(rq))).isInstanceOfSatisfying(PduDecodeException.class, e -> {
            assertThat(e.abortReason()).isEqualTo(AbortReason.INVALID_PDU_PARAMETER_VALUE);
            assertThat(e.getMessage()).contains("Application Context Item");
        });
    }

    @Test
    void unknownItemsAndSubItemsAreSkippedAsPs38Requires() throws IOException {
        AAssociateRq rq = new AAssociateRq(1, "A", "B", AAssociateRq.DICOM_APPLICATION_CONTEXT,
                List.of(new PresentationContextRq(1, CT, IVLE)),
                UserInformation.of(new MaximumLength(0), new UnknownUserInformationItem(0x5F, new byte[] {9, 9})));
        byte[] bytes = PduEncoder.encode(rq);
        // Append an unknown top-level item (type 0x70, 2 bytes) and fix the PDU length.
        byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length + 6);
        System.arraycopy(new byte[] {0x70, 0, 0, 2, 7, 7}, 0, longer, bytes.length, 6);
        long len = longer.length - 6L;
        longer[2] = (byte) (len >>> 24);
        longer[3] = (byte) (len >>> 16);
        longer[4] = (byte) (len >>> 8);
        longer[5] = (byte) len;
        AAssociateRq back = (AAssociateRq) decode(longer);
        assertThat(back.userInformation().items()).containsExactlyElementsOf(rq.userInformation().items());
        assertThat(notes).anyMatch(n -> n.contains("5FH")).anyMatch(n -> n.contains("70H"));
    }

    @Test
    void roleSelectionUidLengthOverrunIsInvalid() {
        AAssociateRq rq = new AAssociateRq(1, "A", "B", AAssociateRq.DICOM_APPLICATION_CONTEXT,
                List.of(new PresentationContextRq(1, CT, IVLE)), UserInformation.of(new RoleSelection(CT, true, false)));
        byte[] bytes = PduEncoder.encode(rq);
        int at = indexOfItem(bytes, 0x54);
        bytes[at + 5] = (byte) 0x40;
        assertThatThrownBy(() -> decode(bytes)).isInstanceOfSatisfying(PduDecodeException.class,
                e -> assertThat(e.abortReason()).isEqualTo(AbortReason.INVALID_PDU_PARAMETER_VALUE));
    }

    /** The offset of the first item header of a type after the fixed fields (searching item by item). */
    private static int indexOfItem(byte[] pdu, int type) {
        int at = 6 + 68;
        while (at < pdu.length) {
            int t = pdu[at] & 0xFF;
            int len = (pdu[at + 2] & 0xFF) << 8 | pdu[at + 3] & 0xFF;
            if (t == type) {
                return at;
            }
            if (t == ItemType.USER_INFORMATION && type > ItemType.USER_INFORMATION) {
                at += 4;
                continue;
            }
            at += 4 + len;
        }
        throw new AssertionError("no item " + type);
    }
}
