package org.dicomharness.testdata.corpus;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.ByteValue;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.io.FileMetaInformation;
import org.dicomharness.testdata.ObjectKind;
import org.dicomharness.testdata.StudyGenerator;
import org.dicomharness.testdata.TestStudy;

/**
 * Files for negative tests: a valid CT image, then one file per {@link Defect} with exactly that defect
 * applied (to the data set where the defect is a value or an attribute, to the encoded bytes where it is
 * an encoding or file-structure fault). Everything else in each file is valid.
 */
public final class MalformedCorpus {

    private static final TransferSyntax EXPLICIT = TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN;
    private static final TransferSyntax IMPLICIT = TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN;

    private final Dataset valid;
    private final String sopClass;
    private final String sopInstance;

    public MalformedCorpus(long seed) {
        TestStudy study = new StudyGenerator(seed).generate(0, List.of(ObjectKind.CT), 1, 1);
        this.valid = study.instances().get(0);
        this.sopClass = valid.getString(Tags.SOPClassUID);
        this.sopInstance = valid.getString(Tags.SOPInstanceUID);
    }

    /** The valid file every defect starts from, then one file per defect in catalogue order. */
    public List<CorpusFile> files() {
        List<CorpusFile> files = new ArrayList<>();
        files.add(new CorpusFile("00-valid.dcm", encode(valid), "the valid CT image every defect starts from"));
        int n = 1;
        for (Defect d : Defect.values()) {
            files.add(new CorpusFile(String.format("%02d-%s.dcm", n++, d.id()), apply(d), d.description()));
        }
        return files;
    }

    /** The bytes of the valid image with {@code defect} applied. */
    public byte[] apply(Defect defect) {
        return switch (defect) {
            case MISSING_SOP_INSTANCE_UID -> mutated(ds -> ds.remove(Tags.SOPInstanceUID));
            case EMPTY_STUDY_INSTANCE_UID -> mutated(ds -> ds.setString(Tags.StudyInstanceUID, VR.UI, ""));
            case MISSING_PATIENT_ID -> mutated(ds -> ds.remove(Tags.PatientID));
            case MISSING_PIXEL_DATA -> mutated(ds -> ds.remove(Tags.PixelData));
            case INVALID_UID_CHARACTERS -> mutated(ds -> ds.setString(Tags.SeriesInstanceUID, VR.UI, "2.25.12345abc.7"));
            case UID_TOO_LONG -> mutated(ds -> ds.setString(Tags.SeriesInstanceUID, VR.UI,
                    "2.25." + "1".repeat(65)));
            case UID_COMPONENT_LEADING_ZERO -> mutated(ds -> ds.setString(Tags.SeriesInstanceUID, VR.UI,
                    "2.25.0123.1"));
            case INVALID_DATE -> mutated(ds -> ds.setString(Tags.StudyDate, VR.DA, "20241345"));
            case INVALID_TIME -> mutated(ds -> ds.setString(Tags.StudyTime, VR.TM, "256199"));
            case INVALID_ENUMERATED_VALUE -> mutated(ds -> ds.setString(Tags.PatientSex, VR.CS, "X"));
            case WRONG_VALUE_MULTIPLICITY -> mutated(ds -> ds.setDouble(Tags.ImageOrientationPatient, VR.DS,
                    1, 0, 0, 0, 1));
            case BITS_STORED_EXCEEDS_ALLOCATED -> mutated(ds -> ds.setInt(Tags.BitsStored, VR.US, 17));
            case PIXEL_DATA_TOO_SHORT -> mutated(ds -> {
                byte[] pixels = ds.getBytes(Tags.PixelData);
                ds.put(Tags.PixelData, VR.OW, ByteValue.wrap(java.util.Arrays.copyOf(pixels, pixels.length / 2)));
            });
            case PHOTOMETRIC_SAMPLES_MISMATCH -> mutated(ds -> ds.setString(Tags.PhotometricInterpretation, VR.CS, "RGB"));
            case DECIMAL_STRING_TOO_LONG -> mutated(ds -> ds.setString(Tags.SliceThickness, VR.DS,
                    "5.0000000000000001"));
            case CODE_STRING_LOWER_CASE -> mutated(ds -> ds.setString(Tags.Modality, VR.CS, "ct"));
            case PERSON_NAME_TOO_MANY_GROUPS -> mutated(ds -> ds.setString(Tags.PatientName, VR.PN,
                    "Fairweather^Ada=F^A=F^A=F^A"));
            case PRIVATE_ELEMENT_WITHOUT_CREATOR -> mutated(ds -> ds.setString(0x00091001, VR.LO, "orphan"));
            case UNKNOWN_CHARACTER_SET -> mutated(ds -> ds.put(Tags.SpecificCharacterSet, VR.CS,
                    ByteValue.wrap("ISO_IR 999".getBytes(StandardCharsets.US_ASCII))));
            case MEDIA_STORAGE_SOP_INSTANCE_MISMATCH -> Part10Bytes.encode(valid, sopClass, sopInstance + ".1", EXPLICIT);
            case ODD_VALUE_LENGTH -> oddValueLength();
            case VR_MISMATCH -> {
                byte[] b = encode(valid);
                int at = Part10Bytes.find(b, 132, Tags.PatientName, "PN");
                b[at + 4] = 'L';
                b[at + 5] = 'O';
                yield b;
            }
            case ELEMENTS_OUT_OF_ORDER -> swapPatientNameAndId();
            case UNDEFINED_LENGTH_ON_TEXT -> {
                byte[] b = Part10Bytes.encode(valid, sopClass, sopInstance, IMPLICIT);
                int at = Part10Bytes.find(b, dataSetStart(b), Tags.PatientComments, null);
                Part10Bytes.putU32(b, at + 4, 0xFFFFFFFFL);
                yield b;
            }
            case SEQUENCE_DELIMITER_MISSING -> {
                byte[] b = encode(valid);
                int sq = Part10Bytes.find(b, 132, Tags.CTDIPhantomTypeCodeSequence, "SQ");
                int delimiter = Part10Bytes.find(b, sq, 0xFFFEE0DD, null);
                yield Part10Bytes.splice(b, delimiter, 8, new byte[0]);
            }
            case TRUNCATED_FILE -> {
                byte[] b = encode(valid);
                yield java.util.Arrays.copyOf(b, b.length - 1000);
            }
            case MISSING_DICM_PREFIX -> {
                byte[] b = encode(valid);
                b[131] = 'N';
                yield b;
            }
            case WRONG_META_GROUP_LENGTH -> {
                byte[] b = encode(valid);
                // (0002,0000) UL is the first meta element: value at 132 + 8.
                Part10Bytes.putU32(b, 140, Part10Bytes.u32(b, 140) + 2);
                yield b;
            }
            case TRANSFER_SYNTAX_MISMATCH -> Part10Bytes.encode(
                    FileMetaInformation.create(sopClass, sopInstance, EXPLICIT.uid(), null), valid, EXPLICIT, IMPLICIT);
        };
    }

