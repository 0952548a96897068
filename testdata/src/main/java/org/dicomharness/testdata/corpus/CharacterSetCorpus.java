package org.dicomharness.testdata.corpus;

import java.util.ArrayList;
import java.util.List;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.ByteValue;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.testdata.ObjectKind;
import org.dicomharness.testdata.StudyGenerator;

/**
 * Valid images whose patient name and study description are in other character repertoires
 * ({@link CharacterSetCase}): what a PACS must store, index, return and display unchanged.
 */
public final class CharacterSetCorpus {

    private final long seed;

    public CharacterSetCorpus(long seed) {
        this.seed = seed;
    }

    public List<CorpusFile> files() {
        List<CorpusFile> files = new ArrayList<>();
        int study = 0;
        for (CharacterSetCase c : CharacterSetCase.all()) {
            Dataset ds = new StudyGenerator(seed).generate(study++, List.of(ObjectKind.CR), 1, 1).instances().get(0);
            // Raw bytes: written after every string so no later setString re-encodes with the new repertoire.
            ds.put(Tags.PatientName, VR.PN, ByteValue.wrap(pad(c.patientNameBytes())));
            ds.put(Tags.StudyDescription, VR.LO, ByteValue.wrap(pad(c.studyDescriptionBytes())));
            ds.setString(Tags.SpecificCharacterSet, VR.CS, c.specificCharacterSet().toArray(String[]::new));
            files.add(new CorpusFile(c.id() + ".dcm", Part10Bytes.encode(ds, ds.getString(Tags.SOPClassUID),
                    ds.getString(Tags.SOPInstanceUID), TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN), c.description()));
        }
        return files;
    }

    /** PS3.5 6.2: PN and LO are padded with a space to even length. */
    private static byte[] pad(byte[] b) {
        if ((b.length & 1) == 0) {
            return b;
        }
        byte[] padded = java.util.Arrays.copyOf(b, b.length + 1);
        padded[b.length] = ' ';
        return padded;
    }
}
