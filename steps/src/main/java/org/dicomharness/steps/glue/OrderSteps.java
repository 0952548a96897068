package org.dicomharness.steps.glue;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import java.net.InetSocketAddress;
import java.time.LocalDateTime;
import org.dicomharness.simulators.CodedEntry;
import org.dicomharness.simulators.Patient;
import org.dicomharness.simulators.ris.Hl7Ack;
import org.dicomharness.simulators.ris.Order;
import org.dicomharness.simulators.ris.OrderMessageType;
import org.dicomharness.steps.HarnessWorld;
import org.dicomharness.testdata.ObjectKind;

/** Orders placed by the simulated RIS over HL7 v2 / MLLP (IHE RAD-4, Procedure Scheduled). */
public final class OrderSteps {

    private final HarnessWorld world;

    public OrderSteps(HarnessWorld world) {
        this.world = world;
    }

    /** An HL7 v2 order message as the standard names it: {@code ORM^O01} or {@code OMI^O23}. */
    @ParameterType(name = "orderMessage", value = "ORM\\^O01|OMI\\^O23")
    public OrderMessageType orderMessage(String name) {
        return OrderMessageType.valueOf(name.replace('^', '_'));
    }

    @Given("the RIS has placed a {kind} order for a new patient with {orderMessage}")
    public void placeOrder(ObjectKind kind, OrderMessageType type) {
        String patientId = world.environment().nextPatientId();
        String accession = world.environment().nextAccessionNumber();
        // The step is scheduled for this modality's AE title, now: the worklist query below asks for exactly that.
        Order order = Order.newOrder(type, new Patient("Ordered^" + patientId, patientId, "", "19700101", "O"),
                        accession, "RP" + accession, "SPS" + accession, kind.modality())
                .withStation(world.environment().modality().config().local().aeTitle(), "HARNESS")
                .withStart(LocalDateTime.now())
                .withCodes(new CodedEntry("P-" + kind.modality(), "99HARNESS", kind.seriesDescription()),
                        new CodedEntry("PR-" + kind.modality(), "99HARNESS", kind.seriesDescription() + " protocol"));
        InetSocketAddress hl7 = world.environment().hl7();
        Hl7Ack ack = world.environment().ris().sendOrder(hl7.getHostString(), hl7.getPort(), order);
        world.evidence("HL7 " + type + " to " + hl7.getHostString() + ":" + hl7.getPort(),
                ack.sent().replace('\r', '\n') + "\n" + ack.summary());
        world.ordered(order);
        assertThat(ack.accepted()).as("HL7 acknowledgement of the order: %s", ack.summary()).isTrue();
    }
}
