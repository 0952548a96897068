package org.dicomharness.dicom.net.ul;

/** The states of the DICOM Upper Layer protocol machine (PS3.8 9.2.1, Tables 9-1 to 9-5). */
public enum State {
    STA1("Sta1", "Idle"),
    STA2("Sta2", "Transport connection open (Awaiting A-ASSOCIATE-RQ PDU)"),
    STA3("Sta3", "Awaiting local A-ASSOCIATE response primitive (from local user)"),
    STA4("Sta4", "Awaiting transport connection opening to complete (from local transport service)"),
    STA5("Sta5", "Awaiting A-ASSOCIATE-AC or A-ASSOCIATE-RJ PDU"),
    STA6("Sta6", "Association established and ready for data transfer"),
    STA7("Sta7", "Awaiting A-RELEASE-RP PDU"),
    STA8("Sta8", "Awaiting local A-RELEASE response primitive (from local user)"),
    STA9("Sta9", "Release collision requestor side; awaiting A-RELEASE response (from local user)"),
    STA10("Sta10", "Release collision acceptor side; awaiting A-RELEASE-RP PDU"),
    STA11("Sta11", "Release collision requestor side; awaiting A-RELEASE-RP PDU"),
    STA12("Sta12", "Release collision acceptor side; awaiting A-RELEASE response primitive (from local user)"),
    STA13("Sta13", "Awaiting Transport Connection Close Indication (Association no longer exists)");

    private final String label;
    private final String definition;

    State(String label, String definition) {
        this.label = label;
        this.definition = definition;
    }

    /** The label PS3.8 uses, e.g. {@code Sta6}. */
    public String label() {
        return label;
    }

    public String definition() {
        return definition;
    }

    public static State ofLabel(String label) {
        for (State s : values()) {
            if (s.label.equals(label)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no state " + label + " in PS3.8 9.2.1");
    }

    @Override
    public String toString() {
        return label;
    }
}
