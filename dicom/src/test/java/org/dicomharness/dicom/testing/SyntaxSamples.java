package org.dicomharness.dicom.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.ByteValue;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Fragments;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;

/**
 * One image per transfer syntax, for "store every syntax the peer accepts": native syntaxes written by our
 * writer, lossless and lossy JPEG, JPEG-LS and RLE encoded by DCMTK's encoders, and JPEG 2000 as opaque
 * fragments (no JPEG 2000 encoder is installed; the peers store the fragments without decoding them, which
 * is what the transmission test needs).
 */
public final class SyntaxSamples {

    /** Native syntaxes and the DCMTK encoder command that produces each compressed one from an uncompressed file. */
    private static final Map<String, List<String>> ENCODERS = new LinkedHashMap<>();

    static {
        ENCODERS.put(Uids.JPEGBaseline8Bit, List.of("dcmcjpeg", "+eb"));
        ENCODERS.put(Uids.JPEGExtended12Bit, List.of("dcmcjpeg", "+ee"));
        ENCODERS.put(Uids.JPEGLossless, List.of("dcmcjpeg", "+el"));
        ENCODERS.put(Uids.JPEGLosslessSV1, List.of("dcmcjpeg", "+e1"));
        ENCODERS.put(Uids.JPEGLSLossless, List.of("dcmcjpls", "+el"));
        ENCODERS.put(Uids.JPEGLSNearLossless, List.of("dcmcjpls", "+en"));
        ENCODERS.put(Uids.RLELossless, List.of("dcmcrle"));
    }

    public static final List<String> NATIVE = List.of(Uids.ImplicitVRLittleEndian, Uids.ExplicitVRLittleEndian,
            Uids.ExplicitVRBigEndian, Uids.DeflatedExplicitVRLittleEndian);

    public static final List<String> OPAQUE = List.of(Uids.JPEG2000Lossless, Uids.JPEG2000);

    private SyntaxSamples() {
    }

    /** Every syntax this class can produce. */
    public static List<String> all() {
        List<String> all = new java.util.ArrayList<>(NATIVE);
        all.addAll(ENCODERS.keySet());
        all.addAll(OPAQUE);
        return List.copyOf(all);
    }

    /** Writes one file per syntax into {@code dir}: a new instance each, all in one study. */
    public static Map<String, Path> create(Path dir, TestImages.Ids base) throws IOException {
        Map<String, Path> out = new LinkedHashMap<>();
        TestImages.Ids ids = base;
        for (String ts : NATIVE) {
            ids = ids.nextInstance();
            out.put(ts, TestImages.write(dir.resolve("native-" + ts + ".dcm"), TestImages.ct(ids, 64, 64),
                    TransferSyntax.of(ts)));
        }
        for (Map.Entry<String, List<String>> e : ENCODERS.entrySet()) {
            ids = ids.nextInstance();
            boolean eightBit = e.getKey().equals(Uids.JPEGBaseline8Bit);
            Dataset ds = eightBit ? TestImages.secondaryCapture8(ids, 64, 64) : TestImages.ct(ids, 64, 64);
            Path plain = TestImages.write(dir.resolve("plain-" + e.getKey() + ".dcm"), ds,
                    TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
            Path encoded = dir.resolve("encoded-" + e.getKey() + ".dcm");
            Path tool = Peers.require(e.getValue().get(0), "dcmtk");
            List<String> cmd = new java.util.ArrayList<>();
            cmd.add(tool.toString());
            cmd.addAll(e.getValue().subList(1, e.getValue().size()));
            cmd.add(plain.toString());
            cmd.add(encoded.toString());
            ProcessRunner.run(dir, cmd).check();
            out.put(e.getKey(), encoded);
        }
        for (String ts : OPAQUE) {
            ids = ids.nextInstance();
            Dataset ds = TestImages.ct(ids, 64, 64);
            Fragments f = Fragments.withEmptyOffsetTable();
            byte[] opaque = new byte[512];
            for (int i = 0; i < opaque.length; i++) {
                opaque[i] = (byte) (i * 31);
            }
            f.add(ByteValue.wrap(opaque));
            ds.put(Tags.PixelData, VR.OB, f);
            out.put(ts, TestImages.write(dir.resolve("opaque-" + ts + ".dcm"), ds, TransferSyntax.of(ts)));
        }
        return out;
    }
}
