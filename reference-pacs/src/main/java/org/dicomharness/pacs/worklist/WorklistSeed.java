package org.dicomharness.pacs.worklist;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
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
 * Every item is scheduled as a new order (source YAML); a step already held is an error naming the item.
 */
public final class WorklistSeed {

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
            return 0;
        }
        int n = 0;
        for (SeedItem item : file.items()) {
            if (item.patient() == null || item.step() == null) {
                throw new IOException(yaml + ": item " + (n + 1) + " needs both 'patient' and 'step'");
            }
            try {
                orders.schedule(item.patient().demographics(), item.step(), "YAML");
            } catch (WorkflowException e) {
                throw new IOException(yaml + ": item " + (n + 1) + ": " + e.getMessage(), e);
            }
            n++;
        }
        return n;
    }
}
