package org.dicomharness.steps.glue;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.LocalDateTime;
import java.util.List;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.simulators.CodedEntry;
import org.dicomharness.simulators.Patient;
import org.dicomharness.simulators.ris.Hl7Ack;
import org.dicomharness.simulators.ris.Order;
import org.dicomharness.simulators.ris.OrderControl;
import org.dicomharness.simulators.ris.OrderMessageType;
import org.dicomharness.simulators.viewer.Query;
import org.dicomharness.simulators.viewer.QueryResult;
import org.dicomharness.simulators.viewer.ReceivedObject;
import org.dicomharness.simulators.viewer.RetrieveReport;
import org.dicomharness.simulators.viewer.VerifyOptions;
import org.dicomharness.steps.HarnessWorld;
import org.dicomharness.testdata.ObjectKind;

/** Orders placed and changed by the simulated RIS over HL7 v2 / MLLP (IHE RAD-4 Procedure Scheduled, RAD-13). */
public final class OrderSteps {

    private final HarnessWorld world;
    /** The Accession Number an order change replaced, in this scenario. */
    private String replacedAccession;

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
        send(newOrder(kind, type));
    }

    @When("the RIS changes the order's Accession Number with order control XO")
    public void changeAccession() {
        Order placed = world.order();
        replacedAccession = placed.accessionNumber();
        // Same placer and filler order numbers, so the archive knows which order changes (IHE RAD-13).
        send(placed.withControl(OrderControl.XO).withAccessionNumber(world.environment().nextAccessionNumber()));
    }

    @Then("a STUDY level query by the new Accession Number finds the study with {int} instances")
    public void foundByNewAccession(int instances) {
        Order order = world.order();
        QueryResult result = world.find(Query.studies().match(Tags.AccessionNumber, order.accessionNumber())
                .returnKeys(Tags.NumberOfStudyRelatedInstances));
        assertThat(result.matches()).as("studies found: %s", result.summary()).singleElement().satisfies(study -> {
            assertThat(study.getString(Tags.StudyInstanceUID)).isEqualTo(order.studyInstanceUid());
            assertThat(study.getString(Tags.NumberOfStudyRelatedInstances))
                    .as("Number of Study Related Instances (0020,1208)").isEqualTo(Integer.toString(instances));
        });
    }

    @Then("a STUDY level query by the replaced Accession Number finds no study")
    public void notFoundByReplacedAccession() {
        QueryResult result = world.find(Query.studies().match(Tags.AccessionNumber, replacedAccession));
        assertThat(result.matches()).as("studies found: %s", result.summary()).isEmpty();
    }

    @When("the viewer retrieves the ordered study with C-MOVE")
    public void retrieveOrderedStudy() throws IOException {
        RetrieveReport report = world.move("C-MOVE", Query.studies().match(Tags.StudyInstanceUID,
                world.order().studyInstanceUid()));
        assertThat(report.succeeded()).as("C-MOVE: %s", report.summary()).isTrue();
    }

    @Then("the {int} retrieved objects carry the new Accession Number and otherwise equal the ones acquired")
    public void retrievedWithNewAccession(int count) throws IOException {
        RetrieveReport retrieved = world.lastRetrieve();
        assertThat(retrieved.received()).as("objects received: %s", retrieved.summary()).hasSize(count);
        for (ReceivedObject o : retrieved.received()) {
            assertThat(o.attributes().getString(Tags.AccessionNumber))
                    .as("Accession Number (0008,0050) of %s", o.sopInstanceUid())
                    .isEqualTo(world.order().accessionNumber());
        }
        world.verifyRetrieved(WorkflowSteps.sentBy(world.workflow()),
                VerifyOptions.attributes(List.of(Tags.AccessionNumber, Tags.OriginalAttributesSequence)));
    }

    private Order newOrder(ObjectKind kind, OrderMessageType type) {
        String patientId = world.environment().nextPatientId();
        String accession = world.environment().nextAccessionNumber();
        // The step is scheduled for this modality's AE title, now: the worklist query below asks for exactly that.
        return Order.newOrder(type, new Patient("Ordered^" + patientId, patientId, "", "19700101", "O"),
                        accession, "RP" + accession, "SPS" + accession, kind.modality())
                .withStation(world.environment().modality().config().local().aeTitle(), "HARNESS")
                .withStart(LocalDateTime.now())
                .withCodes(new CodedEntry("P-" + kind.modality(), "99HARNESS", kind.seriesDescription()),
                        new CodedEntry("PR-" + kind.modality(), "99HARNESS", kind.seriesDescription() + " protocol"));
    }

    private void send(Order order) {
        InetSocketAddress hl7 = world.environment().hl7();
        Hl7Ack ack = world.environment().ris().sendOrder(hl7.getHostString(), hl7.getPort(), order);
        world.evidence("HL7 " + order.type() + " " + order.control() + " to " + hl7.getHostString() + ":"
                + hl7.getPort(), ack.sent().replace('\r', '\n') + "\n" + ack.summary());
        world.ordered(order);
        assertThat(ack.accepted()).as("HL7 acknowledgement of the order: %s", ack.summary()).isTrue();
    }
}
