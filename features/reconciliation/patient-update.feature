@reconciliation @hl7
Feature: A corrected patient record reaches every object the archive already holds
  When registration corrects a patient's demographics (HL7 ADT^A08, IHE RAD-12 Patient Update), the
  archive must answer queries and send objects with the corrected values from then on (PS3.4 B.4.1.3
  Coercion of Attributes), changing nothing else in them.

  Background:
    Given the target answers C-ECHO

  Scenario: A corrected name and birth date are returned by query and retrieve
    Given a generated CT study with 1 series of 2 images
    And the modality has sent the study
    When the RIS corrects the patient's name and birth date with ADT^A08
    Then a STUDY level query by the patient's ID returns the corrected name
    When the viewer retrieves the study with C-MOVE
    Then the 2 retrieved objects carry the corrected name and birth date and otherwise equal the ones sent
