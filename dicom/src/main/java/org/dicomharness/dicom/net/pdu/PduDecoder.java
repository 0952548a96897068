package org.dicomharness.dicom.net.pdu;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads PDUs (PS3.8 9.3) from a connection's input. Every length is bounded before anything is allocated:
 * the PDU-length of a P-DATA-TF by the maximum length this side announced (PS3.8 D.1), other PDUs by fixed
 * bounds, and every item by the item or PDU that contains it. Violations end in a
 * {@link PduDecodeException} naming the byte offset, the item, the section and the A-ABORT reason.
 * Sub-items of unknown types are skipped as PS3.8 9.3.1 requires, and reported to a note consumer.
 */
public final class PduDecoder {

    /** Bound on A-ASSOCIATE-RQ/AC PDUs, which the Maximum Length does not govern: ample for 128 contexts. */
    public static final int MAX_ASSOCIATE_PDU_LENGTH = 1 << 20;
    /** Receiving "unlimited" (Maximum Length 0) is still bounded, for memory safety against hostile peers. */
    public static final int UNLIMITED_PDATA_BOUND = 64 << 20;

    private final InputStream in;
    private final Consumer<String> notes;
    private long position;
    private long maxPDataLength;

    /**
     * @param in             the connection's input
     * @param maxPDataLength the Maximum Length this side announced (0: unlimited, bounded by {@link #UNLIMITED_PDATA_BOUND})
     * @param notes          receives a line for every tolerated deviation (skipped sub-items, padding)
     */
    public PduDecoder(InputStream in, long maxPDataLength, Consumer<String> notes) {
        this.in = in;
        this.maxPDataLength = maxPDataLength;
        this.notes = notes;
    }

    public void setMaxPDataLength(long maxPDataLength) {
        this.maxPDataLength = maxPDataLength;
    }

    /** Bytes consumed from the input so far. */
    public long position() {
        return position;
    }

    /**
     * The next PDU, or {@code null} when the input ends cleanly before its first byte (the peer closed the
     * transport connection: event Evt17).
     *
     * @throws TruncatedPduException when the input ends inside a PDU
     * @throws PduDecodeException    when the PDU is unrecognized or malformed (event Evt19)
     */
    public Pdu read() throws IOException {
        long start = position;
        int first = in.read();
        if (first < 0) {
            return null;
        }
        position++;
        byte[] rest = readFully(5, start, "PDU header");
        int typeCode = first;
        long length = ((rest[1] & 0xFFL) << 24) | ((rest[2] & 0xFFL) << 16) | ((rest[3] & 0xFFL) << 8) | (rest[4] & 0xFFL);
        PduType type = PduType.ofCode(typeCode);
        if (type == null) {
            throw new PduDecodeException(start, String.format("PDU type %02XH", typeCode), "PS3.8 9.3.1",
                    AbortReason.UNRECOGNIZED_PDU, String.format("unrecognized PDU type %02XH (PDU-length %d); PS3.8 "
                    + "Table 9-11 defines types 01H-07H", typeCode, length));
        }
        long bound = bound(type);
        if (length > bound) {
            throw new PduDecodeException(start + 2, type.standardName(), type == PduType.P_DATA_TF ? "PS3.8 D.1"
                    : "PS3.8 9.3", AbortReason.INVALID_PDU_PARAMETER_VALUE, type.standardName() + " PDU-length "
                    + length + " exceeds " + (type == PduType.P_DATA_TF ? "the Maximum Length announced by this "
                    + "side, " + bound : "the bound of " + bound + " bytes"));
        }
        if (type == PduType.P_DATA_TF) {
            return pData(length, start);
        }
        byte[] body = readFully((int) length, start, type.standardName() + " body");
        Cursor c = new Cursor(body, start + 6, type.standardName());
        return switch (type) {
            case A_ASSOCIATE_RQ -> associateRq(c);
            case A_ASSOCIATE_AC -> associateAc(c);
            case A_ASSOCIATE_RJ -> {
                c.requireLength(4, "PS3.8 9.3.4");
                c.skip(1);
                yield new AAssociateRj(c.u8(), c.u8(), c.u8());
            }
            case P_DATA_TF -> throw new IllegalStateException("P-DATA-TF is read item by item above");
            case A_RELEASE_RQ -> {
                c.requireLength(4, "PS3.8 9.3.6");
                yield new AReleaseRq();
            }
            case A_RELEASE_RP -> {
                c.requireLength(4, "PS3.8 9.3.7");
                yield new AReleaseRp();
            }
            case A_ABORT -> {
                c.requireLength(4, "PS3.8 9.3.8");
                c.skip(2);
                yield new AAbort(c.u8(), c.u8());
            }
        };
    }

