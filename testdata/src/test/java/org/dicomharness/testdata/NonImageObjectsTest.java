package org.dicomharness.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.dict.Tags;
import org.junit.jupiter.api.Test;

/** The documents, waveforms and structured reports carry real content, consistent with the study. */
class NonImageObjectsTest {

    private static TestStudy study(ObjectKind... kinds) {
        return GeneratedCorpus.generate(new CorpusSpec(17, 1, List.of(kinds), 1, 2)).studies().get(0);
    }

    @Test
    void encapsulatedPdfIsARealPdfNamingThePatient() throws IOException {
        TestStudy study = study(ObjectKind.PDF);
        Dataset ds = study.instances().get(0);
        long length = ds.getLongs(Tags.EncapsulatedDocumentLength)[0];
        byte[] document = ds.getBytes(Tags.EncapsulatedDocument);
        assertThat(document.length).isEqualTo((int) ((length + 1) & ~1L));
        try (PDDocument pdf = Loader.loadPDF(java.util.Arrays.copyOf(document, (int) length))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains(study.context().patient().id()).contains(study.context().accessionNumber());
        }
    }

    @Test
    void ecgLeadsKeepEinthovensLaw() {
        Dataset ecg = study(ObjectKind.ECG).instances().get(0);
        Dataset group = ecg.getSequence(Tags.WaveformSequence).get(0);
        int channels = group.getInt(Tags.NumberOfWaveformChannels, 0);
        int samples = group.getInt(Tags.NumberOfWaveformSamples, 0);
        assertThat(channels).isEqualTo(12);
        assertThat(group.getSequence(Tags.ChannelDefinitionSequence).size()).isEqualTo(12);
        ByteBuffer data = ByteBuffer.wrap(group.getBytes(Tags.WaveformData)).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(data.capacity()).isEqualTo(channels * samples * 2);
        double worst = 0;
        double peak = 0;
        for (int s = 0; s < samples; s++) {
            int lead1 = data.getShort((s * channels) * 2);
            int lead2 = data.getShort((s * channels + 1) * 2);
            int lead3 = data.getShort((s * channels + 2) * 2);
            // Einthoven: III = II - I, up to the rounding of each lead to 2.5 uV.
            worst = Math.max(worst, Math.abs(lead3 - (lead2 - lead1)));
            peak = Math.max(peak, Math.abs(lead2));
        }
        assertThat(peak).as("R waves of lead II, in 2.5 uV units").isGreaterThan(200);
        assertThat(worst).isLessThanOrEqualTo(2);
    }

    @Test
    void keyObjectSelectionReferencesImagesOfItsOwnStudy() {
        TestStudy study = study(ObjectKind.KO);
        assertThat(study.series()).extracting(TestSeries::kind).containsExactly(ObjectKind.CT, ObjectKind.KO);
        Set<String> images = new HashSet<>();
        study.series().get(0).instances().forEach(i -> images.add(i.getString(Tags.SOPInstanceUID)));
        Dataset ko = study.series().get(1).instances().get(0);
        Sequence evidence = ko.getSequence(Tags.CurrentRequestedProcedureEvidenceSequence);
        assertThat(evidence.get(0).getString(Tags.StudyInstanceUID)).isEqualTo(study.studyInstanceUid());
        Sequence refs = evidence.get(0).getSequence(Tags.ReferencedSeriesSequence).get(0)
                .getSequence(Tags.ReferencedSOPSequence);
        assertThat(refs.items()).isNotEmpty()
                .allSatisfy(r -> assertThat(images).contains(r.getString(Tags.ReferencedSOPInstanceUID)));
    }

    @Test
    void doseReportFollowsTid10011() {
        Dataset sr = study(ObjectKind.RDSR).instances().get(0);
        assertThat(sr.getSequence(Tags.ConceptNameCodeSequence).get(0).getString(Tags.CodeValue)).isEqualTo("113701");
        assertThat(sr.getSequence(Tags.ContentTemplateSequence).get(0).getString(Tags.TemplateIdentifier))
                .isEqualTo("10011");
        List<String> concepts = sr.getSequence(Tags.ContentSequence).items().stream()
                .map(i -> i.getSequence(Tags.ConceptNameCodeSequence).get(0).getString(Tags.CodeValue)).toList();
        // Procedure reported, observer context, irradiation start/end, scope, accumulated data, two events, source.
        assertThat(concepts).contains("121058", "121005", "113809", "113810", "113705", "113811", "113854")
                .filteredOn("113819"::equals).hasSize(2);
    }
}
