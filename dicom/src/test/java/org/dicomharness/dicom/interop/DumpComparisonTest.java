package org.dicomharness.dicom.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The comparison behind DcmtkCorpusIT must catch every kind of difference, or agreement would prove nothing:
 * each test changes one thing in a listing and expects exactly that to be reported.
 */
class DumpComparisonTest {

    /** A dcmdump +L -Un listing, as DCMTK 3.6.7 prints it. */
    private static final String DCMDUMP = """

            # Dicom-File-Format

            # Dicom-Meta-Information-Header
            # Used TransferSyntax: Little Endian Explicit
            (0002,0000) UL 132                                      #   4, 1 FileMetaInformationGroupLength
            (0002,0010) UI [1.2.840.10008.1.2.1]                    #  20, 1 TransferSyntaxUID

            # Dicom-Data-Set
            # Used TransferSyntax: Little Endian Explicit
            (0008,0008) CS [ORIGINAL\\PRIMARY\\\\LOCALIZER]            #  28, 4 ImageType
            (0008,1140) SQ (Sequence with explicit length #=1)      #  56, 1 ReferencedImageSequence
              (fffe,e000) na (Item with explicit length #=1)          #  48, 1 Item
                (0008,1155) UI [1.2.3]                                  #   6, 1 ReferencedSOPInstanceUID
              (fffe,e00d) na (ItemDelimitationItem for re-encoding)   #   0, 0 ItemDelimitationItem
            (fffe,e0dd) na (SequenceDelimitationItem for re-encod.) #   0, 0 SequenceDelimitationItem
            (0009,1001) ?? 01\\02                                     #   2, 1 Unknown Tag & Data
            (0018,6028) FD 3.1415926535897931                       #   8, 1 ReferencePixelPhysicalValueX
            (0028,0009) AT (0018,2002)                              #   4, 1 FrameIncrementPointer
            (0072,0067) OF 0.100000001\\-1.5                         #   8, 1 SelectorOFValue
            (0072,0069) OW (no value available)                     #   0, 1 SelectorOWValue
            (0072,0071) UR [https://example.org/a#b]                #  24, 1 SelectorURValue
            (7fe0,0010) OB (PixelSequence #=2)                      # u/l, 1 PixelData
              (fffe,e000) pi (no value available)                     #   0, 1 Item
              (fffe,e000) pi ff\\d8\\ff\\d9                             #   4, 1 Item
            (fffe,e0dd) na (SequenceDelimitationItem)               #   0, 0 SequenceDelimitationItem
            """;

    /** The same elements as our DatasetDumper prints them. */
    private static final String OURS = """
            (0008,0008) CS [ORIGINAL\\PRIMARY\\\\LOCALIZER]         #  28, 4 ImageType
            (0008,1140) SQ (Sequence with explicit length #=1)   #   -, 1 ReferencedImageSequence
              (fffe,e000) na (Item with explicit length #=1)       #   -, 1 Item
                (0008,1155) UI [1.2.3]                               #   6, 1 ReferencedSOPInstanceUID
              (fffe,e00d) na (ItemDelimitationItem)                #   0, 0 ItemDelimitationItem
            (fffe,e0dd) na (SequenceDelimitationItem)            #   0, 0 SequenceDelimitationItem
            (0009,1001) UN 01\\02                                 #   2, 1 PrivateTag [X]
            (0018,6028) FD 3.141592653589793                     #   8, 1 ReferencePixelPhysicalValueX
            (0028,0009) AT (0018,2002)                           #   4, 1 FrameIncrementPointer
            (0072,0067) OF 0.1\\-1.5                              #   8, 1 SelectorOFValue
            (0072,0069) OW (no value available)                  #   0, 0 SelectorOWValue
            (0072,0071) UR [https://example.org/a#b]             #  24, 1 SelectorURValue
            (7fe0,0010) OB (PixelSequence #=2)                   # u/l, 1 PixelData
              (fffe,e000) pi (no value available)                  #   0, 1 Item
              (fffe,e000) pi ff\\d8\\ff\\d9                          #   4, 1 Item
            (fffe,e0dd) na (SequenceDelimitationItem)            #   0, 0 SequenceDelimitationItem
            """;

