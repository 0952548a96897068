package org.dicomharness.dicom.net.ul;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.dicomharness.dicom.dict.UidRegistry;
import org.dicomharness.dicom.io.FileMetaInformation;
import org.dicomharness.dicom.net.pdu.AAssociateAc;
import org.dicomharness.dicom.net.pdu.AAssociateRj;
import org.dicomharness.dicom.net.pdu.AAssociateRq;
import org.dicomharness.dicom.net.pdu.AssociateRejectReason;
import org.dicomharness.dicom.net.pdu.AssociateRejectResult;
import org.dicomharness.dicom.net.pdu.AsynchronousOperationsWindow;
import org.dicomharness.dicom.net.pdu.ImplementationClassUid;
import org.dicomharness.dicom.net.pdu.ImplementationVersionName;
import org.dicomharness.dicom.net.pdu.MaximumLength;
import org.dicomharness.dicom.net.pdu.PresentationContextAc;
import org.dicomharness.dicom.net.pdu.PresentationContextResult;
import org.dicomharness.dicom.net.pdu.PresentationContextRq;
import org.dicomharness.dicom.net.pdu.RoleSelection;
import org.dicomharness.dicom.net.pdu.UserIdentityAc;
import org.dicomharness.dicom.net.pdu.UserIdentityRq;
import org.dicomharness.dicom.net.pdu.UserInformation;
import org.dicomharness.dicom.net.pdu.UserInformationItem;

/**
 * What an acceptor accepts, and the exact answer PS3.8 defines for everything it refuses:
 *
 * <ul>
 *   <li>an Application Context Name other than DICOM's: A-ASSOCIATE-RJ rejected-permanent, service-user,
 *       application-context-name-not-supported (1, 1, 2);</li>
 *   <li>a called AE title not in {@link #calledAeTitles}: (1, 1, 7) called-AE-title-not-recognized;</li>
 *   <li>a calling AE title not in {@link #callingAeTitles}: (1, 1, 3) calling-AE-title-not-recognized;</li>
 *   <li>a Maximum Length of 1 to 6 bytes, too small for any PDV, or a refused user identity: (1, 1, 1)
 *       no-reason-given;</li>
 *   <li>per presentation context (Table 9-18): an even or zero context ID: 2 no-reason (provider rejection);
 *       a SOP Class in {@link #userRejectedSopClasses}: 1 user-rejection; an abstract syntax not supported:
 *       3; none of the proposed transfer syntaxes supported: 4; otherwise 0 acceptance, with the first
 *       syntax in this policy's preference order that was proposed.</li>
 * </ul>
 *
 * The maximum number of associations and the protocol version are service-provider checks made before the
 * user sees the request (AE-6): see {@link AssociationAcceptor}.
 *
 * @param calledAeTitles            accepted Called AE titles; empty accepts any
 * @param callingAeTitles           allowed Calling AE titles; empty allows any
 * @param transferSyntaxes          per abstract syntax, the accepted transfer syntaxes in order of preference
 * @param userRejectedSopClasses    abstract syntaxes refused by the user (result 1)
 * @param requestorScpRoleSopClasses SOP Classes for which the requestor may take the SCP role (PS3.7
 *                                  D.3.3.4; a C-GET SCU receiving C-STORE sub-operations)
 * @param maxAssociations           concurrent associations served
 * @param maxPduLength              the Maximum Length this acceptor announces and enforces
 * @param maxOperationsPerformed    requests of the requestor performed concurrently (0: no limit)
 * @param maxOperationsInvoked      requests this acceptor invokes on the requestor concurrently (0: no limit)
 * @param userIdentity              accepts or refuses a User Identity sub-item; {@code null} ignores it
 * @param requireUserIdentity       whether a request without user identity is refused
 * @param preferRequestorOrder      choose the first proposed transfer syntax this policy supports (the
 *                                  requestor's preference) instead of this policy's own order
 */
