package org.dicomharness.simulators.modality;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.simulators.AssociationEvidence;
import org.dicomharness.simulators.SimulatorResult;
import org.dicomharness.simulators.Target;

/**
 * The outcome of sending a set of objects: one {@link SentObject} per object, in the order given, and the
 * associations used.
 *
 * @param target       the Storage SCP
 * @param objects      per object, in the order given
 * @param associations the associations, one per parallel sender
 * @param elapsed      from the first association request to the last release
 */
public record SendReport(Target target, List<SentObject> objects, List<AssociationEvidence> associations,
                         Duration elapsed) implements SimulatorResult {

    public SendReport {
        objects = List.copyOf(objects);
        associations = List.copyOf(associations);
    }

    @Override
    public boolean succeeded() {
        return !objects.isEmpty() && objects.stream().allMatch(SentObject::stored);
    }

    public List<SentObject> stored() {
        return objects.stream().filter(SentObject::stored).toList();
    }

    public List<SentObject> failed() {
        return objects.stream().filter(o -> !o.stored()).toList();
    }

    public List<SentObject> fallbacks() {
        return objects.stream().filter(SentObject::fallbackUsed).toList();
    }

    /** Objects stored per second over {@link #elapsed()}. */
    public double storedPerSecond() {
        return elapsed.isZero() ? 0 : stored().size() * 1e9 / elapsed.toNanos();
    }

    public long warnings() {
        return objects.stream().filter(o -> o.outcome() != null && o.outcome().isWarning()).count();
    }

    public Optional<SentObject> object(String sopInstanceUid) {
        return objects.stream().filter(o -> o.sopInstanceUid().equals(sopInstanceUid)).findFirst();
    }

    /** The series the objects make up, for an MPPS Performed Series Sequence. */
    public List<PerformedSeries> performedSeries(String retrieveAeTitle) {
        List<Dataset> headers = new ArrayList<>();
        objects.forEach(o -> headers.add(o.header()));
        return PerformedSeries.of(headers, retrieveAeTitle);
    }

    @Override
    public String summary() {
        StringBuilder sb = new StringBuilder("C-STORE to " + target + ": " + stored().size() + "/" + objects.size()
                + " stored");
        if (warnings() > 0) {
            sb.append(" (").append(warnings()).append(" with warning)");
        }
        if (!fallbacks().isEmpty()) {
            sb.append(", ").append(fallbacks().size()).append(" by fallback syntax");
        }
        if (associations.size() > 1) {
            sb.append(" over ").append(associations.size()).append(" associations");
        }
        sb.append(" in ").append(elapsed.toMillis()).append(" ms");
        List<SentObject> failed = failed();
        if (!failed.isEmpty()) {
            sb.append("; first failure: ").append(failed.get(0));
        }
        return sb.toString();
    }
}