    private long bound(PduType type) {
        return switch (type) {
            case A_ASSOCIATE_RQ, A_ASSOCIATE_AC -> MAX_ASSOCIATE_PDU_LENGTH;
            case P_DATA_TF -> maxPDataLength == 0 ? UNLIMITED_PDATA_BOUND : maxPDataLength;
            default -> 64;
        };
    }

    private byte[] readFully(int n, long pduStart, String what) throws IOException {
        byte[] b = new byte[n];
        int off = 0;
        while (off < n) {
            int r = in.read(b, off, n - off);
            if (r < 0) {
                throw new TruncatedPduException("the connection closed inside the " + what + " of the PDU starting at "
                        + "byte " + pduStart + ": " + off + " of " + n + " bytes arrived");
            }
            off += r;
            position += r;
        }
        return b;
    }

    // ---------------------------------------------------------------------------- A-ASSOCIATE-RQ / AC

    private AAssociateRq associateRq(Cursor c) throws PduDecodeException {
        Fixed f = fixed(c, "PS3.8 9.3.2");
        String appContext = null;
        List<PresentationContextRq> contexts = new ArrayList<>();
        UserInformation userInfo = null;
        while (c.remaining() > 0) {
            Item item = c.item();
            switch (item.type) {
                case ItemType.APPLICATION_CONTEXT -> appContext = onlyOne(appContext, item, uid(item.content));
                case ItemType.PRESENTATION_CONTEXT_RQ -> contexts.add(presentationContextRq(item));
                case ItemType.USER_INFORMATION -> userInfo = onlyOne(userInfo, item, userInformation(item.content));
                case ItemType.PRESENTATION_CONTEXT_AC, ItemType.ABSTRACT_SYNTAX, ItemType.TRANSFER_SYNTAX ->
                        throw item.error("PS3.8 9.3.2", AbortReason.UNEXPECTED_PDU_PARAMETER,
                                ItemType.describe(item.type) + " does not belong in the variable field of an A-ASSOCIATE-RQ");
                default -> notes.accept("A-ASSOCIATE-RQ: skipped " + ItemType.describe(item.type) + " of "
                        + item.content.remaining() + " bytes at byte " + item.offset + " (PS3.8 9.3.1)");
            }
        }
        checkMandatory(c, appContext, contexts.isEmpty(), "A-ASSOCIATE-RQ", "PS3.8 9.3.2");
        return new AAssociateRq(f.version, f.called, f.calling, appContext, contexts, userInformationOrEmpty(userInfo,
                "A-ASSOCIATE-RQ"));
    }

