package org.dicomharness.simulators.viewer;

import java.util.List;
import java.util.Optional;

/**
 * Whether what came back is what went in, per instance.
 *
 * @param options   how they were compared
 * @param instances one verdict per instance sent or received
 */
public record VerificationReport(VerifyOptions options, List<InstanceVerdict> instances) {

    public VerificationReport {
        instances = List.copyOf(instances);
    }

    /** Every instance came back, nothing else did, and each is identical (or equivalent, in attribute mode). */
    public boolean succeeded() {
        return !instances.isEmpty() && instances.stream().allMatch(this::passes);
    }

    private boolean passes(InstanceVerdict v) {
        return v.verdict() == InstanceVerdict.Verdict.IDENTICAL
                || v.verdict() == InstanceVerdict.Verdict.EQUIVALENT && options.mode() == VerifyOptions.Mode.ATTRIBUTES;
    }

    public List<InstanceVerdict> failures() {
        return instances.stream().filter(v -> !passes(v)).toList();
    }

    public long count(InstanceVerdict.Verdict verdict) {
        return instances.stream().filter(v -> v.verdict() == verdict).count();
    }

    public Optional<InstanceVerdict> instance(String sopInstanceUid) {
        return instances.stream().filter(v -> v.sopInstanceUid().equals(sopInstanceUid)).findFirst();
    }

    public String summary() {
        if (instances.isEmpty()) {
            return "verification (" + options.mode() + "): nothing sent and nothing received";
        }
        StringBuilder sb = new StringBuilder("verification (" + options.mode() + "): ");
        for (InstanceVerdict.Verdict v : InstanceVerdict.Verdict.values()) {
            long n = count(v);
            if (n > 0) {
                sb.append(n).append(' ').append(v.name().toLowerCase(java.util.Locale.ROOT)).append(", ");
            }
        }
        sb.setLength(sb.length() - 2);
        List<InstanceVerdict> failures = failures();
        if (!failures.isEmpty()) {
            sb.append("\n").append(failures.get(0));
        }
        return sb.toString();
    }
}
