package org.dicomharness.testdata.corpus;

/**
 * The catalogue of the malformed corpus: one defect per file, each with the rule of the standard it breaks
 * and the layer where a receiver should catch it. {@link MalformedCorpus} applies each to a valid CT image.
 */
public enum Defect {
    MISSING_SOP_INSTANCE_UID(Layer.IOD, "SOP Instance UID (0008,0018) is absent",
            "PS3.3 C.12.1.1: SOP Instance UID is Type 1"),
    EMPTY_STUDY_INSTANCE_UID(Layer.IOD, "Study Instance UID (0020,000D) is present with no value",
            "PS3.3 C.7.2.1: Study Instance UID is Type 1 (a value is required)"),
    MISSING_PATIENT_ID(Layer.IOD, "Patient ID (0010,0020) is absent",
            "PS3.3 C.7.1.1: Patient ID is Type 2 (present, possibly empty)"),
    MISSING_PIXEL_DATA(Layer.IOD, "Pixel Data (7FE0,0010) is absent from an image",
            "PS3.3 C.7.6.3: Pixel Data is Type 1C, required unless Pixel Data Provider URL is present"),
    INVALID_UID_CHARACTERS(Layer.VALUE, "Series Instance UID contains letters: 2.25.12345abc.7",
            "PS3.5 9.1: a UID holds only digits and full stops"),
    UID_TOO_LONG(Layer.VALUE, "Series Instance UID is 70 characters long",
            "PS3.5 9.1: a UID is at most 64 characters"),
    UID_COMPONENT_LEADING_ZERO(Layer.VALUE, "Series Instance UID has a component with a leading zero: 2.25.0123.1",
            "PS3.5 9.1: the first digit of a multi-digit component shall not be zero"),
    INVALID_DATE(Layer.VALUE, "Study Date is 20241345 (month 13)",
            "PS3.5 Table 6.2-1, DA: YYYYMMDD with a valid month and day"),
    INVALID_TIME(Layer.VALUE, "Study Time is 256199 (hour 25, second 99)",
            "PS3.5 Table 6.2-1, TM: HH 00-23, MM 00-59, SS 00-60"),
    INVALID_ENUMERATED_VALUE(Layer.IOD, "Patient's Sex is X",
            "PS3.3 C.7.1.1: Patient's Sex enumerated values are M, F and O"),
    WRONG_VALUE_MULTIPLICITY(Layer.IOD, "Image Orientation (Patient) has 5 values",
            "PS3.3 C.7.6.2 and PS3.6: Image Orientation (Patient) has VM 6"),
    BITS_STORED_EXCEEDS_ALLOCATED(Layer.IOD, "Bits Stored is 17 with Bits Allocated 16",
            "PS3.3 C.7.6.3.1: Bits Stored shall not exceed Bits Allocated"),
    PIXEL_DATA_TOO_SHORT(Layer.IOD, "Pixel Data holds half the bytes Rows x Columns x Bits Allocated require",
            "PS3.5 8.1.1 and PS3.3 C.7.6.3: the native pixel data fills Rows x Columns x Samples x frames"),
    PHOTOMETRIC_SAMPLES_MISMATCH(Layer.IOD, "Photometric Interpretation RGB with Samples per Pixel 1",
            "PS3.3 C.7.6.3.1.2: RGB has three samples per pixel"),
    DECIMAL_STRING_TOO_LONG(Layer.VALUE, "Slice Thickness is an 18-character decimal string",
            "PS3.5 Table 6.2-1, DS: at most 16 bytes"),
    CODE_STRING_LOWER_CASE(Layer.VALUE, "Modality is 'ct' in lower case",
            "PS3.5 Table 6.2-1, CS: upper-case letters, digits, space and underscore only"),
    PERSON_NAME_TOO_MANY_GROUPS(Layer.VALUE, "Patient's Name has four component groups",
            "PS3.5 6.2.1: a person name has at most three component groups"),
    PRIVATE_ELEMENT_WITHOUT_CREATOR(Layer.ENCODING, "(0009,1001) is present but no Private Creator reserves block 10",
            "PS3.5 7.8.1: private data elements need their Private Creator Data Element"),
    UNKNOWN_CHARACTER_SET(Layer.VALUE, "Specific Character Set is ISO_IR 999",
            "PS3.3 C.12.1.1.2: Specific Character Set takes the defined terms of Tables C.12-2 to C.12-5"),
    MEDIA_STORAGE_SOP_INSTANCE_MISMATCH(Layer.FILE, "Media Storage SOP Instance UID differs from SOP Instance UID",
            "PS3.10 7.1: (0002,0003) shall equal the SOP Instance UID of the data set"),
    ODD_VALUE_LENGTH(Layer.ENCODING, "Study Description has an odd value length (15)",
            "PS3.5 7.1.1: every value field has an even length"),
    VR_MISMATCH(Layer.ENCODING, "Patient's Name is encoded with explicit VR LO instead of PN",
            "PS3.5 7.1.2 and PS3.6: the explicit VR shall be the dictionary's VR"),
    ELEMENTS_OUT_OF_ORDER(Layer.ENCODING, "Patient ID (0010,0020) comes before Patient's Name (0010,0010)",
            "PS3.5 7.1: data elements are in ascending tag order"),
    UNDEFINED_LENGTH_ON_TEXT(Layer.ENCODING, "Patient Comments (LT, Implicit VR) has undefined length FFFFFFFF",
            "PS3.5 7.1.1: only SQ, UN and encapsulated OB/OW may have undefined length"),
    SEQUENCE_DELIMITER_MISSING(Layer.ENCODING, "The undefined-length CTDI Phantom Type Code Sequence has no Sequence "
            + "Delimitation Item", "PS3.5 7.5.2: an undefined-length sequence ends with (FFFE,E0DD)"),
    TRUNCATED_FILE(Layer.FILE, "The file ends 1000 bytes into nothing, inside Pixel Data",
            "PS3.5 7.1.1: a value field holds exactly Value Length bytes"),
    MISSING_DICM_PREFIX(Layer.FILE, "The 4-byte prefix after the preamble reads DICN",
            "PS3.10 7.1: the preamble is followed by the prefix DICM"),
    WRONG_META_GROUP_LENGTH(Layer.FILE, "File Meta Information Group Length is 2 more than the group",
            "PS3.10 7.1 Table 7.1-1: (0002,0000) is the byte count of the rest of group 0002"),
    TRANSFER_SYNTAX_MISMATCH(Layer.FILE, "Meta information says Explicit VR Little Endian, the data set is Implicit VR",
            "PS3.10 7.1: the data set is encoded in the Transfer Syntax the meta information names");

    /** Where a receiver should catch the defect. */
    public enum Layer {
        /** File structure (PS3.10). */
        FILE,
        /** Data element encoding (PS3.5). */
        ENCODING,
        /** A value that breaks its VR's rules (PS3.5 6.2, 9). */
        VALUE,
        /** An attribute the IOD requires, forbids or constrains (PS3.3). */
        IOD
    }

    private final Layer layer;
    private final String description;
    private final String rule;

    Defect(Layer layer, String description, String rule) {
        this.layer = layer;
        this.description = description;
        this.rule = rule;
    }

    /** A stable identifier, e.g. {@code odd-value-length}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public Layer layer() {
        return layer;
    }

    public String description() {
        return description;
    }

    /** The rule of the standard the defect breaks, with its section. */
    public String rule() {
        return rule;
    }
}
