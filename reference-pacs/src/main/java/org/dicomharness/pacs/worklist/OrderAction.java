package org.dicomharness.pacs.worklist;

/** What an order message asks for one order: HL7 order control NW, XO (and SC), CA or DC. */
public sealed interface OrderAction {

    /** Order control NW: a new order with this step. */
    record Schedule(ScheduledStep step) implements OrderAction {
    }

    /** Order control XO (or SC): the step's attributes change. */
    record Change(ScheduledStep step) implements OrderAction {
    }

    /** Order control CA (status CANCELED) or DC (status DISCONTINUED): every step of the order leaves the worklist. */
    record Cancel(String orderKey, WorklistStatus status) implements OrderAction {
        public Cancel {
            if (status != WorklistStatus.CANCELED && status != WorklistStatus.DISCONTINUED) {
                throw new IllegalArgumentException("an order is cancelled with CANCELED or DISCONTINUED, not " + status);
            }
        }
    }
}
