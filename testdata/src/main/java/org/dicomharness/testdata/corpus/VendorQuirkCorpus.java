package org.dicomharness.testdata.corpus;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dicomharness.dicom.Tag;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.ByteValue;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.testdata.ObjectKind;
import org.dicomharness.testdata.StudyGenerator;

/**
 * Valid images carrying what legacy devices add: private groups with made-up but plausible creators in the
 * style of the big vendors (PS3.5 7.8), private sequences, a private sequence kept as UN with undefined
 * length (PS3.5 6.2.2), creators reserved in unusual blocks, two creators in one group, and values padded
 * in odd-but-legal ways (extra trailing spaces, leading spaces where LO ignores them). The creators belong
 * to no real vendor.
 */
public final class VendorQuirkCorpus {

    private final long seed;

    public VendorQuirkCorpus(long seed) {
        this.seed = seed;
    }

    public List<CorpusFile> files() {
        List<CorpusFile> files = new ArrayList<>();
        files.add(file("ctstyle-private-groups", ObjectKind.CT, 0, VendorQuirkCorpus::ctVendor,
                "CT with private acquisition and reconstruction groups (0009, 0019, 0043), a private sequence and "
                        + "an OB blob"));
        files.add(file("mrstyle-binary-header", ObjectKind.MR, 1, VendorQuirkCorpus::mrVendor,
                "MR with a binary private header in (0029,xx10) and two creators in group 0019, one in block 0x20"));
        files.add(file("mrstyle-un-sequence", ObjectKind.MR, 2, VendorQuirkCorpus::unSequenceVendor,
                "MR with private sequences in groups 2001/2005, one encoded as UN with undefined length"));
        files.add(file("padding-quirks", ObjectKind.CR, 3, VendorQuirkCorpus::paddingQuirks,
                "CR whose SH/LO/PN values carry extra trailing spaces and leading spaces PS3.5 6.2 declares "
                        + "insignificant"));
        return files;
    }

    private CorpusFile file(String id, ObjectKind kind, int study, java.util.function.Consumer<Dataset> quirk,
                            String description) {
        Dataset ds = new StudyGenerator(seed).generate(study, List.of(kind), 1, 1).instances().get(0);
        quirk.accept(ds);
        return new CorpusFile(id + ".dcm", Part10Bytes.encode(ds, ds.getString(Tags.SOPClassUID),
                ds.getString(Tags.SOPInstanceUID), TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN), description);
    }

    /** The private creator of the legacy CT's acquisition group (0009): software, protocol, offsets. */
    public static final String LEGACY_CT_ACQUISITION = "SYNTHMED_CT_ACQ_01";

    /** The element offset (PS3.5 7.8.1) at which the legacy CT puts the protocol name, in its acquisition group. */
    public static final int LEGACY_CT_PROTOCOL_OFFSET = 0x02;

    /**
     * Groups in the manner of a CT vendor: acquisition (0009), reconstruction (0019), raw-data blob (0043). The
     * protocol name is only in the private acquisition group, where a standard attribute would have served.
     */
    public static void ctVendor(Dataset ds) {
        String acq = LEGACY_CT_ACQUISITION;
        ds.setString(ds.reservePrivateTag(acq, 0x0009, 0x01), VR.LO, "SYNCT-SUITE 4.2");
        ds.setString(ds.reservePrivateTag(acq, 0x0009, LEGACY_CT_PROTOCOL_OFFSET), VR.SH, "HEAD_ROUTINE");
        ds.setInt(ds.reservePrivateTag(acq, 0x0009, 0x03), VR.SL, -1024);
        ds.setDouble(ds.reservePrivateTag(acq, 0x0009, 0x04), VR.FD, 0.984);
        ds.setDouble(ds.reservePrivateTag(acq, 0x0009, 0x05), VR.DS, 21.12, 0.55);
        String recon = "SYNTHMED_CT_RECON";
        ds.setString(ds.reservePrivateTag(recon, 0x0019, 0x10), VR.LO, "ITERATIVE_LEVEL_3");
        Sequence kernels = ds.newSequence(ds.reservePrivateTag(recon, 0x0019, 0x11));
        for (String k : new String[] {"H30s", "H70h"}) {
            Dataset item = kernels.addItem();
            item.setString(item.reservePrivateTag(recon, 0x0019, 0x12), VR.SH, k);
            item.setInt(item.reservePrivateTag(recon, 0x0019, 0x13), VR.US, k.startsWith("H3") ? 512 : 1024);
        }
        String raw = "SYNTHMED_CT_RAW";
        ByteBuffer blob = ByteBuffer.allocate(256).order(ByteOrder.LITTLE_ENDIAN);
        blob.put("SYNRAW01".getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; blob.remaining() >= 4; i++) {
            blob.putInt((int) (i * 2654435761L));
        }
        ds.setBytes(ds.reservePrivateTag(raw, 0x0043, 0x01), VR.OB, blob.array());
    }

