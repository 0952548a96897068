package org.dicomharness.dicom.net.ul;

/**
 * The actions of the DICOM Upper Layer protocol machine (PS3.8 9.2.2, Tables 9-6 to 9-9), each with its
 * definition and next state. Two actions choose between two next states: AE-6 (whether the service-provider
 * accepts the A-ASSOCIATE-RQ) and AR-8 (whether this side is the association-requestor).
 */
public enum Action {
    // Table 9-6 Association establishment related actions
    AE_1("AE-1", "Issue TRANSPORT CONNECT request primitive to local transport service", State.STA4),
    AE_2("AE-2", "Send A-ASSOCIATE-RQ-PDU", State.STA5),
    AE_3("AE-3", "Issue A-ASSOCIATE confirmation (accept) primitive", State.STA6),
    AE_4("AE-4", "Issue A-ASSOCIATE confirmation (reject) primitive and close transport connection", State.STA1),
    AE_5("AE-5", "Issue Transport connection response primitive; start ARTIM timer", State.STA2),
    AE_6("AE-6", "Stop ARTIM timer and if A-ASSOCIATE-RQ acceptable by service-provider: issue A-ASSOCIATE "
            + "indication primitive (next state Sta3); otherwise: issue A-ASSOCIATE-RJ-PDU and start ARTIM timer "
            + "(next state Sta13)", State.STA3, State.STA13),
    AE_7("AE-7", "Send A-ASSOCIATE-AC PDU", State.STA6),
    AE_8("AE-8", "Send A-ASSOCIATE-RJ PDU and start ARTIM timer", State.STA13),
    // Table 9-7 Data transfer related actions
    DT_1("DT-1", "Send P-DATA-TF PDU", State.STA6),
    DT_2("DT-2", "Send P-DATA indication primitive", State.STA6),
    // Table 9-8 Association release related actions
    AR_1("AR-1", "Send A-RELEASE-RQ PDU", State.STA7),
    AR_2("AR-2", "Issue A-RELEASE indication primitive", State.STA8),
    AR_3("AR-3", "Issue A-RELEASE confirmation primitive, and close transport connection", State.STA1),
    AR_4("AR-4", "Issue A-RELEASE-RP PDU and start ARTIM timer", State.STA13),
    AR_5("AR-5", "Stop ARTIM timer", State.STA1),
    AR_6("AR-6", "Issue P-DATA indication", State.STA7),
    AR_7("AR-7", "Issue P-DATA-TF PDU", State.STA8),
    AR_8("AR-8", "Issue A-RELEASE indication (release collision): if association-requestor, next state is Sta9, "
            + "if not next state is Sta10", State.STA9, State.STA10),
    AR_9("AR-9", "Send A-RELEASE-RP PDU", State.STA11),
    AR_10("AR-10", "Issue A-RELEASE confirmation primitive", State.STA12),
    // Table 9-9 Association abort related actions
    AA_1("AA-1", "Send A-ABORT PDU (service-user source) and start (or restart if already started) ARTIM timer",
            State.STA13),
    AA_2("AA-2", "Stop ARTIM timer if running. Close transport connection", State.STA1),
    AA_3("AA-3", "If (service-user initiated abort): issue A-ABORT indication and close transport connection; "
            + "otherwise (service-provider initiated abort): issue A-P-ABORT indication and close transport "
            + "connection", State.STA1),
    AA_4("AA-4", "Issue A-P-ABORT indication primitive", State.STA1),
    AA_5("AA-5", "Stop ARTIM timer", State.STA1),
    AA_6("AA-6", "Ignore PDU", State.STA13),
    AA_7("AA-7", "Send A-ABORT PDU", State.STA13),
    AA_8("AA-8", "Send A-ABORT PDU (service-provider source), issue an A-P-ABORT indication, and start ARTIM timer",
            State.STA13);

    private final String label;
    private final String definition;
    private final State nextState;
    private final State alternativeNextState;

    Action(String label, String definition, State nextState) {
        this(label, definition, nextState, null);
    }

    Action(String label, String definition, State nextState, State alternativeNextState) {
        this.label = label;
        this.definition = definition;
        this.nextState = nextState;
        this.alternativeNextState = alternativeNextState;
    }

    public String label() {
        return label;
    }

    public String definition() {
        return definition;
    }

    /** The next state; for AE-6 and AR-8 the first of the two (Sta3, Sta9). */
    public State nextState() {
        return nextState;
    }

    /** The other next state of AE-6 (Sta13) and AR-8 (Sta10), or {@code null} for every other action. */
    public State alternativeNextState() {
        return alternativeNextState;
    }

    public static Action ofLabel(String label) {
        for (Action a : values()) {
            if (a.label.equals(label)) {
                return a;
            }
        }
        throw new IllegalArgumentException("no action " + label + " in PS3.8 9.2.2");
    }

    @Override
    public String toString() {
        return label;
    }
}
