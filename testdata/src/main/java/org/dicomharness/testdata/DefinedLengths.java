package org.dicomharness.testdata;

import org.dicomharness.dicom.data.DataElement;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.io.LengthEncoding;
import org.dicomharness.dicom.io.WriteOptions;

/**
 * How generated objects encode their sequences and items: with defined (explicit) lengths, no Sequence or Item
 * Delimitation Items. PS3.5 7.5.1 allows either encoding, but DCMTK (so Orthanc and dcmqrscp) and most modalities
 * write defined lengths, and a DCMTK-based archive sends a stored object back that way whatever it received. An
 * object generated with defined lengths therefore comes back from them bit for bit, which is what the harness's
 * retrieve checks compare. (A sequence kept under VR UN is still written with undefined length, as PS3.5 6.2.2
 * requires; the generators make none. Encapsulated Pixel Data always has undefined length, PS3.5 A.4.)
 *
 * <p>The negative-test corpora ({@code corpus/}) do not use this: they encode each file deliberately.
 */
public final class DefinedLengths {

    /** The options every generated file is written with. */
    public static final WriteOptions WRITE_OPTIONS = WriteOptions.defaults().withLengths(LengthEncoding.DEFINED);

    private DefinedLengths() {
    }

    /**
     * Records defined length on every sequence and item of {@code dataset}, nested ones included, so that a writer
     * that preserves the recorded encoding (a data set sent from memory) encodes it as a generated file is encoded.
     *
     * @return {@code dataset}
     */
    public static Dataset mark(Dataset dataset) {
        for (DataElement e : dataset) {
            if (e.value() instanceof Sequence seq) {
                seq.setUndefinedLength(false);
                for (Dataset item : seq) {
                    item.setUndefinedLength(false);
                    mark(item);
                }
            }
        }
        return dataset;
    }

    /** Whether no sequence or item of {@code dataset}, at any depth, records undefined length. */
    public static boolean everywhere(Dataset dataset) {
        for (DataElement e : dataset) {
            if (e.value() instanceof Sequence seq) {
                if (seq.hasUndefinedLength()) {
                    return false;
                }
                for (Dataset item : seq) {
                    if (item.hasUndefinedLength() || !everywhere(item)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
