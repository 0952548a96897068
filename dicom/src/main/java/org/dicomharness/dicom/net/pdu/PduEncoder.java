package org.dicomharness.dicom.net.pdu;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Encodes PDUs (PS3.8 9.3) to bytes. All multi-byte fields are big endian (PS3.8 9.3.1); reserved fields
 * are sent as zero; UIDs are written without padding. Values are written as the records hold them, so a
 * hand-built faulty PDU (an even context ID, an undefined reason) goes on the wire as built.
 */
public final class PduEncoder {

    private PduEncoder() {
    }

    /** The complete PDU, header included. */
    public static byte[] encode(Pdu pdu) {
        Buffer body = new Buffer();
        if (pdu instanceof AAssociateRq rq) {
            associate(body, rq.protocolVersion(), rq.calledAeTitle(), rq.callingAeTitle(), rq.applicationContext(),
                    () -> rq.presentationContexts().forEach(pc -> presentationContextRq(body, pc)),
                    rq.userInformation());
        } else if (pdu instanceof AAssociateAc ac) {
            associate(body, ac.protocolVersion(), ac.calledAeTitle(), ac.callingAeTitle(), ac.applicationContext(),
                    () -> ac.presentationContexts().forEach(pc -> presentationContextAc(body, pc)),
                    ac.userInformation());
        } else if (pdu instanceof AAssociateRj rj) {
            body.u8(0);
            body.u8(rj.result());
            body.u8(rj.source());
            body.u8(rj.reason());
        } else if (pdu instanceof PDataTf p) {
            for (PresentationDataValue v : p.values()) {
                body.u32(2L + v.data().length);
                body.u8(v.presentationContextId());
                body.u8(v.messageControlHeader());
                body.bytes(v.data());
            }
        } else if (pdu instanceof AAbort a) {
            body.u8(0);
            body.u8(0);
            body.u8(a.source());
            body.u8(a.reason());
        } else {
            // A-RELEASE-RQ and A-RELEASE-RP: four reserved bytes (PS3.8 9.3.6, 9.3.7).
            body.u32(0);
        }
        byte[] content = body.toByteArray();
        Buffer out = new Buffer();
        out.u8(pdu.type().code());
        out.u8(0);
        out.u32(content.length);
        out.bytes(content);
        return out.toByteArray();
    }

    /** Writes the PDU to {@code out} (not flushed). */
    public static void write(Pdu pdu, OutputStream out) throws IOException {
        out.write(encode(pdu));
    }

    /**
     * The header of a P-DATA-TF PDU holding one PDV of {@code dataLength} bytes, followed by the PDV header:
     * 12 bytes to write before the data itself, so that large fragments need not be copied into a PDU buffer.
     */
    public static byte[] singlePdvHeader(int contextId, int messageControlHeader, int dataLength) {
        byte[] h = new byte[12];
        long pduLength = 6L + dataLength;
        long pdvLength = 2L + dataLength;
        h[0] = (byte) PduType.P_DATA_TF.code();
        putU32(h, 2, pduLength);
        putU32(h, 6, pdvLength);
        h[10] = (byte) contextId;
        h[11] = (byte) messageControlHeader;
        return h;
    }

    private static void putU32(byte[] b, int at, long v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }

    // -------------------------------------------------------------------- A-ASSOCIATE-RQ/AC

    private static void associate(Buffer body, int version, String called, String calling, String appContext,
                                  Runnable contexts, UserInformation userInfo) {
        body.u16(version);
        body.u16(0);
        body.bytes(aeTitle(called, "Called-AE-title"));
        body.bytes(aeTitle(calling, "Calling-AE-title"));
        body.bytes(new byte[32]);
        if (appContext != null) {
            item(body, ItemType.APPLICATION_CONTEXT, 0, ascii(appContext));
        }
        contexts.run();
        if (userInfo != null) {
            Buffer ui = new Buffer();
            for (UserInformationItem sub : userInfo.items()) {
                userInformationItem(ui, sub);
            }
            item(body, ItemType.USER_INFORMATION, 0, ui.toByteArray());
        }
    }

    /** PS3.8 9.3.2: 16 characters, space padded; leading/trailing spaces are not significant. */
    private static byte[] aeTitle(String title, String field) {
        String t = title == null ? "" : title;
        byte[] raw = t.getBytes(StandardCharsets.US_ASCII);
        if (raw.length > 16) {
            throw new IllegalArgumentException(field + " '" + t + "' has " + raw.length
                    + " characters; an AE title has at most 16 (PS3.8 9.3.2)");
        }
        byte[] out = new byte[16];
        java.util.Arrays.fill(out, (byte) ' ');
        System.arraycopy(raw, 0, out, 0, raw.length);
        return out;
    }

