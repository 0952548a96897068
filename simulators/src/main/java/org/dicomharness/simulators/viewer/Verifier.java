package org.dicomharness.simulators.viewer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.io.Part10Reader;

/**
 * Compares what went in with what came back: bit for bit first (same transfer syntax and SHA-256 of the data set),
 * then, where the bytes differ, attribute by attribute to say precisely what changed.
 */
public final class Verifier {

    private Verifier() {
    }

    public static VerificationReport verify(List<ExpectedObject> sent, List<ReceivedObject> received,
                                            VerifyOptions options) {
        Map<String, ReceivedObject> byUid = new LinkedHashMap<>();
        received.forEach(r -> byUid.put(r.sopInstanceUid(), r));
        List<InstanceVerdict> out = new ArrayList<>();
        for (ExpectedObject e : sent) {
            ReceivedObject r = byUid.remove(e.sopInstanceUid());
            out.add(r == null ? new InstanceVerdict(e.sopInstanceUid(), InstanceVerdict.Verdict.MISSING,
                    e.transferSyntaxUid(), null, e.sha256(), null, List.of(), null) : compare(e, r, options));
        }
        for (ReceivedObject r : byUid.values()) {
            out.add(new InstanceVerdict(r.sopInstanceUid(), InstanceVerdict.Verdict.UNEXPECTED, null,
                    r.transferSyntaxUid(), null, r.sha256(), List.of(), r.file()));
        }
        return new VerificationReport(options, out);
    }

    private static InstanceVerdict compare(ExpectedObject e, ReceivedObject r, VerifyOptions options) {
        if (e.sha256() != null && e.sha256().equals(r.sha256()) && r.transferSyntaxUid().equals(e.transferSyntaxUid())) {
            return new InstanceVerdict(e.sopInstanceUid(), InstanceVerdict.Verdict.IDENTICAL, e.transferSyntaxUid(),
                    r.transferSyntaxUid(), e.sha256(), r.sha256(), List.of(), r.file());
        }
        List<AttributeDifference> diffs;
        try {
            Dataset sent = e.source().load();
            Dataset back = Part10Reader.read(r.file()).dataset();
            diffs = DatasetComparator.compare(sent, back, options.coercible());
        } catch (IOException | RuntimeException ex) {
            diffs = List.of(new AttributeDifference("(data set)", AttributeDifference.Kind.CHANGED, "",
                    "cannot be compared: " + ex.getMessage(), false));
        }
        boolean allAllowed = diffs.stream().allMatch(AttributeDifference::allowed);
        return new InstanceVerdict(e.sopInstanceUid(), allAllowed ? InstanceVerdict.Verdict.EQUIVALENT
                : InstanceVerdict.Verdict.DIFFERENT, e.transferSyntaxUid(), r.transferSyntaxUid(), e.sha256(),
                r.sha256(), diffs, r.file());
    }
}
