package org.dicomharness.simulators.ris;

/** Order Control (ORC-1) codes of HL7 Table 0119 that a RIS uses for imaging orders (IHE RAD-4, RAD-13). */
public enum OrderControl {
    /** New order. */
    NW,
    /** Change order, as requested. */
    XO,
    /** Status changed. */
    SC,
    /** Cancel order. */
    CA,
    /** Discontinue order. */
    DC
}
