package org.dicomharness.simulators.modality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.dict.Tags;

/**
 * One item of the Performed Series Sequence (0040,0340) of an MPPS (PS3.4 Table F.7.2-1, PS3.3 C.4.15): a series
 * the step produced, with the instances it holds.
 *
 * @param seriesInstanceUid Series Instance UID
 * @param seriesDescription Series Description, or empty
 * @param protocolName      Protocol Name (Type 1 in the final state)
 * @param operatorsName     Operators' Name, or empty
 * @param retrieveAeTitle   Retrieve AE Title (where the series can be fetched), or empty
 * @param instances         the instances: images go to Referenced Image Sequence, others to Referenced Non-Image
 *                          Composite SOP Instance Sequence
 */
public record PerformedSeries(String seriesInstanceUid, String seriesDescription, String protocolName,
                              String operatorsName, String retrieveAeTitle, List<Instance> instances) {

    /**
     * One referenced instance.
     *
     * @param image whether it is an image (has Rows, PS3.3 C.7.6.3) rather than a non-image composite object
     */
    public record Instance(String sopClassUid, String sopInstanceUid, boolean image) {
    }

    public PerformedSeries {
        instances = List.copyOf(instances);
        protocolName = protocolName == null || protocolName.isBlank() ? "Unspecified protocol" : protocolName;
    }

    /**
     * Groups the headers of the instances a step produced by series, in first-seen order. Protocol Name comes from
     * the instances, else their Series Description.
     */
    public static List<PerformedSeries> of(List<Dataset> headers, String retrieveAeTitle) {
        Map<String, List<Dataset>> bySeries = new LinkedHashMap<>();
        for (Dataset h : headers) {
            bySeries.computeIfAbsent(h.getString(Tags.SeriesInstanceUID, ""), k -> new ArrayList<>()).add(h);
        }
        List<PerformedSeries> out = new ArrayList<>();
        bySeries.forEach((uid, list) -> {
            Dataset first = list.get(0);
            List<Instance> refs = new ArrayList<>();
            for (Dataset h : list) {
                refs.add(new Instance(h.getString(Tags.SOPClassUID), h.getString(Tags.SOPInstanceUID),
                        h.contains(Tags.Rows)));
            }
            out.add(new PerformedSeries(uid, first.getString(Tags.SeriesDescription, ""),
                    first.getString(Tags.ProtocolName, first.getString(Tags.SeriesDescription, "")),
                    first.getString(Tags.OperatorsName, ""), retrieveAeTitle == null ? "" : retrieveAeTitle, refs));
        });
        return out;
    }

    /** Adds this series as an item of {@code seq} with the attributes the final state requires. */
    void addTo(Sequence seq) {
        Dataset item = seq.addItem();
        item.setString(Tags.PerformingPhysicianName, VR.PN, "");
        item.setString(Tags.ProtocolName, VR.LO, protocolName);
        item.setString(Tags.OperatorsName, VR.PN, operatorsName);
        item.setString(Tags.SeriesInstanceUID, VR.UI, seriesInstanceUid);
        item.setString(Tags.SeriesDescription, VR.LO, seriesDescription);
        item.setString(Tags.RetrieveAETitle, VR.AE, retrieveAeTitle);
        Sequence images = item.newSequence(Tags.ReferencedImageSequence);
        Sequence others = item.newSequence(Tags.ReferencedNonImageCompositeSOPInstanceSequence);
        for (Instance i : instances) {
            Dataset ref = (i.image() ? images : others).addItem();
            ref.setString(Tags.ReferencedSOPClassUID, VR.UI, i.sopClassUid());
            ref.setString(Tags.ReferencedSOPInstanceUID, VR.UI, i.sopInstanceUid());
        }
    }
}