public record AcceptorPolicy(Set<String> calledAeTitles, Set<String> callingAeTitles,
                             Map<String, List<String>> transferSyntaxes, Set<String> userRejectedSopClasses,
                             Set<String> requestorScpRoleSopClasses, int maxAssociations, long maxPduLength,
                             int maxOperationsPerformed, int maxOperationsInvoked,
                             Predicate<UserIdentityRq> userIdentity, boolean requireUserIdentity,
                             boolean preferRequestorOrder) implements Negotiator {

    public static final long DEFAULT_MAX_PDU_LENGTH = 65536;

    public AcceptorPolicy {
        calledAeTitles = Set.copyOf(calledAeTitles);
        callingAeTitles = Set.copyOf(callingAeTitles);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        transferSyntaxes.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        transferSyntaxes = java.util.Collections.unmodifiableMap(copy);
        userRejectedSopClasses = Set.copyOf(userRejectedSopClasses);
        requestorScpRoleSopClasses = Set.copyOf(requestorScpRoleSopClasses);
        if (maxAssociations < 1) {
            throw new IllegalArgumentException("maxAssociations must be at least 1, not " + maxAssociations);
        }
        if (maxPduLength != 0 && maxPduLength < 7 || maxPduLength > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("maxPduLength must be 0 (no limit) or 7 to 2^32-1, not " + maxPduLength);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.called.addAll(calledAeTitles);
        b.calling.addAll(callingAeTitles);
        b.syntaxes.putAll(transferSyntaxes);
        b.userRejected.addAll(userRejectedSopClasses);
        b.scpRole.addAll(requestorScpRoleSopClasses);
        b.maxAssociations = maxAssociations;
        b.maxPduLength = maxPduLength;
        b.maxPerformed = maxOperationsPerformed;
        b.maxInvoked = maxOperationsInvoked;
        b.userIdentity = userIdentity;
        b.requireUserIdentity = requireUserIdentity;
        b.preferRequestorOrder = preferRequestorOrder;
        return b;
    }

    @Override
    public NegotiationResult negotiate(AAssociateRq rq) {
        if (!AAssociateRq.DICOM_APPLICATION_CONTEXT.equals(rq.applicationContext())) {
            return reject(AssociateRejectReason.APPLICATION_CONTEXT_NAME_NOT_SUPPORTED, "application context '"
                    + rq.applicationContext() + "' is not the DICOM Application Context Name (PS3.7 A.2.1)");
        }
        if (!calledAeTitles.isEmpty() && !calledAeTitles.contains(rq.calledAeTitle())) {
            return reject(AssociateRejectReason.CALLED_AE_TITLE_NOT_RECOGNIZED, "called AE title '"
                    + rq.calledAeTitle() + "' is not one of " + calledAeTitles);
        }
        if (!callingAeTitles.isEmpty() && !callingAeTitles.contains(rq.callingAeTitle())) {
            return reject(AssociateRejectReason.CALLING_AE_TITLE_NOT_RECOGNIZED, "calling AE title '"
                    + rq.callingAeTitle() + "' is not allowed " + callingAeTitles);
        }
        long peerMax = rq.userInformation().maximumLength().orElse(0);
        if (peerMax > 0 && peerMax < 7) {
            return reject(AssociateRejectReason.USER_NO_REASON_GIVEN, "Maximum Length " + peerMax
                    + " cannot carry a single PDV byte (6 bytes of PDV header, PS3.8 9.3.5.1)");
        }
        UserIdentityRq identity = rq.userInformation().userIdentityRq().orElse(null);
        if (identity == null && requireUserIdentity) {
            return reject(AssociateRejectReason.USER_NO_REASON_GIVEN, "no User Identity sub-item, which this "
                    + "acceptor requires (PS3.7 D.3.3.7)");
        }
        if (identity != null && userIdentity != null && !userIdentity.test(identity)) {
            return reject(AssociateRejectReason.USER_NO_REASON_GIVEN, "user identity refused: " + identity);
        }
        List<PresentationContextAc> answers = new ArrayList<>();
        for (PresentationContextRq pc : rq.presentationContexts()) {
            answers.add(answer(pc));
        }
        List<UserInformationItem> items = new ArrayList<>();
        items.add(new MaximumLength(maxPduLength));
        items.add(new ImplementationClassUid(FileMetaInformation.IMPLEMENTATION_CLASS_UID));
        rq.userInformation().asynchronousOperationsWindow().ifPresent(w -> items.add(
                new AsynchronousOperationsWindow(combine(w.maxOperationsInvoked(), maxOperationsPerformed),
                        combine(w.maxOperationsPerformed(), maxOperationsInvoked))));
        Set<String> seen = new HashSet<>();
        for (RoleSelection r : rq.userInformation().roleSelections()) {
            if (seen.add(r.sopClassUid())) {
                items.add(new RoleSelection(r.sopClassUid(), r.scuRole(),
                        r.scpRole() && requestorScpRoleSopClasses.contains(r.sopClassUid())));
            }
        }
        if (identity != null && identity.positiveResponseRequested() && userIdentity != null) {
            items.add(new UserIdentityAc(new byte[0]));
        }
        items.add(new ImplementationVersionName(FileMetaInformation.IMPLEMENTATION_VERSION_NAME));
        AAssociateAc ac = new AAssociateAc(1, rq.calledAeTitle(), rq.callingAeTitle(),
                AAssociateRq.DICOM_APPLICATION_CONTEXT, answers, new UserInformation(items));
        long accepted = answers.stream().filter(PresentationContextAc::isAccepted).count();
        return new NegotiationResult.Accept(ac, accepted + " of " + answers.size() + " presentation contexts accepted");
    }

    /** PS3.7 D.3.3.3: 0 means no limit; otherwise the smaller of what is proposed and what is supported. */
    private static int combine(int proposed, int supported) {
        if (proposed == 0) {
            return supported;
        }
        return supported == 0 ? proposed : Math.min(proposed, supported);
    }

    private PresentationContextAc answer(PresentationContextRq pc) {
        String firstProposed = pc.transferSyntaxes().isEmpty() ? null : pc.transferSyntaxes().get(0);
        if (pc.id() % 2 == 0 || pc.id() < 1 || pc.id() > 255) {
            // PS3.8 9.3.2.2: presentation context IDs are odd integers between 1 and 255.
            return new PresentationContextAc(pc.id(), PresentationContextResult.NO_REASON, firstProposed);
        }
        if (userRejectedSopClasses.contains(pc.abstractSyntax())) {
            return new PresentationContextAc(pc.id(), PresentationContextResult.USER_REJECTION, firstProposed);
        }
        List<String> supported = transferSyntaxes.get(pc.abstractSyntax());
        if (supported == null) {
            return new PresentationContextAc(pc.id(), PresentationContextResult.ABSTRACT_SYNTAX_NOT_SUPPORTED,
                    firstProposed);
        }
        List<String> order = preferRequestorOrder ? pc.transferSyntaxes() : supported;
        List<String> other = preferRequestorOrder ? supported : pc.transferSyntaxes();
        for (String ts : order) {
            if (other.contains(ts)) {
                return new PresentationContextAc(pc.id(), PresentationContextResult.ACCEPTANCE, ts);
            }
        }
        return new PresentationContextAc(pc.id(), PresentationContextResult.TRANSFER_SYNTAXES_NOT_SUPPORTED,
                firstProposed);
    }

    private static NegotiationResult reject(AssociateRejectReason reason, String why) {
        return new NegotiationResult.Reject(AAssociateRj.of(AssociateRejectResult.REJECTED_PERMANENT, reason),
                why + " -> A-ASSOCIATE-RJ (1, " + reason.source() + ", " + reason.reason() + ") "
                        + reason.standardName());
    }

    /** Builds a policy; every setter returns the builder. */
    public static final class Builder {
        private final Set<String> called = new LinkedHashSet<>();
        private final Set<String> calling = new LinkedHashSet<>();
        private final Map<String, List<String>> syntaxes = new LinkedHashMap<>();
        private final Set<String> userRejected = new LinkedHashSet<>();
        private final Set<String> scpRole = new LinkedHashSet<>();
        private int maxAssociations = 16;
        private long maxPduLength = DEFAULT_MAX_PDU_LENGTH;
        private int maxPerformed = 1;
        private int maxInvoked = 1;
        private Predicate<UserIdentityRq> userIdentity;
        private boolean requireUserIdentity;
        private boolean preferRequestorOrder;

        public Builder calledAeTitles(String... titles) {
            called.addAll(List.of(titles));
            return this;
        }

        public Builder callingAeTitles(String... titles) {
            calling.addAll(List.of(titles));
            return this;
        }

        /** Accepts an abstract syntax with these transfer syntaxes, most preferred first. */
        public Builder accept(String abstractSyntax, String... transferSyntaxesInPreferenceOrder) {
            syntaxes.put(abstractSyntax, List.of(transferSyntaxesInPreferenceOrder));
            return this;
        }

        public Builder accept(String abstractSyntax, List<String> transferSyntaxesInPreferenceOrder) {
            syntaxes.put(abstractSyntax, List.copyOf(transferSyntaxesInPreferenceOrder));
            return this;
        }

        /** Accepts every storage SOP Class of the PS3.6 registry with these transfer syntaxes. */
        public Builder acceptAllStorage(List<String> transferSyntaxesInPreferenceOrder) {
            UidRegistry.standard().storageSopClasses().forEach(e -> accept(e.uid(), transferSyntaxesInPreferenceOrder));
            return this;
        }

        public Builder rejectByUser(String abstractSyntax) {
            userRejected.add(abstractSyntax);
            return this;
        }

        /** Lets the requestor take the SCP role for these SOP Classes (C-GET sub-operations). */
        public Builder allowRequestorScpRole(String... sopClasses) {
            scpRole.addAll(List.of(sopClasses));
            return this;
        }

        public Builder allowRequestorScpRole(List<String> sopClasses) {
            scpRole.addAll(sopClasses);
            return this;
        }

        public Builder maxAssociations(int n) {
            maxAssociations = n;
            return this;
        }

        public Builder maxPduLength(long n) {
            maxPduLength = n;
            return this;
        }

        public Builder asyncOperations(int performed, int invoked) {
            maxPerformed = performed;
            maxInvoked = invoked;
            return this;
        }

        public Builder userIdentity(Predicate<UserIdentityRq> check, boolean required) {
            userIdentity = check;
            requireUserIdentity = required;
            return this;
        }

        /** Accept the requestor's first proposed syntax that is supported, rather than this policy's first. */
        public Builder preferRequestorOrder(boolean value) {
            preferRequestorOrder = value;
            return this;
        }

        public AcceptorPolicy build() {
            return new AcceptorPolicy(called, calling, syntaxes, userRejected, scpRole, maxAssociations,
                    maxPduLength, maxPerformed, maxInvoked, userIdentity, requireUserIdentity, preferRequestorOrder);
        }
    }
}
