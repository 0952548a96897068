package org.dicomharness.steps.glue;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import java.io.IOException;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.simulators.viewer.ReceivedObject;
import org.dicomharness.steps.HarnessWorld;
import org.dicomharness.testdata.corpus.VendorQuirkCorpus;

/** What an archive's vendor normalization did to a legacy device's objects, seen in what it gives back. */
public final class NormalizationSteps {

    private final HarnessWorld world;

    public NormalizationSteps(HarnessWorld world) {
        this.world = world;
    }

    @Then("every retrieved object has the private protocol name in Protocol Name and keeps the private attribute")
    public void protocolNameFilled() throws IOException {
        assertThat(world.lastRetrieve().received()).as("objects received: %s", world.lastRetrieve().summary())
                .isNotEmpty();
        for (ReceivedObject o : world.lastRetrieve().received()) {
            Dataset ds = o.attributes();
            int privateTag = ds.resolvePrivateTag(VendorQuirkCorpus.LEGACY_CT_ACQUISITION, 0x0009,
                    VendorQuirkCorpus.LEGACY_CT_PROTOCOL_OFFSET);
            assertThat(privateTag).as("private block of %s in group 0009 of %s (PS3.5 7.8.1)",
                    VendorQuirkCorpus.LEGACY_CT_ACQUISITION, o.sopInstanceUid()).isPositive();
            String privateValue = ds.getString(privateTag);
            assertThat(privateValue).as("the private protocol name of %s", o.sopInstanceUid()).isNotBlank();
            assertThat(ds.getString(Tags.ProtocolName)).as("Protocol Name (0018,1030) of %s", o.sopInstanceUid())
                    .isEqualTo(privateValue);
        }
    }

    @Then("every retrieved object records the coercion of Protocol Name in its Original Attributes Sequence")
    public void coercionRecorded() throws IOException {
        for (ReceivedObject o : world.lastRetrieve().received()) {
            Sequence original = o.attributes().getSequence(Tags.OriginalAttributesSequence);
            assertThat(original).as("Original Attributes Sequence (0400,0561) of %s", o.sopInstanceUid())
                    .isNotNull().isNotEmpty();
            // PS3.3 C.12.1.1.9: each item says why and by whom, and holds the values as they were before.
            assertThat(original.items()).as("Original Attributes Sequence of %s", o.sopInstanceUid())
                    .anySatisfy(item -> {
                        assertThat(item.getString(Tags.ReasonForTheAttributeModification)).isEqualTo("COERCE");
                        assertThat(item.getString(Tags.ModifyingSystem)).isNotBlank();
                        assertThat(item.getSequence(Tags.ModifiedAttributesSequence).get(0)
                                .contains(Tags.ProtocolName)).as("Protocol Name among the modified attributes")
                                .isTrue();
                    });
        }
    }
}
