package org.dicomharness.dicom.net.ul;

/** The events of the DICOM Upper Layer protocol machine (PS3.8 9.2.3, Table 9-10). */
public enum Event {
    EVT1("Evt1", "A-ASSOCIATE Request (local user)", false),
    EVT2("Evt2", "Transport Conn. Confirm (local transport service)", false),
    EVT3("Evt3", "A-ASSOCIATE-AC PDU (received on transport connection)", true),
    EVT4("Evt4", "A-ASSOCIATE-RJ PDU (received on transport connection)", true),
    EVT5("Evt5", "Transport Connection Indication (local transport service)", false),
    EVT6("Evt6", "A-ASSOCIATE-RQ PDU (received on transport connection)", true),
    EVT7("Evt7", "A-ASSOCIATE response primitive (accept)", false),
    EVT8("Evt8", "A-ASSOCIATE response primitive (reject)", false),
    EVT9("Evt9", "P-DATA request primitive", false),
    EVT10("Evt10", "P-DATA-TF PDU", true),
    EVT11("Evt11", "A-RELEASE Request primitive", false),
    EVT12("Evt12", "A-RELEASE-RQ PDU (received on open transport connection)", true),
    EVT13("Evt13", "A-RELEASE-RP PDU (received on transport connection)", true),
    EVT14("Evt14", "A-RELEASE Response primitive", false),
    EVT15("Evt15", "A-ABORT Request primitive", false),
    EVT16("Evt16", "A-ABORT PDU (received on open transport connection)", true),
    EVT17("Evt17", "Transport connection closed indication (local transport service)", true),
    EVT18("Evt18", "ARTIM timer expired (Association reject/release timer)", false),
    EVT19("Evt19", "Unrecognized or invalid PDU received", true);

    private final String label;
    private final String definition;
    private final boolean fromPeer;

    Event(String label, String definition, boolean fromPeer) {
        this.label = label;
        this.definition = definition;
        this.fromPeer = fromPeer;
    }

    public String label() {
        return label;
    }

    public String definition() {
        return definition;
    }

    /**
     * Whether the event is caused by the peer over the transport connection (a PDU, a closed connection)
     * rather than by the local user, the local transport service or a timer.
     */
    public boolean fromPeer() {
        return fromPeer;
    }

    public static Event ofLabel(String label) {
        for (Event e : values()) {
            if (e.label.equals(label)) {
                return e;
            }
        }
        throw new IllegalArgumentException("no event " + label + " in PS3.8 Table 9-10");
    }

    @Override
    public String toString() {
        return label;
    }
}
