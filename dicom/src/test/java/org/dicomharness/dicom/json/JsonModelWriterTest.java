package org.dicomharness.dicom.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.junit.jupiter.api.Test;

/** PS3.18 F.2 details that the comparison with DCMTK's dcm2json pinned down (DcmtkCorpusIT). */
class JsonModelWriterTest {

    private final ObjectMapper mapper = new ObjectMapper();

    private JsonNode write(Dataset ds) throws IOException {
        return mapper.readTree(new JsonModelWriter(false).write(ds));
    }

    @Test
    void personNameGroupsLoseTrailingEmptyComponentsAndEmptyGroupsAreLeftOut() throws IOException {
        Dataset ds = new Dataset();
        ds.setString(Tags.SpecificCharacterSet, VR.CS, "ISO_IR 192");
        ds.setString(Tags.PatientName, VR.PN, "Åström^Björn^^^=^", "^^Dr.", "=", "Yamada^Tarou=山田^太郎=やまだ^たろう");
        JsonNode values = write(ds).path("00100010").path("Value");
        assertThat(values.get(0).toString()).isEqualTo("{\"Alphabetic\":\"Åström^Björn\"}");
        assertThat(values.get(1).toString()).isEqualTo("{\"Alphabetic\":\"^^Dr.\"}");
        assertThat(values.get(2).isNull()).as("a name with only empty groups is an empty value (F.2.5)").isTrue();
        assertThat(values.get(3).toString())
                .isEqualTo("{\"Alphabetic\":\"Yamada^Tarou\",\"Ideographic\":\"山田^太郎\",\"Phonetic\":\"やまだ^たろう\"}");
    }

    @Test
    void veryLongIntegersBeyondTwoToTheFiftyThreeAreStrings() throws IOException {
        Dataset ds = new Dataset();
        ds.setLong(Tags.SelectorSVValue, VR.SV, -5, (1L << 53) - 1, 1L << 53, Long.MIN_VALUE, -(1L << 53) + 1);
        ds.setLong(Tags.SelectorUVValue, VR.UV, 0, (1L << 53) - 1, 1L << 53, -1);
        JsonNode json = write(ds);
        assertThat(json.path("00720082").path("Value").toString())
                .isEqualTo("[-5,9007199254740991,\"9007199254740992\",\"-9223372036854775808\",-9007199254740991]");
        assertThat(json.path("00720083").path("Value").toString())
                .isEqualTo("[0,9007199254740991,\"9007199254740992\",\"18446744073709551615\"]");
    }
}
