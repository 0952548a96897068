package org.dicomharness.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dicomharness.dicom.Tag;
import org.dicomharness.dicom.data.DataElement;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.dict.DictionaryEntry;
import org.dicomharness.dicom.dict.ElementDictionary;
import org.dicomharness.dicom.dict.Tags;
import org.junit.jupiter.api.Test;

/**
 * Every standard element of every generated object uses a VR the PS3.6 dictionary allows: an Implicit VR
 * reader has only the dictionary to go by, so a wrong VR there reads as garbage.
 */
class DictionaryConsistencyTest {

    @Test
    void everyElementHasADictionaryVr() {
        List<String> wrong = new ArrayList<>();
        for (TestStudy study : GeneratedCorpus.generate(CorpusSpec.everyKind(3, 1)).studies()) {
            for (TestSeries series : study.series()) {
                for (Dataset ds : series.instances()) {
                    check(ds, series.kind() + " ", wrong);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static void check(Dataset ds, String path, List<String> wrong) {
        for (DataElement e : ds) {
            if (!Tag.isPrivate(e.tag())) {
                DictionaryEntry entry = ElementDictionary.standard().lookup(e.tag()).orElse(null);
                if (entry == null) {
                    wrong.add(path + Tag.format(e.tag()) + " is not in the dictionary");
                } else if (!entry.vrs().contains(e.vr()) && e.tag() != Tags.PixelData) {
                    wrong.add(path + Dataset.describe(e.tag()) + " has VR " + e.vr() + ", PS3.6 says " + entry.vrs());
                }
            }
            if (e.value() instanceof Sequence seq) {
                for (Dataset item : seq) {
                    check(item, path + Dataset.describe(e.tag()) + " > ", wrong);
                }
            }
        }
    }
}