    private AAssociateAc associateAc(Cursor c) throws PduDecodeException {
        Fixed f = fixed(c, "PS3.8 9.3.3");
        String appContext = null;
        List<PresentationContextAc> contexts = new ArrayList<>();
        UserInformation userInfo = null;
        while (c.remaining() > 0) {
            Item item = c.item();
            switch (item.type) {
                case ItemType.APPLICATION_CONTEXT -> appContext = onlyOne(appContext, item, uid(item.content));
                case ItemType.PRESENTATION_CONTEXT_AC -> contexts.add(presentationContextAc(item));
                case ItemType.USER_INFORMATION -> userInfo = onlyOne(userInfo, item, userInformation(item.content));
                case ItemType.PRESENTATION_CONTEXT_RQ, ItemType.ABSTRACT_SYNTAX, ItemType.TRANSFER_SYNTAX ->
                        throw item.error("PS3.8 9.3.3", AbortReason.UNEXPECTED_PDU_PARAMETER,
                                ItemType.describe(item.type) + " does not belong in the variable field of an A-ASSOCIATE-AC");
                default -> notes.accept("A-ASSOCIATE-AC: skipped " + ItemType.describe(item.type) + " of "
                        + item.content.remaining() + " bytes at byte " + item.offset + " (PS3.8 9.3.1)");
            }
        }
        checkMandatory(c, appContext, contexts.isEmpty(), "A-ASSOCIATE-AC", "PS3.8 9.3.3");
        return new AAssociateAc(f.version, f.called, f.calling, appContext, contexts, userInformationOrEmpty(userInfo,
                "A-ASSOCIATE-AC"));
    }

    private UserInformation userInformationOrEmpty(UserInformation userInfo, String pdu) {
        if (userInfo == null) {
            notes.accept(pdu + " has no User Information Item (PS3.8 9.3.2: one is required); read as empty");
            return new UserInformation(List.of());
        }
        return userInfo;
    }

    private static void checkMandatory(Cursor c, String appContext, boolean noContexts, String pdu, String section)
            throws PduDecodeException {
        if (appContext == null) {
            throw new PduDecodeException(c.base, pdu, section, AbortReason.INVALID_PDU_PARAMETER_VALUE,
                    pdu + " has no Application Context Item (exactly one is required)");
        }
        if (noContexts) {
            throw new PduDecodeException(c.base, pdu, section, AbortReason.INVALID_PDU_PARAMETER_VALUE,
                    pdu + " has no Presentation Context Item (one or more are required)");
        }
    }

    private static <T> T onlyOne(T previous, Item item, T value) throws PduDecodeException {
        if (previous != null) {
            throw item.error("PS3.8 9.3.2", AbortReason.UNEXPECTED_PDU_PARAMETER,
                    "a second " + ItemType.describe(item.type) + "; exactly one is allowed");
        }
        return value;
    }

    private record Fixed(int version, String called, String calling) {
    }

    private static Fixed fixed(Cursor c, String section) throws PduDecodeException {
        if (c.remaining() < 68) {
            throw new PduDecodeException(c.base, c.what, section, AbortReason.INVALID_PDU_PARAMETER_VALUE,
                    c.what + " PDU-length " + c.remaining() + " is shorter than its 68 bytes of fixed fields");
        }
        int version = c.u16();
        c.skip(2);
        String called = aeTitle(c.bytes(16));
        String calling = aeTitle(c.bytes(16));
        c.skip(32);
        return new Fixed(version, called, calling);
    }

    private static String aeTitle(byte[] b) {
        return new String(b, StandardCharsets.US_ASCII).strip();
    }

    private PresentationContextRq presentationContextRq(Item item) throws PduDecodeException {
        Cursor c = item.content;
        c.requireAtLeast(4, "PS3.8 9.3.2.2");
        int id = c.u8();
        c.skip(3);
        String abstractSyntax = null;
        List<String> transferSyntaxes = new ArrayList<>();
        while (c.remaining() > 0) {
            Item sub = c.item();
            switch (sub.type) {
                case ItemType.ABSTRACT_SYNTAX -> abstractSyntax = onlyOne(abstractSyntax, sub, uid(sub.content));
                case ItemType.TRANSFER_SYNTAX -> transferSyntaxes.add(uid(sub.content));
                default -> notes.accept("Presentation Context " + id + ": skipped " + ItemType.describe(sub.type)
                        + " at byte " + sub.offset + " (PS3.8 9.3.1)");
            }
        }
        if (abstractSyntax == null || transferSyntaxes.isEmpty()) {
            throw item.error("PS3.8 9.3.2.2", AbortReason.INVALID_PDU_PARAMETER_VALUE, "Presentation Context " + id
                    + " lacks " + (abstractSyntax == null ? "its Abstract Syntax Sub-Item" : "a Transfer Syntax Sub-Item"));
        }
        return new PresentationContextRq(id, abstractSyntax, transferSyntaxes);
    }

