package org.dicomharness.testdata.generator;

import java.util.ArrayList;
import java.util.List;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.testdata.context.SeriesContext;
import org.dicomharness.testdata.module.Code;
import org.dicomharness.testdata.module.CompositeInstance;
import org.dicomharness.testdata.sr.ContentItem;
import org.dicomharness.testdata.sr.SrDocumentModules;

/**
 * Basic Text SR IOD (PS3.3 A.35.1): a short imaging report after TID 2000 (Basic Diagnostic Imaging
 * Report) with a person observer, a Findings and an Impressions section. The wording is invented and
 * describes the phantom, not a person.
 */
public final class BasicTextSrGenerator implements ObjectGenerator {

    private static final List<String> FINDINGS = List.of(
            "Synthetic phantom study. Symmetric ventricles of normal size. A well-defined hyperdense oval "
                    + "structure in the frontal region measures approximately 3 cm.",
            "Synthetic phantom study. Three small calcified foci in the posterior fossa. No midline shift.");
    private static final List<String> IMPRESSIONS = List.of(
            "Findings consistent with the synthetic head phantom. No acute abnormality.",
            "Test report generated for interoperability testing only.");

    @Override
    public List<Dataset> generate(SeriesContext series, int instances) {
        List<Dataset> out = new ArrayList<>();
        for (int n = 1; n <= instances; n++) {
            Dataset ds = CompositeInstance.start(series, Uids.BasicTextSRStorage, n);
            SrDocumentModules.writeSeries(ds);
            SrDocumentModules.writeSrDocumentGeneral(ds, List.of());
            Sequence root = ContentItem.root(ds, new Code("18748-4", "LN", "Diagnostic Imaging Report"), "2000");
            ContentItem.code(root, "HAS CONCEPT MOD", Code.dcm("121049", "Language of Content Item and Descendants"),
                    new Code("en-US", "RFC5646", "English (United States)"));
            ContentItem.personObserver(root, "Reader^Synthetic^R");
            Dataset findings = ContentItem.container(root, "CONTAINS", Code.dcm("121070", "Findings"));
            ContentItem.text(ContentItem.children(findings), "CONTAINS", Code.dcm("121071", "Finding"),
                    FINDINGS.get((n - 1) % FINDINGS.size()));
            Dataset impressions = ContentItem.container(root, "CONTAINS", Code.dcm("121072", "Impressions"));
            ContentItem.text(ContentItem.children(impressions), "CONTAINS", Code.dcm("121073", "Impression"),
                    IMPRESSIONS.get((n - 1) % IMPRESSIONS.size()));
            out.add(ds);
        }
        return out;
    }
}
