package org.dicomharness.validation.check;

import org.dicomharness.dicom.data.BulkData;
import org.dicomharness.dicom.data.ByteValue;
import org.dicomharness.dicom.data.DataElement;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.DicomDataException;
import org.dicomharness.dicom.data.Fragments;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.validation.AttributePath;
import org.dicomharness.validation.Rule;
import org.dicomharness.validation.Severity;

/**
 * Checks that attributes agree with each other where PS3.3 and PS3.5 tie them together: the length of native
 * Pixel Data against Rows, Columns, Samples per Pixel, Bits Allocated and Number of Frames (PS3.5 8.1.1), the
 * Basic/Extended Offset Table against the number of frames (PS3.5 A.4), Bits Stored and High Bit against Bits
 * Allocated, and Samples per Pixel against the Photometric Interpretation (PS3.3 C.7.6.3.1).
 */
final class ConsistencyChecker {

    private static final Rule PIXEL_DATA = new Rule("PS3.5", "8.1.1", "Pixel Data Encoding of Native Format");
    private static final Rule ENCAPSULATED = new Rule("PS3.5", "A.4", "Transfer Syntaxes for Encapsulation of Encoded Pixel Data");
    private static final Rule IMAGE_PIXEL = new Rule("PS3.3", "C.7.6.3.1", "Image Pixel Attribute Descriptions");
    private static final String MODULE = "Image Pixel";

    private final Findings findings;

    ConsistencyChecker(Findings findings) {
        this.findings = findings;
    }

    void check(Dataset d) {
        try {
            checkPixelDescription(d);
            checkPixelData(d);
        } catch (DicomDataException e) {
            // A value of the wrong form is reported by the element checks; nothing to compare here.
        }
    }

    private void checkPixelDescription(Dataset d) {
        int allocated = d.getInt(Tags.BitsAllocated, -1);
        int stored = d.getInt(Tags.BitsStored, -1);
        int highBit = d.getInt(Tags.HighBit, -1);
        if (allocated > 0 && stored > allocated) {
            findings.add(Severity.ERROR, MODULE, AttributePath.of(Tags.BitsStored), IMAGE_PIXEL,
                    "Bits Stored " + stored, "at most Bits Allocated (" + allocated + ")");
        }
        if (stored > 0 && highBit >= 0 && highBit != stored - 1) {
            findings.add(Severity.ERROR, MODULE, AttributePath.of(Tags.HighBit), IMAGE_PIXEL,
                    "High Bit " + highBit, "Bits Stored - 1 = " + (stored - 1));
        }
        String photometric = d.getString(Tags.PhotometricInterpretation);
        int samples = d.getInt(Tags.SamplesPerPixel, -1);
        if (photometric != null && samples > 0) {
            int expected = switch (photometric) {
                case "MONOCHROME1", "MONOCHROME2", "PALETTE COLOR" -> 1;
                case "RGB", "YBR_FULL", "YBR_FULL_422", "YBR_PARTIAL_420", "YBR_ICT", "YBR_RCT", "HSV", "ARGB", "CMYK",
                     "YBR_PARTIAL_422" -> photometric.equals("ARGB") || photometric.equals("CMYK") ? 4 : 3;
                default -> -1;
            };
            if (expected > 0 && samples != expected) {
                findings.add(Severity.ERROR, MODULE, AttributePath.of(Tags.SamplesPerPixel), IMAGE_PIXEL,
                        "Samples per Pixel " + samples, expected + " for Photometric Interpretation " + photometric);
            }
        }
    }

    private void checkPixelData(Dataset d) {
        DataElement pixel = d.get(Tags.PixelData);
        if (pixel == null) {
            return;
        }
        int frames = d.getInt(Tags.NumberOfFrames, 1);
        if (pixel.value() instanceof Fragments fragments) {
            checkOffsetTables(d, fragments, frames);
            return;
        }
        long length = pixel.value() instanceof ByteValue || pixel.value() instanceof BulkData
                ? pixel.value().length() : -1;
        int rows = d.getInt(Tags.Rows, -1);
        int columns = d.getInt(Tags.Columns, -1);
        int samples = d.getInt(Tags.SamplesPerPixel, 1);
        int allocated = d.getInt(Tags.BitsAllocated, -1);
        if (length < 0 || rows <= 0 || columns <= 0 || allocated <= 0 || frames <= 0) {
            return;
        }
        long bits = (long) rows * columns * samples * frames * allocated;
        long expected = (bits + 7) / 8;
        long padded = expected + (expected & 1);
        if (length != expected && length != padded) {
            findings.add(Severity.ERROR, MODULE, AttributePath.of(Tags.PixelData), PIXEL_DATA, length + " bytes",
                    padded + " bytes = Rows " + rows + " x Columns " + columns + " x Samples per Pixel " + samples
                            + " x Bits Allocated " + allocated + " / 8 x Number of Frames " + frames
                            + (padded != expected ? " (padded to even length)" : ""));
        }
    }

    private void checkOffsetTables(Dataset d, Fragments fragments, int frames) {
        if (fragments.size() < 2) {
            findings.add(Severity.ERROR, MODULE, AttributePath.of(Tags.PixelData), ENCAPSULATED,
                    "no fragment after the Basic Offset Table", "at least one fragment per frame");
            return;
        }
        if (fragments.items().get(0) instanceof ByteValue bot && !bot.isEmpty() && bot.length() / 4 != frames) {
            findings.add(Severity.ERROR, MODULE, AttributePath.of(Tags.PixelData), ENCAPSULATED,
                    "a Basic Offset Table of " + bot.length() / 4 + " offset(s)",
                    "one offset per frame (Number of Frames " + frames + ")");
        }
        if (fragments.size() - 1 < frames) {
            findings.add(Severity.ERROR, MODULE, AttributePath.of(Tags.PixelData), ENCAPSULATED,
                    (fragments.size() - 1) + " fragment(s)", "at least one per frame (Number of Frames " + frames + ")");
        }
        DataElement eot = d.get(Tags.ExtendedOffsetTable);
        if (eot != null && eot.value() instanceof ByteValue b && b.length() / 8 != frames) {
            findings.add(Severity.ERROR, MODULE, AttributePath.of(Tags.ExtendedOffsetTable), ENCAPSULATED,
                    b.length() / 8 + " offset(s)", "one offset per frame (Number of Frames " + frames + ")");
        }
    }
}
