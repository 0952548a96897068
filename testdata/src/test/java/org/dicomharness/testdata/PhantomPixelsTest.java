package org.dicomharness.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.junit.jupiter.api.Test;

/** The pixels show the phantom, in the units the modality uses, not noise. */
class PhantomPixelsTest {

    private static Dataset first(ObjectKind kind) {
        return GeneratedCorpus.generate(new CorpusSpec(9, 1, List.of(kind), 1, 1)).studies().get(0).instances().get(0);
    }

    /** The modality value (after Rescale Slope/Intercept) of a 16-bit pixel. */
    private static double value(Dataset ds, int row, int column) {
        ByteBuffer pixels = ByteBuffer.wrap(ds.getBytes(Tags.PixelData)).order(ByteOrder.LITTLE_ENDIAN);
        int columns = ds.getInt(Tags.Columns, 0);
        int stored = Short.toUnsignedInt(pixels.getShort((row * columns + column) * 2));
        return stored * ds.getDouble(Tags.RescaleSlope, 1) + ds.getDouble(Tags.RescaleIntercept, 0);
    }

    @Test
    void ctShowsAirBoneAndBrainInHounsfieldUnits() {
        Dataset ct = first(ObjectKind.CT);
        int size = ct.getInt(Tags.Rows, 0);
        assertThat(value(ct, 2, 2)).isBetween(-1030.0, -970.0);
        // Along the middle row, from the edge inwards: air, then a bright skull (> 700 HU), then brain.
        double maxAlongRow = -2000;
        for (int c = 0; c < size / 4; c++) {
            maxAlongRow = Math.max(maxAlongRow, value(ct, size / 2, c));
        }
        assertThat(maxAlongRow).isGreaterThan(700);
        double brain = 0;
        for (int dc = -3; dc <= 3; dc++) {
            brain += value(ct, size / 2 + size / 5, size / 2 + dc);
        }
        assertThat(brain / 7).isBetween(0.0, 80.0);
    }

    @Test
    void crIsMonochrome1SoLungsAreHighValuesAndSpineLow() {
        Dataset cr = first(ObjectKind.CR);
        assertThat(cr.getString(Tags.PhotometricInterpretation)).isEqualTo("MONOCHROME1");
        int rows = cr.getInt(Tags.Rows, 0);
        int columns = cr.getInt(Tags.Columns, 0);
        double lung = value(cr, rows / 2, columns * 3 / 10);
        double spine = value(cr, rows / 2, columns / 2);
        assertThat(lung).isGreaterThan(spine + 500);
    }
}
