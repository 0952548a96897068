package org.dicomharness.dicom.dump;

import static org.assertj.core.api.Assertions.assertThat;

import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.junit.jupiter.api.Test;

/** The listing shows values the way dcmdump does, so that the two can be compared line by line (DcmtkCorpusIT). */
class DatasetDumperTest {

    @Test
    void otherFloatAndLongStreamsAreShownAsNumbers() {
        Dataset ds = new Dataset();
        ds.setDouble(Tags.SelectorOFValue, VR.OF, 0.5, -1.5);
        ds.setDouble(Tags.SelectorODValue, VR.OD, 0.1, 1e300);
        ds.setLong(Tags.SelectorOLValue, VR.OL, 0, 4294967295L);
        ds.setLong(Tags.SelectorOVValue, VR.OV, 1, -1);
        String dump = new DatasetDumper(true).dump(ds);
        assertThat(dump).contains("(0072,0067) OF 0.5\\-1.5 ");
        assertThat(dump).contains("(0072,0073) OD 0.1\\1.0E300 ");
        assertThat(dump).contains("(0072,0075) OL 0\\4294967295 ");
        assertThat(dump).contains("(0072,0081) OV 1\\18446744073709551615 ");
        // PS3.5 6.4: one value each, whatever the number of words.
        assertThat(dump.lines().filter(l -> l.startsWith("(0072,00")).allMatch(l -> l.matches(".*#\\s+\\d+, 1 .*")))
                .isTrue();
    }

    @Test
    void longNumberStreamsAreShortenedUnlessAllIsAsked() {
        Dataset ds = new Dataset();
        double[] many = new double[100];
        ds.setDouble(Tags.SelectorOFValue, VR.OF, many);
        assertThat(new DatasetDumper(false).dump(ds)).contains("0.0\\0.0").contains("...");
        assertThat(new DatasetDumper(true).dump(ds)).doesNotContain("...");
    }

    @Test
    void attributeTagsAreLowerCaseLikeTheTagColumn() {
        Dataset ds = new Dataset();
        ds.setLong(Tags.SelectorATValue, VR.AT, 0x7FE00010L, 0x0010001FL);
        assertThat(new DatasetDumper(true).dump(ds)).contains("(0072,0060) AT (7fe0,0010)\\(0010,001f) ");
    }
}