    private PresentationContextAc presentationContextAc(Item item) throws PduDecodeException {
        Cursor c = item.content;
        c.requireAtLeast(4, "PS3.8 9.3.3.2");
        int id = c.u8();
        c.skip(1);
        int result = c.u8();
        c.skip(1);
        String ts = null;
        while (c.remaining() > 0) {
            Item sub = c.item();
            if (sub.type == ItemType.TRANSFER_SYNTAX) {
                ts = onlyOne(ts, sub, uid(sub.content));
            } else {
                notes.accept("Presentation Context " + id + " (AC): skipped " + ItemType.describe(sub.type)
                        + " at byte " + sub.offset + " (PS3.8 9.3.1)");
            }
        }
        if (result == 0 && (ts == null || ts.isEmpty())) {
            throw item.error("PS3.8 9.3.3.2", AbortReason.INVALID_PDU_PARAMETER_VALUE, "accepted Presentation Context "
                    + id + " names no transfer syntax");
        }
        return new PresentationContextAc(id, result, ts);
    }

    // ---------------------------------------------------------------------------- User Information

    private UserInformation userInformation(Cursor c) throws PduDecodeException {
        List<UserInformationItem> items = new ArrayList<>();
        while (c.remaining() > 0) {
            Item sub = c.item();
            Cursor v = sub.content;
            String section = "PS3.7 D.3.3";
            items.add(switch (sub.type) {
                case ItemType.MAXIMUM_LENGTH -> {
                    v.requireLength(4, "PS3.8 D.1");
                    yield new MaximumLength(v.u32());
                }
                case ItemType.IMPLEMENTATION_CLASS_UID -> new ImplementationClassUid(uid(v));
                case ItemType.IMPLEMENTATION_VERSION_NAME -> new ImplementationVersionName(text(v));
                case ItemType.ASYNCHRONOUS_OPERATIONS_WINDOW -> {
                    v.requireLength(4, "PS3.7 D.3.3.3");
                    yield new AsynchronousOperationsWindow(v.u16(), v.u16());
                }
                case ItemType.ROLE_SELECTION -> {
                    String uid = uid(v.sub(v.u16(), section + ".4"));
                    v.requireLength(2, "PS3.7 D.3.3.4");
                    RoleSelection r = new RoleSelection(uid, v.u8() == 1, v.u8() == 1);
                    yield r;
                }
                case ItemType.SOP_CLASS_EXTENDED_NEGOTIATION -> {
                    String uid = uid(v.sub(v.u16(), section + ".5"));
                    yield new SopClassExtendedNegotiation(uid, v.bytes(v.remaining()));
                }
                case ItemType.SOP_CLASS_COMMON_EXTENDED_NEGOTIATION -> {
                    String uid = uid(v.sub(v.u16(), section + ".6"));
                    String service = uid(v.sub(v.u16(), section + ".6"));
                    Cursor related = v.sub(v.u16(), section + ".6");
                    List<String> relatedUids = new ArrayList<>();
                    while (related.remaining() > 0) {
                        relatedUids.add(uid(related.sub(related.u16(), section + ".6")));
                    }
                    if (v.remaining() > 0) {
                        notes.accept("SOP Class Common Extended Negotiation: " + v.remaining()
                                + " trailing bytes ignored (PS3.7 D.3.3.6)");
                    }
                    yield new SopClassCommonExtendedNegotiation(uid, service, relatedUids);
                }
                case ItemType.USER_IDENTITY_RQ -> {
                    v.requireAtLeast(4, "PS3.7 D.3.3.7.1");
                    int type = v.u8();
                    boolean positive = v.u8() == 1;
                    byte[] primary = v.sub(v.u16(), "PS3.7 D.3.3.7.1").bytes();
                    byte[] secondary = v.remaining() >= 2 ? v.sub(v.u16(), "PS3.7 D.3.3.7.1").bytes() : new byte[0];
                    yield new UserIdentityRq(type, positive, primary, secondary);
                }
                case ItemType.USER_IDENTITY_AC -> new UserIdentityAc(v.sub(v.u16(), "PS3.7 D.3.3.7.2").bytes());
                default -> {
                    notes.accept("User Information: skipped " + ItemType.describe(sub.type) + " of " + v.remaining()
                            + " bytes at byte " + sub.offset + " (PS3.8 9.3.1)");
                    yield new UnknownUserInformationItem(sub.type, v.bytes(v.remaining()));
                }
            });
        }
        return new UserInformation(items);
    }