    private byte[] encode(Dataset ds) {
        return Part10Bytes.encode(ds, sopClass, sopInstance, EXPLICIT);
    }

    private byte[] mutated(java.util.function.Consumer<Dataset> change) {
        Dataset copy = valid.copy();
        change.accept(copy);
        return encode(copy);
    }

    /** Study Description's padding byte removed and its length made odd. */
    private byte[] oddValueLength() {
        byte[] b = encode(valid);
        int at = Part10Bytes.find(b, 132, Tags.StudyDescription, "LO");
        int length = Part10Bytes.u16(b, at + 6);
        if (length % 2 != 0 || b[at + 8 + length - 1] != ' ') {
            throw new IllegalStateException("the base Study Description is expected to end in a padding space");
        }
        Part10Bytes.putU16(b, at + 6, length - 1);
        return Part10Bytes.splice(b, at + 8 + length - 1, 1, new byte[0]);
    }

    private byte[] swapPatientNameAndId() {
        byte[] b = encode(valid);
        int name = Part10Bytes.find(b, 132, Tags.PatientName, "PN");
        int nameEnd = name + 8 + Part10Bytes.u16(b, name + 6);
        int id = Part10Bytes.find(b, nameEnd, Tags.PatientID, "LO");
        if (id != nameEnd) {
            throw new IllegalStateException("Patient ID is expected right after Patient's Name in the base file");
        }
        int idEnd = id + 8 + Part10Bytes.u16(b, id + 6);
        byte[] swapped = new byte[idEnd - name];
        System.arraycopy(b, id, swapped, 0, idEnd - id);
        System.arraycopy(b, name, swapped, idEnd - id, nameEnd - name);
        return Part10Bytes.splice(b, name, swapped.length, swapped);
    }

    /** Offset of the first data set byte: after preamble, prefix and the meta group. */
    private static int dataSetStart(byte[] b) {
        return 132 + 12 + (int) Part10Bytes.u32(b, 140);
    }
}
