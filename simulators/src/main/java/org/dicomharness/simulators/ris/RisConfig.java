package org.dicomharness.simulators.ris;

import java.time.Duration;

/**
 * The RIS's identity in MSH and how long it waits for an acknowledgement.
 *
 * @param sendingApplication   MSH-3
 * @param sendingFacility      MSH-4
 * @param receivingApplication MSH-5
 * @param receivingFacility    MSH-6
 * @param ackTimeout           how long to wait for the ACK
 */
public record RisConfig(String sendingApplication, String sendingFacility, String receivingApplication,
                        String receivingFacility, Duration ackTimeout) {

    public static RisConfig defaults() {
        return new RisConfig("HARNESS_RIS", "HARNESS", "PACS", "HARNESS", Duration.ofSeconds(30));
    }
}
