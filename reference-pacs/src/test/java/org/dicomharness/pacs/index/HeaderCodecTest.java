package org.dicomharness.pacs.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.data.BulkData;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.io.BulkDataPolicy;
import org.dicomharness.dicom.io.FileMetaInformation;
import org.dicomharness.dicom.io.Part10Reader;
import org.dicomharness.dicom.io.Part10Writer;
import org.dicomharness.dicom.io.ReadOptions;
import org.dicomharness.dicom.io.WriteOptions;
import org.dicomharness.testdata.ObjectKind;
import org.dicomharness.testdata.StudyGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeaderCodecTest {

    @Test
    void keepsNestedAttributesAndLeavesNestedBulkDataInTheObjectFile(@TempDir Path dir) throws IOException {
        Dataset ecg = new StudyGenerator(3L).generate(0, List.of(ObjectKind.ECG), 1, 1).instances().get(0);
        Path file = dir.resolve("ecg.dcm");
        Part10Writer.write(file, null, FileMetaInformation.create(ecg.getString(Tags.SOPClassUID),
                ecg.getString(Tags.SOPInstanceUID), TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN.uid(), "TEST"), ecg,
                TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, WriteOptions.defaults());
        // As the ingest pipeline reads a received object: large values stay in the file, at any nesting level.
        Dataset parsed = Part10Reader.read(file, ReadOptions.defaults().withBulkData(BulkDataPolicy.REFERENCE)
                .withBulkDataThreshold(1024)).dataset();
        Dataset waveform = parsed.getSequence(Tags.WaveformSequence).get(0);
        assertThat(waveform.get(Tags.WaveformData).value()).isInstanceOf(BulkData.class);

        Dataset header = HeaderCodec.decode(HeaderCodec.encode(parsed));

        Dataset kept = header.getSequence(Tags.WaveformSequence).get(0);
        assertThat(kept.contains(Tags.WaveformData)).as("Waveform Data stays in the object file").isFalse();
        assertThat(kept.getString(Tags.NumberOfWaveformChannels))
                .isEqualTo(waveform.getString(Tags.NumberOfWaveformChannels));
        assertThat(header.getString(Tags.SOPInstanceUID)).isEqualTo(ecg.getString(Tags.SOPInstanceUID));
    }
}
