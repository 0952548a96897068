package org.dicomharness.bench;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.net.dimse.CFindRsp;
import org.dicomharness.dicom.net.dimse.DimseClient;
import org.dicomharness.dicom.net.ul.AssociateRequestBuilder;
import org.dicomharness.dicom.net.ul.AssociationRequestor;

/**
 * C-FIND latency on a seeded archive ({@link IndexSeeder}, or any SCP holding the same objects), with the harness's
 * SCU on one open association: study-level queries by Patient ID (two matches) and by a seven-day Study Date range
 * (about 38 matches at 100,000 instances), each timed from the C-FIND-RQ to the final response. Random patients and
 * weeks (fixed seed), after a warm-up. Usage: {@code FindLatency HOST PORT CALLED_AET INSTANCES ROUNDS}.
 */
public final class FindLatency {

    private FindLatency() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 5) {
            System.err.println("usage: FindLatency HOST PORT CALLED_AET INSTANCES ROUNDS");
            System.exit(2);
        }
        SeededIndex layout = new SeededIndex(Integer.parseInt(args[3]));
        int rounds = Integer.parseInt(args[4]);
        String model = Uids.StudyRootQueryRetrieveInformationModelFind;
        var rq = AssociateRequestBuilder.of("HARNESSSCU", args[2]).context(model, Uids.ExplicitVRLittleEndian).build();
        Random random = new Random(42);
        try (DimseClient client = DimseClient.open(new AssociationRequestor(), args[0], Integer.parseInt(args[1]), rq)) {
            for (int i = 0; i < 20; i++) {
                run(client, model, byPatient(random.nextInt(layout.patients())));
                run(client, model, byWeek(layout, random));
            }
            List<Double> patient = new ArrayList<>();
            List<Double> week = new ArrayList<>();
            long patientMatches = 0;
            long weekMatches = 0;
            for (int i = 0; i < rounds; i++) {
                long t = System.nanoTime();
                patientMatches += run(client, model, byPatient(random.nextInt(layout.patients())));
                patient.add((System.nanoTime() - t) / 1e6);
                t = System.nanoTime();
                weekMatches += run(client, model, byWeek(layout, random));
                week.add((System.nanoTime() - t) / 1e6);
            }
            report("study level, Patient ID", patient, patientMatches / (double) rounds);
            report("study level, 7-day Study Date range", week, weekMatches / (double) rounds);
        }
    }

    private static Dataset byPatient(int patient) {
        Dataset ds = studyKeys();
        ds.setString(Tags.PatientID, VR.LO, SeededIndex.patientId(patient));
        return ds;
    }

    private static Dataset byWeek(SeededIndex layout, Random random) {
        LocalDate from = SeededIndex.FIRST_DAY.plusDays(random.nextInt(SeededIndex.DAYS - 7));
        Dataset ds = studyKeys();
        ds.setString(Tags.StudyDate, VR.DA, SeededIndex.da(from) + "-" + SeededIndex.da(from.plusDays(6)));
        return ds;
    }

    /** Study level with the return keys a viewer's worklist asks for. */
    private static Dataset studyKeys() {
        Dataset ds = new Dataset();
        ds.setString(Tags.QueryRetrieveLevel, VR.CS, "STUDY");
        for (int tag : new int[] {Tags.StudyInstanceUID, Tags.PatientName, Tags.PatientID, Tags.StudyDate,
            Tags.StudyTime, Tags.AccessionNumber, Tags.StudyDescription, Tags.ModalitiesInStudy,
            Tags.NumberOfStudyRelatedInstances}) {
            ds.setString(tag, org.dicomharness.dicom.dict.ElementDictionary.standard().vrOf(tag), "");
        }
        return ds;
    }

    private static int run(DimseClient client, String model, Dataset keys) throws IOException {
        int[] matches = new int[1];
        CFindRsp rsp = client.find(model, keys, m -> matches[0]++);
        if (rsp.status() != 0) {
            throw new IOException(String.format("C-FIND failed: %04X %s", rsp.status(), rsp.detail()));
        }
        return matches[0];
    }

    private static void report(String what, List<Double> millis, double meanMatches) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf("%s: median %.2f ms, p95 %.2f ms, min %.2f ms (%d queries, %.1f matches each)%n", what,
                sorted.get(sorted.size() / 2), sorted.get((int) (sorted.size() * 0.95)), sorted.get(0), sorted.size(),
                meanMatches);
    }
}
