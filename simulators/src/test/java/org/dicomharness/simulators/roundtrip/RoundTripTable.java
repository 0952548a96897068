package org.dicomharness.simulators.roundtrip;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dicomharness.simulators.viewer.InstanceVerdict;
import org.dicomharness.simulators.viewer.ReceivedObject;
import org.dicomharness.simulators.viewer.VerificationReport;
import org.dicomharness.simulators.viewer.Verifier;
import org.dicomharness.simulators.viewer.VerifyOptions;
import org.dicomharness.testdata.ObjectKind;

/**
 * What came back from a peer, one row per object kind and one column per syntax: {@code ok} when the data set came
 * back bit-identical (same transfer syntax, same SHA-256 of the bytes after the File Meta Information), {@code -} when
 * the kind is not in that syntax's study, a label when the difference is a behaviour of the peer's that the test
 * recognises precisely, otherwise the verifier's verdict. Below the table: the explanations, then each problem with the
 * verifier's attribute-level detail.
 */
final class RoundTripTable {

    /** How a difference that is a documented behaviour of the peer's is recognised. */
    @FunctionalInterface
    interface Explanation {

        /** The cell's label and the reason, or empty when the difference is not this behaviour. */
        Optional<Explained> explain(EveryKindCorpus.Entry sent, ReceivedObject back) throws IOException;
    }

    record Explained(String label, String why) {
    }

    /** No difference is explained: every object must come back bit-identical. */
    static final Explanation NONE = (sent, back) -> Optional.empty();

    private final String title;
    private final Map<String, Map<ObjectKind, String>> columns = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private int identical;

    RoundTripTable(String title) {
        this.title = title;
    }

    /** Compares what came back in {@code column} with the generated files, bit for bit. */
    void check(String column, List<EveryKindCorpus.Entry> sent, List<ReceivedObject> received,
               Map<ObjectKind, String> absent) throws IOException {
        check(column, sent, received, absent, NONE);
    }

    /**
     * Compares what came back in {@code column} with the generated files, bit for bit
     * ({@link VerifyOptions#bitExact()}): a difference is a problem unless {@code explanation} recognises it.
     */
    void check(String column, List<EveryKindCorpus.Entry> sent, List<ReceivedObject> received,
               Map<ObjectKind, String> absent, Explanation explanation) throws IOException {
        Map<ObjectKind, String> cells = column(column);
        absent.keySet().forEach(k -> cells.put(k, "-"));
        Map<String, ReceivedObject> byUid = new HashMap<>();
        received.forEach(r -> byUid.put(r.sopInstanceUid(), r));
        VerificationReport v = Verifier.verify(sent.stream().map(EveryKindCorpus.Entry::expected).toList(), received,
                VerifyOptions.bitExact());
        for (EveryKindCorpus.Entry e : sent) {
            InstanceVerdict iv = v.instance(e.sopInstanceUid()).orElseThrow();
            ReceivedObject back = byUid.get(e.sopInstanceUid());
            if (iv.verdict() == InstanceVerdict.Verdict.IDENTICAL) {
                identical++;
                cells.put(e.kind(), "ok");
                continue;
            }
            Optional<Explained> explained = back == null ? Optional.empty() : explanation.explain(e, back);
            if (explained.isPresent()) {
                cells.put(e.kind(), explained.get().label());
                notes.add(column + " " + e.kind() + ": " + explained.get().why());
            } else {
                cells.put(e.kind(), iv.verdict().name());
                problems.add(column + " " + e.kind() + " " + e.file() + ": " + iv);
            }
        }
        v.instances().stream().filter(iv -> iv.verdict() == InstanceVerdict.Verdict.UNEXPECTED)
                .forEach(iv -> problems.add(column + ": received an object not sent: " + iv));
    }

    /** A problem of the retrieve itself (a failed sub-operation, a status other than Success). */
    void problem(String column, String why) {
        problems.add(column + ": " + why);
    }

    private Map<ObjectKind, String> column(String name) {
        return columns.computeIfAbsent(name, c -> new EnumMap<>(ObjectKind.class));
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    /** Objects whose difference an explanation recognised. */
    int explained() {
        return notes.size();
    }

    int identical() {
        return identical;
    }

    String render() {
        StringBuilder sb = new StringBuilder(title).append('\n');
        int first = 14;
        List<String> names = new ArrayList<>(columns.keySet());
        List<Integer> widths = names.stream().map(n -> Math.max(n.length(), columns.get(n).values().stream()
                .mapToInt(String::length).max().orElse(1))).toList();
        sb.append(pad("kind", first));
        for (int i = 0; i < names.size(); i++) {
            sb.append(' ').append(pad(names.get(i), widths.get(i)));
        }
        sb.append('\n');
        for (ObjectKind k : ObjectKind.values()) {
            sb.append(pad(k.name(), first));
            for (int i = 0; i < names.size(); i++) {
                sb.append(' ').append(pad(columns.get(names.get(i)).getOrDefault(k, "?"), widths.get(i)));
            }
            sb.append('\n');
        }
        sb.append(identical).append(" object(s) came back bit-identical, ").append(notes.size())
                .append(" differ by a recognised behaviour of the peer's, ").append(problems.size())
                .append(" problem(s)\n");
        notes.forEach(n -> sb.append("  note: ").append(n).append('\n'));
        problems.forEach(p -> sb.append("  problem: ").append(p).append('\n'));
        return sb.toString();
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