    private static void presentationContextRq(Buffer body, PresentationContextRq pc) {
        Buffer content = new Buffer();
        content.u8(pc.id());
        content.u8(0);
        content.u8(0);
        content.u8(0);
        item(content, ItemType.ABSTRACT_SYNTAX, 0, ascii(pc.abstractSyntax()));
        for (String ts : pc.transferSyntaxes()) {
            item(content, ItemType.TRANSFER_SYNTAX, 0, ascii(ts));
        }
        item(body, ItemType.PRESENTATION_CONTEXT_RQ, 0, content.toByteArray());
    }

    private static void presentationContextAc(Buffer body, PresentationContextAc pc) {
        Buffer content = new Buffer();
        content.u8(pc.id());
        content.u8(0);
        content.u8(pc.result());
        content.u8(0);
        if (pc.transferSyntax() != null) {
            item(content, ItemType.TRANSFER_SYNTAX, 0, ascii(pc.transferSyntax()));
        }
        item(body, ItemType.PRESENTATION_CONTEXT_AC, 0, content.toByteArray());
    }

    private static void userInformationItem(Buffer ui, UserInformationItem sub) {
        Buffer v = new Buffer();
        if (sub instanceof MaximumLength m) {
            v.u32(m.maximumLength());
        } else if (sub instanceof ImplementationClassUid c) {
            v.bytes(ascii(c.uid()));
        } else if (sub instanceof ImplementationVersionName n) {
            v.bytes(ascii(n.name()));
        } else if (sub instanceof AsynchronousOperationsWindow w) {
            v.u16(w.maxOperationsInvoked());
            v.u16(w.maxOperationsPerformed());
        } else if (sub instanceof RoleSelection r) {
            byte[] uid = ascii(r.sopClassUid());
            v.u16(uid.length);
            v.bytes(uid);
            v.u8(r.scuRole() ? 1 : 0);
            v.u8(r.scpRole() ? 1 : 0);
        } else if (sub instanceof SopClassExtendedNegotiation x) {
            byte[] uid = ascii(x.sopClassUid());
            v.u16(uid.length);
            v.bytes(uid);
            v.bytes(x.serviceClassApplicationInformation());
        } else if (sub instanceof SopClassCommonExtendedNegotiation c) {
            // PS3.7 D.3.3.6: the second header byte is the sub-item version, 0 in this edition.
            byte[] uid = ascii(c.sopClassUid());
            v.u16(uid.length);
            v.bytes(uid);
            byte[] service = ascii(c.serviceClassUid());
            v.u16(service.length);
            v.bytes(service);
            Buffer related = new Buffer();
            for (String r : c.relatedGeneralSopClassUids()) {
                byte[] b = ascii(r);
                related.u16(b.length);
                related.bytes(b);
            }
            byte[] rel = related.toByteArray();
            v.u16(rel.length);
            v.bytes(rel);
        } else if (sub instanceof UserIdentityRq u) {
            v.u8(u.userIdentityType());
            v.u8(u.positiveResponseRequested() ? 1 : 0);
            byte[] p = u.primaryField();
            v.u16(p.length);
            v.bytes(p);
            byte[] s = u.secondaryField();
            v.u16(s.length);
            v.bytes(s);
        } else if (sub instanceof UserIdentityAc u) {
            byte[] r = u.serverResponse();
            v.u16(r.length);
            v.bytes(r);
        } else if (sub instanceof UnknownUserInformationItem u) {
            v.bytes(u.value());
        }
        item(ui, sub.itemType(), 0, v.toByteArray());
    }

    private static void item(Buffer out, int type, int secondByte, byte[] value) {
        if (value.length > 0xFFFF) {
            throw new IllegalArgumentException(ItemType.describe(type) + " of " + value.length
                    + " bytes does not fit the 16-bit item length (PS3.8 9.3.2)");
        }
        out.u8(type);
        out.u8(secondByte);
        out.u16(value.length);
        out.bytes(value);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** A growable big-endian byte buffer. */
    private static final class Buffer extends ByteArrayOutputStream {

        void u8(int v) {
            write(v);
        }

        void u16(int v) {
            write(v >>> 8);
            write(v);
        }

        void u32(long v) {
            write((int) (v >>> 24));
            write((int) (v >>> 16));
            write((int) (v >>> 8));
            write((int) v);
        }

        void bytes(byte[] b) {
            write(b, 0, b.length);
        }
    }

    /** Encodes a list of PDUs back to back (for fault injection of several PDUs in one write). */
    public static byte[] encodeAll(List<? extends Pdu> pdus) {
        Buffer out = new Buffer();
        for (Pdu p : pdus) {
            out.bytes(encode(p));
        }
        return out.toByteArray();
    }
}
