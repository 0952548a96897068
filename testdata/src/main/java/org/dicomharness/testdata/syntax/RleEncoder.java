package org.dicomharness.testdata.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.testdata.codec.NativePixels;
import org.dicomharness.testdata.codec.RleCodec;

/** RLE Lossless (1.2.840.10008.1.2.5) with the harness's own encoder; lossless, so nothing else changes. */
final class RleEncoder implements PixelEncoder {

    @Override
    public Optional<String> refusal(Dataset dataset) {
        try {
            NativePixels p = NativePixels.of(dataset);
            return p.samplesPerPixel() * p.bytesPerSample() > 15
                    ? Optional.of("more than 15 byte planes; RLE holds at most 15 segments (PS3.5 G.5)")
                    : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    @Override
    public Dataset encode(Dataset dataset) {
        NativePixels p = NativePixels.of(dataset);
        List<byte[]> frames = new ArrayList<>();
        for (int f = 0; f < p.frames(); f++) {
            frames.add(RleCodec.encodeFrame(p.frame(f), p.rows(), p.columns(), p.samplesPerPixel(), p.bytesPerSample()));
        }
        return EncodedImage.withFrames(dataset, frames);
    }
}