    /** PS3.8 9.3.2.2.1 / Annex F: UIDs are ASCII; trailing NUL padding and spaces are tolerated and removed. */
    private static String uid(Cursor c) {
        String s = new String(c.bytes(c.remaining()), StandardCharsets.US_ASCII);
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == 0 || s.charAt(end - 1) == ' ')) {
            end--;
        }
        return s.substring(0, end);
    }

    private static String text(Cursor c) {
        return new String(c.bytes(c.remaining()), StandardCharsets.US_ASCII).strip();
    }

    // ---------------------------------------------------------------------------- P-DATA-TF

    /**
     * Reads a P-DATA-TF item by item, each PDV's data straight into its own array: a large transfer is
     * copied once from the socket, not once into a PDU buffer and again into the PDVs.
     */
    private PDataTf pData(long length, long start) throws IOException {
        List<PresentationDataValue> values = new ArrayList<>();
        long left = length;
        while (left > 0) {
            long at = position;
            if (left < 6) {
                readFully((int) left, start, "P-DATA-TF body");
                throw new PduDecodeException(at, "P-DATA-TF / Presentation Data Value Item", "PS3.8 9.3.5.1",
                        AbortReason.INVALID_PDU_PARAMETER_VALUE, left + " trailing bytes cannot hold a PDV item header");
            }
            byte[] h = readFully(6, start, "P-DATA-TF body");
            long itemLength = ((h[0] & 0xFFL) << 24) | ((h[1] & 0xFFL) << 16) | ((h[2] & 0xFFL) << 8) | (h[3] & 0xFFL);
            left -= 4;
            if (itemLength < 2 || itemLength > left) {
                throw new PduDecodeException(at, "P-DATA-TF / Presentation Data Value Item", "PS3.8 9.3.5.1",
                        AbortReason.INVALID_PDU_PARAMETER_VALUE, "PDV item-length " + itemLength + (itemLength < 2
                        ? " is below 2 (context ID and message control header)" : " exceeds the " + left
                        + " bytes left in the PDU"));
            }
            int header = h[5] & 0xFF;
            if ((header & ~0x03) != 0) {
                notes.accept(String.format("P-DATA-TF: PDV message control header %02XH has reserved bits set "
                        + "(PS3.8 E.2: bits 2-7 are 0)", header));
            }
            values.add(new PresentationDataValue(h[4] & 0xFF, header, readFully((int) itemLength - 2, start,
                    "P-DATA-TF body")));
            left -= itemLength;
        }
        if (values.isEmpty()) {
            throw new PduDecodeException(start + 6, "P-DATA-TF", "PS3.8 9.3.5", AbortReason.INVALID_PDU_PARAMETER_VALUE,
                    "P-DATA-TF holds no Presentation Data Value Item (one or more are required)");
        }
        return new PDataTf(values);
    }

    // ---------------------------------------------------------------------------- cursor

    private record Item(int type, long offset, Cursor content, String what) {

        PduDecodeException error(String section, AbortReason reason, String message) {
            return new PduDecodeException(offset, what + " / " + ItemType.describe(type), section, reason, message);
        }
    }

    /** A bounded window over a PDU body with absolute offsets for messages. */
    private static final class Cursor {
        private final byte[] b;
        private final long base;
        private final String what;
        private final int end;
        private int pos;

        Cursor(byte[] b, long base, String what) {
            this(b, 0, b.length, base, what);
        }

        private Cursor(byte[] b, int from, int to, long base, String what) {
            this.b = b;
            this.pos = from;
            this.end = to;
            this.base = base;
            this.what = what;
        }

        int remaining() {
            return end - pos;
        }

        long offset() {
            return base + pos;
        }

        void need(int n, String section) throws PduDecodeException {
            if (n > remaining()) {
                throw new PduDecodeException(offset(), what, section, AbortReason.INVALID_PDU_PARAMETER_VALUE,
                        "a field of " + n + " bytes overruns its container: " + remaining() + " bytes left");
            }
        }

        void requireLength(int n, String section) throws PduDecodeException {
            if (remaining() != n) {
                throw new PduDecodeException(offset(), what, section, AbortReason.INVALID_PDU_PARAMETER_VALUE,
                        what + " has length " + remaining() + " where " + n + " is required");
            }
        }

        void requireAtLeast(int n, String section) throws PduDecodeException {
            if (remaining() < n) {
                throw new PduDecodeException(offset(), what, section, AbortReason.INVALID_PDU_PARAMETER_VALUE,
                        what + " has length " + remaining() + ", below its " + n + " bytes of fixed fields");
            }
        }

        int u8() throws PduDecodeException {
            need(1, "PS3.8 9.3.1");
            return b[pos++] & 0xFF;
        }

        int u16() throws PduDecodeException {
            need(2, "PS3.8 9.3.1");
            int v = ((b[pos] & 0xFF) << 8) | (b[pos + 1] & 0xFF);
            pos += 2;
            return v;
        }

        long u32() throws PduDecodeException {
            need(4, "PS3.8 9.3.1");
            long v = ((b[pos] & 0xFFL) << 24) | ((b[pos + 1] & 0xFFL) << 16) | ((b[pos + 2] & 0xFFL) << 8)
                    | (b[pos + 3] & 0xFFL);
            pos += 4;
            return v;
        }

        void skip(int n) throws PduDecodeException {
            need(n, "PS3.8 9.3.1");
            pos += n;
        }

        byte[] bytes(int n) {
            // Callers pass remaining() or a length checked by need(); the copy cannot overrun.
            byte[] out = java.util.Arrays.copyOfRange(b, pos, pos + n);
            pos += n;
            return out;
        }

        byte[] bytes() {
            return bytes(remaining());
        }

        /** A cursor over the next {@code n} bytes, which must fit. */
        Cursor sub(int n, String section) throws PduDecodeException {
            need(n, section);
            Cursor c = new Cursor(b, pos, pos + n, base, what);
            pos += n;
            return c;
        }

        /** The next item: type (1), reserved (1), item-length (2), content; the content must fit. */
        Item item() throws PduDecodeException {
            long at = offset();
            if (remaining() < 4) {
                throw new PduDecodeException(at, what, "PS3.8 9.3.1", AbortReason.INVALID_PDU_PARAMETER_VALUE,
                        remaining() + " trailing bytes cannot hold an item header (4 bytes)");
            }
            int type = u8();
            skip(1);
            int length = u16();
            if (length > remaining()) {
                throw new PduDecodeException(at, what + " / " + ItemType.describe(type), "PS3.8 9.3.1",
                        AbortReason.INVALID_PDU_PARAMETER_VALUE, ItemType.describe(type) + " item-length " + length
                        + " overruns its container: " + remaining() + " bytes left");
            }
            Cursor content = new Cursor(b, pos, pos + length, base, what + " / " + ItemType.describe(type));
            pos += length;
            return new Item(type, at, content, what);
        }
    }
}
