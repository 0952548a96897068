package org.dicomharness.simulators.modality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.dict.Uids;

/**
 * Which presentation contexts the modality proposes for storage (PS3.8 9.3.2.2), and whether it falls back to
 * another accepted syntax when the one an object is encoded in is refused.
 *
 * <p>By default, for each SOP Class to send: the objects' own transfer syntaxes, then the native
 * {@link #fallbackSyntaxes}; one presentation context per (SOP Class, syntax), so that the acceptor's answer shows
 * exactly which syntaxes it refuses (result 4, transfer-syntaxes-not-supported, PS3.8 Table 9-18).
 *
 * @param perSopClass      SOP Classes whose proposal is fixed: exactly these syntaxes, in this order
 * @param fallbackSyntaxes native syntaxes proposed after the objects' own, for fallback
 * @param contextPerSyntax one context per (SOP Class, syntax); otherwise one context per SOP Class listing all
 * @param fallback         send in another accepted syntax when the object's own is refused (re-encoding a native
 *                         object, or sending a compressed object's native alternative)
 */
public record ProposalPolicy(Map<String, List<String>> perSopClass, List<String> fallbackSyntaxes,
                             boolean contextPerSyntax, boolean fallback) {

    public static final List<String> NATIVE_FALLBACK = List.of(Uids.ExplicitVRLittleEndian, Uids.ImplicitVRLittleEndian);

    public ProposalPolicy {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        perSopClass.forEach((k, v) -> {
            if (v.isEmpty()) {
                throw new IllegalArgumentException("the proposal for " + k + " names no transfer syntax");
            }
            v.forEach(TransferSyntax::of);
            copy.put(k, List.copyOf(v));
        });
        perSopClass = java.util.Collections.unmodifiableMap(copy);
        fallbackSyntaxes.forEach(ts -> {
            if (TransferSyntax.of(ts).encapsulated()) {
                throw new IllegalArgumentException("fallback syntax " + ts + " is not native: a fallback re-encodes "
                        + "native data, which needs no codec");
            }
        });
        fallbackSyntaxes = List.copyOf(fallbackSyntaxes);
    }

    public static ProposalPolicy defaults() {
        return new ProposalPolicy(Map.of(), NATIVE_FALLBACK, true, true);
    }

    /** Proposes exactly {@code syntaxes} for {@code sopClassUid}. */
    public ProposalPolicy propose(String sopClassUid, List<String> syntaxes) {
        Map<String, List<String>> m = new LinkedHashMap<>(perSopClass);
        m.put(sopClassUid, syntaxes);
        return new ProposalPolicy(m, fallbackSyntaxes, contextPerSyntax, fallback);
    }

    public ProposalPolicy withFallback(boolean value) {
        return new ProposalPolicy(perSopClass, fallbackSyntaxes, contextPerSyntax, value);
    }

    public ProposalPolicy withFallbackSyntaxes(List<String> syntaxes) {
        return new ProposalPolicy(perSopClass, syntaxes, contextPerSyntax, fallback);
    }

    public ProposalPolicy withContextPerSyntax(boolean value) {
        return new ProposalPolicy(perSopClass, fallbackSyntaxes, value, fallback);
    }

    /** The syntaxes proposed for a SOP Class whose objects are in {@code ownSyntaxes}, in order of preference. */
    public List<String> syntaxesFor(String sopClassUid, Set<String> ownSyntaxes) {
        List<String> fixed = perSopClass.get(sopClassUid);
        if (fixed != null) {
            return fixed;
        }
        Set<String> out = new LinkedHashSet<>(ownSyntaxes);
        if (fallback) {
            out.addAll(fallbackSyntaxes);
        }
        return new ArrayList<>(out);
    }

    /**
     * The presentation contexts to propose: abstract syntax and transfer syntaxes, per SOP Class in
     * {@code ownSyntaxesBySopClass} order.
     */
    public List<Map.Entry<String, List<String>>> contexts(Map<String, Set<String>> ownSyntaxesBySopClass) {
        List<Map.Entry<String, List<String>>> out = new ArrayList<>();
        ownSyntaxesBySopClass.forEach((sop, own) -> {
            List<String> syntaxes = syntaxesFor(sop, own);
            if (contextPerSyntax) {
                syntaxes.forEach(ts -> out.add(Map.entry(sop, List.of(ts))));
            } else {
                out.add(Map.entry(sop, syntaxes));
            }
        });
        return out;
    }
}
