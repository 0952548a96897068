package org.dicomharness.testdata.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.dicomharness.dicom.Tag;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.io.Part10Reader;
import org.dicomharness.dicom.io.ReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorporaTest {

    @TempDir
    Path dir;

    @Test
    void malformedCorpusHasOneFilePerDefectEachDifferentFromTheValidOne() {
        List<CorpusFile> files = new MalformedCorpus(3).files();
        assertThat(files).hasSize(Defect.values().length + 1);
        byte[] valid = files.get(0).bytes();
        for (CorpusFile f : files.subList(1, files.size())) {
            assertThat(Arrays.equals(f.bytes(), valid)).as(f.fileName()).isFalse();
        }
        assertThat(new MalformedCorpus(3).apply(Defect.TRUNCATED_FILE)).isEqualTo(new MalformedCorpus(3)
                .apply(Defect.TRUNCATED_FILE));
    }

    @Test
    void ourReaderRejectsTheEncodingDefectsItMustNotTolerate() {
        MalformedCorpus corpus = new MalformedCorpus(3);
        for (Defect d : List.of(Defect.TRUNCATED_FILE, Defect.UNDEFINED_LENGTH_ON_TEXT, Defect.MISSING_DICM_PREFIX)) {
            byte[] bytes = corpus.apply(d);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Part10Reader.read(
                    new ByteArrayInputStream(bytes), bytes.length, ReadOptions.defaults())).as(d.id())
                    .isInstanceOf(IOException.class);
        }
    }

    @Test
    void catalogueNamesEveryDefectWithItsRule() throws IOException {
        List<Path> written = Corpora.write(dir, Corpora.Kind.MALFORMED, 3);
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(written.get(written.size() - 1).toFile());
        JsonNode files = root.get("files");
        assertThat(files.size()).isEqualTo(Defect.values().length + 1);
        for (Defect d : Defect.values()) {
            JsonNode entry = files.get(d.ordinal() + 1);
            assertThat(entry.get("defect").asText()).isEqualTo(d.id());
            assertThat(entry.get("rule").asText()).startsWith("PS3.").isEqualTo(d.rule());
            assertThat(dir.resolve("malformed").resolve(entry.get("file").asText())).exists();
        }
    }

    @Test
    void vendorQuirksReadBackWithTheirPrivateCreators() throws IOException {
        List<Path> written = Corpora.write(dir, Corpora.Kind.VENDOR_QUIRKS, 3);
        Dataset ct = Part10Reader.read(written.get(0)).dataset();
        int tag = ct.resolvePrivateTag("SYNTHMED_CT_RECON", 0x0019, 0x11);
        assertThat(tag).isNotEqualTo(-1);
        assertThat(ct.getSequence(tag).size()).isEqualTo(2);
        Dataset mr = Part10Reader.read(written.get(2)).dataset();
        assertThat(mr.get(Tag.of(0x2005, 0x1080)).vr()).isEqualTo(VR.UN);
        byte[] raw = Files.readAllBytes(written.get(2));
        // The UN sequence is written with undefined length (PS3.5 6.2.2): 05 20 80 10 'U' 'N' 00 00 FF FF FF FF.
        String hex = java.util.HexFormat.of().formatHex(raw);
        assertThat(hex).contains("05208010" + "554e" + "0000" + "ffffffff");
        Dataset cr = Part10Reader.read(written.get(3)).dataset();
        assertThat(cr.getString(Tags.InstitutionName)).isEqualTo("Synthetic Test Hospital");
        assertThat(cr.getRawString(Tags.InstitutionName)).startsWith("  ").endsWith("   ");
    }
}
