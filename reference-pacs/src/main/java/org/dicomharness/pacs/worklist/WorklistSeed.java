package org.dicomharness.pacs.worklist;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dicomharness.pacs.index.PatientKey;
import org.dicomharness.pacs.reconcile.PatientDemographics;
import org.dicomharness.pacs.reconcile.WorkflowException;

/**
 * Seeds the worklist from a YAML file ({@code ./harness pacs --worklist FILE}):
 *
 * <pre>
 * items:
 *   - patient: {id: PAT001, issuer: HOSP, name: "Doe^John", birthDate: "19600101", sex: M}
 *     step: {orderKey: ORD1, accessionNumber: ACC1, requestedProcedureId: RP1, spsId: SPS1, modality: CT,
 *            stationAeTitle: CT01, startDate: "20240110", startTime: "0830",
 *            requestedProcedureCode: {value: CTHEAD, scheme: 99LOCAL, meaning: "CT head"}}
 * </pre>
 *
 * Every item is scheduled as a new order (source YAML). {@link #load} treats a step already held as an error naming
 * the item; {@link #loadKeepingHeld}, which the PACS uses at start-up (the same file is given at every start), keeps
 * such a step as it is and lists it.
 */
public final class WorklistSeed {

    /** What a seeding did: the steps scheduled, and those already held (by order and step ID) and kept. */
    public record Result(int scheduled, List<String> alreadyHeld) {

        public Result {
            alreadyHeld = List.copyOf(alreadyHeld);
        }
    }

    /** The file. */
    public record SeedFile(List<SeedItem> items) {
    }

    /** One scheduled step with its patient. */
    public record SeedItem(SeedPatient patient, ScheduledStep step) {
    }

    /** The patient of a seeded step. */
    public record SeedPatient(String id, String issuer, String name, String birthDate, String sex) {
        PatientDemographics demographics() {
            return new PatientDemographics(new PatientKey(id, issuer), name, birthDate, sex);
        }
    }

    private WorklistSeed() {
    }

    /** Reads {@code yaml} and schedules every item; returns how many were scheduled. */
    public static int load(Path yaml, OrderService orders) throws IOException {
        return load(yaml, orders, false).scheduled();
    }

    /**
     * Reads {@code yaml} and schedules every item whose step is not held yet; a step already held (same order and
     * Scheduled Procedure Step ID) is kept as it is, so that loading the same file at every start changes nothing.
     */
    public static Result loadKeepingHeld(Path yaml, OrderService orders) throws IOException {
        return load(yaml, orders, true);
    }

    private static Result load(Path yaml, OrderService orders, boolean keepHeld) throws IOException {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        SeedFile file;
        try {
            file = mapper.readValue(yaml.toFile(), SeedFile.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            Throwable cause = e.getCause() instanceof WorkflowException w ? w : e;
            throw new IOException(yaml + ": " + (cause instanceof WorkflowException ? cause.getMessage()
                    : e.getOriginalMessage()) + (e.getLocation() != null ? " (line " + e.getLocation().getLineNr()
                    + ")" : ""), e);
        }
        if (file == null || file.items() == null) {
            return new Result(0, List.of());
        }
        int n = 0;
        int scheduled = 0;
        List<String> held = new ArrayList<>();
        for (SeedItem item : file.items()) {
            if (item.patient() == null || item.step() == null) {
                throw new IOException(yaml + ": item " + (n + 1) + " needs both 'patient' and 'step'");
            }
            n++;
            try {
                orders.schedule(item.patient().demographics(), item.step(), "YAML");
                scheduled++;
            } catch (WorkflowException e) {
                if (keepHeld && e.reason() == WorkflowException.Reason.DUPLICATE_ORDER) {
                    held.add(item.step().orderKey() + "/" + item.step().spsId());
                    continue;
                }
                throw new IOException(yaml + ": item " + n + ": " + e.getMessage(), e);
            }
        }
        return new Result(scheduled, held);
    }
}
