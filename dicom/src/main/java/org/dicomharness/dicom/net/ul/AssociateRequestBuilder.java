package org.dicomharness.dicom.net.ul;

import java.util.ArrayList;
import java.util.List;
import org.dicomharness.dicom.io.FileMetaInformation;
import org.dicomharness.dicom.net.pdu.AAssociateRq;
import org.dicomharness.dicom.net.pdu.AsynchronousOperationsWindow;
import org.dicomharness.dicom.net.pdu.ImplementationClassUid;
import org.dicomharness.dicom.net.pdu.ImplementationVersionName;
import org.dicomharness.dicom.net.pdu.MaximumLength;
import org.dicomharness.dicom.net.pdu.PresentationContextRq;
import org.dicomharness.dicom.net.pdu.RoleSelection;
import org.dicomharness.dicom.net.pdu.UserInformation;
import org.dicomharness.dicom.net.pdu.UserInformationItem;

/**
 * Builds an A-ASSOCIATE-RQ (PS3.8 9.3.2): presentation contexts get the next odd ID (PS3.8 9.3.2.2), the user
 * information carries the Maximum Length and this implementation's identity (PS3.7 D.3.3.2), and optional
 * asynchronous window, role selections, user identity and any other sub-items in the given order.
 */
public final class AssociateRequestBuilder {

    private final String calling;
    private final String called;
    private final List<PresentationContextRq> contexts = new ArrayList<>();
    private final List<UserInformationItem> extra = new ArrayList<>();
    private long maxPduLength = AcceptorPolicy.DEFAULT_MAX_PDU_LENGTH;
    private int nextId = 1;
    private int protocolVersion = 1;
    private String applicationContext = AAssociateRq.DICOM_APPLICATION_CONTEXT;

    private AssociateRequestBuilder(String calling, String called) {
        this.calling = calling;
        this.called = called;
    }

    public static AssociateRequestBuilder of(String callingAeTitle, String calledAeTitle) {
        return new AssociateRequestBuilder(callingAeTitle, calledAeTitle);
    }

    /** Proposes a presentation context with the next odd ID. */
    public AssociateRequestBuilder context(String abstractSyntax, String... transferSyntaxes) {
        return context(abstractSyntax, List.of(transferSyntaxes));
    }

    public AssociateRequestBuilder context(String abstractSyntax, List<String> transferSyntaxes) {
        contexts.add(new PresentationContextRq(nextId, abstractSyntax, transferSyntaxes));
        nextId += 2;
        return this;
    }

    /** Proposes a context exactly as given, ID included (fault injection: even or repeated IDs). */
    public AssociateRequestBuilder rawContext(PresentationContextRq pc) {
        contexts.add(pc);
        return this;
    }

    public AssociateRequestBuilder maxPduLength(long length) {
        this.maxPduLength = length;
        return this;
    }

    public AssociateRequestBuilder asyncOperations(int invoked, int performed) {
        extra.add(new AsynchronousOperationsWindow(invoked, performed));
        return this;
    }

    public AssociateRequestBuilder roleSelection(String sopClassUid, boolean scu, boolean scp) {
        extra.add(new RoleSelection(sopClassUid, scu, scp));
        return this;
    }

    public AssociateRequestBuilder userInformation(UserInformationItem item) {
        extra.add(item);
        return this;
    }

    public AssociateRequestBuilder protocolVersion(int version) {
        this.protocolVersion = version;
        return this;
    }

    public AssociateRequestBuilder applicationContext(String name) {
        this.applicationContext = name;
        return this;
    }

    public int contextCount() {
        return contexts.size();
    }

    public AAssociateRq build() {
        if (contexts.isEmpty()) {
            throw new IllegalStateException("an A-ASSOCIATE-RQ needs at least one presentation context (PS3.8 9.3.2)");
        }
        if (contexts.size() > 128) {
            throw new IllegalStateException(contexts.size() + " presentation contexts proposed; odd IDs 1-255 allow 128");
        }
        List<UserInformationItem> items = new ArrayList<>();
        items.add(new MaximumLength(maxPduLength));
        items.add(new ImplementationClassUid(FileMetaInformation.IMPLEMENTATION_CLASS_UID));
        items.addAll(extra);
        items.add(new ImplementationVersionName(FileMetaInformation.IMPLEMENTATION_VERSION_NAME));
        return new AAssociateRq(protocolVersion, called, calling, applicationContext, contexts, new UserInformation(items));
    }
}