    private static List<String> differences(String ours) {
        DumpListing theirs = DumpListing.parse(DCMDUMP);
        return DumpComparison.compare("f", theirs.dataset(), DumpListing.parse(ours).dataset()).mismatches();
    }

    @Test
    void equalListingsAgreeAndTheAcceptedDeviationsAreCounted() {
        DumpListing theirs = DumpListing.parse(DCMDUMP);
        assertThat(theirs.meta()).hasSize(2);
        DumpComparison.Result result = DumpComparison.compare("f", theirs.dataset(), DumpListing.parse(OURS).dataset());
        assertThat(result.mismatches()).isEmpty();
        assertThat(result.elements()).isEqualTo(10);
        assertThat(result.fragments()).isEqualTo(2);
        assertThat(result.deviations()).containsOnlyKeys(DumpComparison.Deviation.DCMTK_UNKNOWN_VR_AS_QUESTION_MARKS,
                DumpComparison.Deviation.DCMTK_EMPTY_BINARY_VM_ONE);
    }

    @Test
    void aDifferentStringValueIsReported() {
        assertThat(differences(OURS.replace("[1.2.3]", "[1.2.4]"))).singleElement().asString()
                .contains("(0008,1140)[1]/(0008,1155)").contains("value");
    }

    @Test
    void aDifferentVmIsReported() {
        assertThat(differences(OURS.replace("#  28, 4 ImageType", "#  28, 3 ImageType"))).singleElement().asString()
                .contains("VM");
    }

    @Test
    void aDifferentLengthIsReported() {
        assertThat(differences(OURS.replace("#  24, 1 SelectorURValue", "#  26, 1 SelectorURValue")))
                .singleElement().asString().contains("length");
    }

    @Test
    void aDifferentVrIsReported() {
        assertThat(differences(OURS.replace("(0018,6028) FD", "(0018,6028) FL"))).singleElement().asString()
                .contains("VR");
    }

    @Test
    void aMissingOrExtraElementIsReported() {
        String withoutAt = OURS.lines().filter(l -> !l.startsWith("(0028,0009)")).reduce("", (a, b) -> a + b + "\n");
        assertThat(differences(withoutAt)).singleElement().asString().contains("only dcmdump lists it");
        String extra = OURS + "(0072,0070) UT [x]                            #   2, 1 SelectorUTValue\n";
        assertThat(differences(extra)).singleElement().asString().contains("only harness dump lists it");
    }

    @Test
    void aDifferentLengthEncodingOrItemCountIsReported() {
        assertThat(differences(OURS.replace("(Item with explicit length #=1)", "(Item with undefined length #=1)")))
                .singleElement().asString().contains("item");
        assertThat(differences(OURS.replace("(Sequence with explicit length #=1)", "(Sequence with undefined length #=1)")))
                .singleElement().asString().contains("sequence");
    }

    @Test
    void aDifferentFragmentIsReported() {
        assertThat(differences(OURS.replace("pi ff\\d8\\ff\\d9", "pi ff\\d8\\ff\\d8"))).singleElement().asString()
                .contains("(7fe0,0010){1}");
    }

    @Test
    void numbersMustBeTheSameNumber() {
        assertThat(differences(OURS.replace("FD 3.141592653589793", "FD 3.1415926535897"))).hasSize(1);
        assertThat(differences(OURS.replace("OF 0.1\\-1.5", "OF 0.1000001\\-1.5"))).hasSize(1);
        assertThat(differences(OURS.replace("AT (0018,2002)", "AT (2002,0018)"))).hasSize(1);
    }

    @Test
    void aStructureTheParserCannotFollowIsAnError() {
        assertThatThrownBy(() -> DumpListing.parse("(fffe,e000) na (Item with explicit length #=0)  #  0, 1 Item\n"))
                .hasMessageContaining("item outside a sequence");
        assertThatThrownBy(() -> DumpListing.parse("garbage\n")).hasMessageContaining("not an element line");
    }
}
