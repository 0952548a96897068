package org.dicomharness.dicom.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON comparison of DcmtkCorpusIT accepts other notations of the same value, and nothing else. */
class JsonComparisonTest {

    private final ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static final String DCM2JSON = """
            {"00080005":{"vr":"CS","Value":["ISO_IR 192"]},
             "00081140":{"vr":"SQ","Value":[{"00081155":{"vr":"UI","Value":["1.2.3"]}}]},
             "00100010":{"vr":"PN","Value":[{"Alphabetic":"Doe^John"}]},
             "00180050":{"vr":"DS","Value":[1e3,null,-2.50]},
             "00186028":{"vr":"FD","Value":[3.1415926535897931]},
             "00200013":{"vr":"IS","Value":[12]},
             "00280009":{"vr":"AT","Value":["00182002"]},
             "00720076":{"vr":"FL","Value":[0.100000001]},
             "00720083":{"vr":"UV","Value":["18446744073709551615"]},
             "7FE00010":{"vr":"OW","InlineBinary":"AQACAA=="}}
            """;

    private static final String OURS = """
            {"00080005":{"vr":"CS","Value":["ISO_IR 100"]},
             "00081140":{"vr":"SQ","Value":[{"00081155":{"vr":"UI","Value":["1.2.3"]}}]},
             "00100010":{"vr":"PN","Value":[{"Alphabetic":"Doe^John"}]},
             "00180050":{"vr":"DS","Value":[1000,null,-2.5]},
             "00186028":{"vr":"FD","Value":[3.141592653589793]},
             "00200013":{"vr":"IS","Value":["12"]},
             "00280009":{"vr":"AT","Value":["00182002"]},
             "00720076":{"vr":"FL","Value":[0.1]},
             "00720083":{"vr":"UV","Value":[18446744073709551615]},
             "7FE00010":{"vr":"OW","InlineBinary":"AQACAA=="}}
            """;

    private List<String> differences(String ours) throws Exception {
        JsonNode theirs = mapper.readTree(DCM2JSON);
        return JsonComparison.compare("f", theirs, mapper.readTree(ours), false, Map.of()).mismatches();
    }

    @Test
    void theSameValuesInOtherNotationsAgree() throws Exception {
        JsonComparison.Result result = JsonComparison.compare("f", mapper.readTree(DCM2JSON), mapper.readTree(OURS),
                false, Map.of());
        assertThat(result.mismatches()).isEmpty();
        assertThat(result.attributes()).isEqualTo(11);
        assertThat(result.deviations()).containsOnlyKeys(JsonComparison.Deviation.DCMTK_REPLACES_SPECIFIC_CHARACTER_SET);
    }

    @Test
    void differentValuesAreReported() throws Exception {
        assertThat(differences(OURS.replace("\"1.2.3\"", "\"1.2.4\""))).singleElement().asString()
                .contains("00081140[1]/00081155");
        assertThat(differences(OURS.replace("[1000,null,-2.5]", "[1000,0,-2.5]"))).hasSize(1);
        assertThat(differences(OURS.replace("[0.1]", "[0.1000001]"))).hasSize(1);
        assertThat(differences(OURS.replace("3.141592653589793", "3.1415926"))).hasSize(1);
        assertThat(differences(OURS.replace("AQACAA==", "AQADAA=="))).singleElement().asString()
                .contains("InlineBinary");
        assertThat(differences(OURS.replace("Doe^John", "Doe^Jon"))).hasSize(1);
        assertThat(differences(OURS.replace("\"vr\":\"AT\"", "\"vr\":\"UL\""))).singleElement().asString()
                .contains("vr");
    }

    @Test
    void missingOrReorderedAttributesAreReported() throws Exception {
        assertThat(differences(OURS.replace("\"00200013\":{\"vr\":\"IS\",\"Value\":[\"12\"]},", "")))
                .singleElement().asString().contains("only dcm2json [00200013]");
        String reordered = OURS.replace("\"00200013\":{\"vr\":\"IS\",\"Value\":[\"12\"]},", "")
                .replace("{\"00080005\"", "{\"00200013\":{\"vr\":\"IS\",\"Value\":[\"12\"]},\"00080005\"");
        assertThat(differences(reordered)).singleElement().asString().contains("order");
    }

    @Test
    void onlyTheCharacterSetIsExcusedForBeingReplaced() throws Exception {
        String ours = OURS.replace("\"00080005\":{\"vr\":\"CS\",\"Value\":[\"ISO_IR 100\"]}",
                "\"00080005\":{\"vr\":\"CS\",\"Value\":[\"ISO_IR 100\"]}").replace("\"ISO_IR 192\"", "x");
        assertThat(differences(ours)).isEmpty();
        JsonNode theirs = mapper.readTree(DCM2JSON.replace("\"ISO_IR 192\"", "\"ISO_IR 101\""));
        assertThat(JsonComparison.compare("f", theirs, mapper.readTree(OURS), false, Map.of()).mismatches())
                .hasSize(1);
    }
}
