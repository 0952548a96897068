package org.dicomharness.validation.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.ElementDictionary;
import org.dicomharness.dicom.dict.Tags;
import org.junit.jupiter.api.Test;

/** The dicom3tools condition language: terms, scopes, selectors, And/Or left to right, Not, groups. */
class ConditionParserTest {

    private final ConditionParser parser = new ConditionParser(ElementDictionary.standard());

    @Test
    void presenceAndNegation() {
        Condition c = parser.parse("NoInstitutionCode",
                "Element=\"InstitutionCodeSequence\" Modifier=\"Not\" ElementPresent=\"\"");
        Dataset d = new Dataset();
        assertThat(c.test(d)).isTrue();
        d.newSequence(Tags.InstitutionCodeSequence);
        assertThat(c.test(d)).isFalse();
        assertThat(c.name()).isEqualTo("NoInstitutionCode");
    }

    @Test
    void valueSelectorPicksOneValueAndAndBindsLeftToRight() {
        Condition c = parser.parse("OriginalNotLocalizer",
                "Element=\"ImageType\" ValueSelector=\"0\" StringValue=\"ORIGINAL\""
                        + " | Element=\"ImageType\" Operator=\"And\" Modifier=\"Not\" ValueSelector=\"2\" StringValue=\"LOCALIZER\"");
        Dataset d = new Dataset();
        d.setString(Tags.ImageType, "ORIGINAL", "PRIMARY", "AXIAL");
        assertThat(c.test(d)).isTrue();
        d.setString(Tags.ImageType, "ORIGINAL", "PRIMARY", "LOCALIZER");
        assertThat(c.test(d)).isFalse();
        d.setString(Tags.ImageType, "DERIVED", "PRIMARY", "AXIAL");
        assertThat(c.test(d)).isFalse();
    }

    @Test
    void groupsCombineWithTheOperatorOnTheClosingLine() {
        // (A or B) and C
        Condition c = parser.parse("Grouped", "( | Element=\"Rows\" BinaryValue=\"== 1\" | Element=\"Rows\" BinaryValue=\"> 100\""
                + " | ) Operator=\"And\" | Element=\"Columns\" Operator=\"And\" ElementPresent=\"\"");
        Dataset d = new Dataset();
        d.setInt(Tags.Rows, 512);
        assertThat(c.test(d)).isFalse();
        d.setInt(Tags.Columns, 512);
        assertThat(c.test(d)).isTrue();
        d.setInt(Tags.Rows, 50);
        assertThat(c.test(d)).isFalse();
    }

    @Test
    void rootAndAboveScopesLookOutsideTheItem() {
        Condition fromRoot = parser.parse("IsCt",
                "Element=\"SOPClassUID\" StringConstantFromRootAttribute=\"1.2.840.10008.5.1.4.1.1.2\"");
        Condition above = parser.parse("FrameOfReferenceAbove", "Element=\"FrameOfReferenceUID\" ElementPresentAbove=\"\"");
        Dataset root = new Dataset();
        root.setString(Tags.SOPClassUID, "1.2.840.10008.5.1.4.1.1.2");
        Dataset item = root.newSequence(Tags.ReferencedImageSequence).addItem();
        assertThat(fromRoot.test(item)).isTrue();
        assertThat(above.test(item)).isFalse();
        root.setString(Tags.FrameOfReferenceUID, "1.2.3");
        assertThat(above.test(item)).isTrue();
    }

    @Test
    void pathFromRootLooksIntoTheFunctionalGroups() {
        Condition shared = parser.parse("InShared",
                "Element=\"PixelMeasuresSequence\" ElementPresentInPathFromRoot=\"SharedFunctionalGroupsSequence\"");
        Dataset root = new Dataset();
        Dataset item = root.newSequence(Tags.SharedFunctionalGroupsSequence).addItem();
        assertThat(shared.test(root)).isFalse();
        item.newSequence(Tags.PixelMeasuresSequence).addItem();
        assertThat(shared.test(root)).isTrue();
    }

    @Test
    void tagAndNumericValues() {
        Condition pointer = parser.parse("PointsAtFrameTime",
                "Element=\"FrameIncrementPointer\" ValueSelector=\"*\" TagValue=\"0x0018,0x1063\"");
        Dataset d = new Dataset();
        d.setInt(Tags.FrameIncrementPointer, VR.AT, Tags.FrameTime);
        assertThat(pointer.test(d)).isTrue();
        d.setInt(Tags.FrameIncrementPointer, VR.AT, Tags.FrameTimeVector);
        assertThat(pointer.test(d)).isFalse();
    }

    @Test
    void unknownKeywordIsAnErrorNamingTheCondition() {
        assertThatThrownBy(() -> parser.parse("Broken", "Element=\"NoSuchKeyword\" ElementPresent=\"\""))
                .hasMessageContaining("condition Broken").hasMessageContaining("'NoSuchKeyword'");
    }
}