    /**
     * A binary header in the manner of MR vendors that pack their protocol into an OB (here a made-up
     * "SYN1" tag/value layout), and group 0019 shared by two creators, the second in block 0x20.
     */
    static void mrVendor(Dataset ds) {
        String header = "SYNTH MR HEADER INFO";
        ds.setString(Tag.of(0x0029, 0x0010), VR.LO, header);
        ds.setString(Tag.of(0x0029, 0x1008), VR.CS, "IMAGE NUM 4");
        ds.setString(Tag.of(0x0029, 0x1009), VR.LO, "20240101");
        ds.setBytes(Tag.of(0x0029, 0x1010), VR.OB, binaryHeader());
        ds.setString(Tag.of(0x0019, 0x0010), VR.LO, "SYNTH MR SEQUENCE");
        ds.setString(Tag.of(0x0019, 0x0020), VR.LO, "SYNTH MR COIL");
        ds.setDouble(Tag.of(0x0019, 0x100B), VR.DS, 4.6);
        ds.setInt(Tag.of(0x0019, 0x100F), VR.IS, 1);
        ds.setString(Tag.of(0x0019, 0x2001), VR.SH, "HeadNeck_20");
        ds.setInt(Tag.of(0x0019, 0x2002), VR.US, 20);
    }

    private static byte[] binaryHeader() {
        ByteBuffer b = ByteBuffer.allocate(128).order(ByteOrder.LITTLE_ENDIAN);
        b.put("SYN1".getBytes(StandardCharsets.US_ASCII)).putInt(3);
        String[][] entries = {{"TR", "500"}, {"TE", "15"}, {"NEX", "2"}};
        for (String[] e : entries) {
            byte[] key = e[0].getBytes(StandardCharsets.US_ASCII);
            byte[] value = e[1].getBytes(StandardCharsets.US_ASCII);
            b.put((byte) key.length).put(key).put((byte) value.length).put(value);
        }
        return b.array();
    }

    /** Private sequences as some MR vendors write them; one read back as UN from an older archive. */
    static void unSequenceVendor(Dataset ds) {
        String imaging = "Synthetic Imaging MR 001";
        ds.setString(Tag.of(0x2001, 0x0010), VR.LO, imaging);
        ds.setString(Tag.of(0x2001, 0x1001), VR.CS, "NO");
        ds.setDouble(Tag.of(0x2001, 0x1003), VR.FL, 0.0);
        Sequence stacks = ds.newSequence(Tag.of(0x2001, 0x105F));
        Dataset stack = stacks.addItem();
        stack.setString(Tag.of(0x2001, 0x0010), VR.LO, imaging);
        stack.setInt(Tag.of(0x2001, 0x1035), VR.SS, 1);
        String dd = "Synthetic MR Imaging DD 001";
        ds.setString(Tag.of(0x2005, 0x0010), VR.LO, dd);
        // PS3.5 6.2.2: a sequence under VR UN has undefined length and Implicit VR Little Endian items.
        Sequence un = ds.newSequence(Tag.of(0x2005, 0x1080), VR.UN);
        Dataset item = un.addItem();
        item.setString(Tag.of(0x2005, 0x0010), VR.LO, dd);
        item.setString(Tag.of(0x2005, 0x1081), VR.LO, "SHIM_DEFAULT");
        item.setInt(Tag.of(0x2005, 0x1082), VR.UL, 7);
    }

    /** Extra trailing spaces and insignificant leading spaces, as some legacy devices pad fixed fields. */
    static void paddingQuirks(Dataset ds) {
        raw(ds, Tags.StationName, VR.SH, "SYNCR01         ");
        raw(ds, Tags.InstitutionName, VR.LO, "  Synthetic Test Hospital   ");
        raw(ds, Tags.OperatorsName, VR.PN, "Operator^Synthetic      ");
        raw(ds, Tags.SeriesDescription, VR.LO, "Chest PA                        ");
    }

    private static void raw(Dataset ds, int tag, VR vr, String value) {
        ds.put(tag, vr, ByteValue.wrap(value.getBytes(StandardCharsets.US_ASCII)));
    }
}
