package org.dicomharness.testdata.generator;

import java.util.ArrayList;
import java.util.List;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.testdata.context.SeriesContext;
import org.dicomharness.testdata.module.Code;
import org.dicomharness.testdata.module.CompositeInstance;
import org.dicomharness.testdata.sr.ContentItem;
import org.dicomharness.testdata.sr.SrDocumentModules;

/**
 * Key Object Selection Document IOD (PS3.3 A.35.4, TID 2010): flags images generated earlier in the same
 * study "Of Interest" (CID 7010), listing them in the content and in Current Requested Procedure Evidence.
 */
public final class KeyObjectSelectionGenerator implements ObjectGenerator {

    static final int MAX_SELECTED = 3;

    @Override
    public List<Dataset> generate(SeriesContext series, int instances) {
        List<Dataset> images = series.studyInstances().stream().filter(d -> d.contains(Tags.PixelData)).toList();
        if (images.isEmpty()) {
            throw new IllegalStateException("a Key Object Selection needs images earlier in the study to select;"
                    + " generate an image series (e.g. CT) before KO");
        }
        List<Dataset> out = new ArrayList<>();
        for (int n = 1; n <= instances; n++) {
            List<Dataset> selected = new ArrayList<>();
            for (int i = 0; i < Math.min(MAX_SELECTED, images.size()); i++) {
                selected.add(images.get((n - 1 + i) % images.size()));
            }
            Dataset ds = CompositeInstance.start(series, Uids.KeyObjectSelectionDocumentStorage, n);
            SrDocumentModules.writeSeries(ds);
            SrDocumentModules.writeEvidence(ds, Tags.CurrentRequestedProcedureEvidenceSequence, selected);
            Sequence root = ContentItem.root(ds, Code.dcm("113000", "Of Interest"), "2010");
            ContentItem.text(root, "CONTAINS", Code.dcm("113012", "Key Object Description"),
                    "Images selected for the interoperability test conference.");
            for (Dataset image : selected) {
                ContentItem.image(root, "CONTAINS", image.getString(Tags.SOPClassUID),
                        image.getString(Tags.SOPInstanceUID));
            }
            out.add(ds);
        }
        return out;
    }
}
