package org.dicomharness.testdata.syntax;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.dict.Uids;

/** The transfer syntaxes a corpus can be written in, with their command-line names and encoders. */
public enum OutputSyntax {
    IMPLICIT("implicit", Uids.ImplicitVRLittleEndian, NativeEncoder::new),
    EXPLICIT("explicit", Uids.ExplicitVRLittleEndian, NativeEncoder::new),
    BIG_ENDIAN("big-endian", Uids.ExplicitVRBigEndian, NativeEncoder::new),
    DEFLATED("deflated", Uids.DeflatedExplicitVRLittleEndian, NativeEncoder::new),
    RLE("rle", Uids.RLELossless, RleEncoder::new),
    JPEG_BASELINE("jpeg-baseline", Uids.JPEGBaseline8Bit, JpegBaselineEncoder::new),
    JPEG2000("jpeg2000", Uids.JPEG2000Lossless, Jpeg2000Encoder::new),
    JPEG_LOSSLESS("jpeg-lossless", Uids.JPEGLosslessSV1, DcmtkEncoder::jpegLossless),
    JPEG_LS("jpeg-ls", Uids.JPEGLSLossless, DcmtkEncoder::jpegLs);

    private final String option;
    private final String uid;
    private final Supplier<PixelEncoder> encoder;

    OutputSyntax(String option, String uid, Supplier<PixelEncoder> encoder) {
        this.option = option;
        this.uid = uid;
        this.encoder = encoder;
    }

    public String option() {
        return option;
    }

    public TransferSyntax transferSyntax() {
        return TransferSyntax.of(uid);
    }

    /** Whether Pixel Data stays native (the writer alone handles the syntax). */
    public boolean isNative() {
        return !transferSyntax().encapsulated();
    }

    public PixelEncoder encoder() {
        return encoder.get();
    }

    /**
     * The syntax named by a command-line name ({@code jpeg-baseline}), a transfer syntax UID, or its PS3.6 name
     * ({@code JPEG Baseline (Process 1)}).
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static OutputSyntax parse(String nameOrUid) {
        String wanted = nameOrUid.trim();
        for (OutputSyntax s : values()) {
            if (s.option.equals(wanted.toLowerCase(Locale.ROOT)) || s.uid.equals(wanted)
                    || s.transferSyntax().name().equalsIgnoreCase(wanted)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unsupported transfer syntax '" + nameOrUid + "'; use one of "
                + Arrays.stream(values()).map(s -> s.option + " (" + s.uid + ", " + s.transferSyntax().name() + ")")
                        .collect(Collectors.joining(", ")));
    }
}
