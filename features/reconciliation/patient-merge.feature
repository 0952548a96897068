@reconciliation @hl7
Feature: A patient merge reaches every object the archive already holds
  When the registration system finds two records of one person and merges them (HL7 ADT^A40, IHE RAD-12
  Patient Update), the archive must file what it holds under the surviving record: a query by the retired
  Patient ID finds nothing, a query by the surviving one finds the study, and objects retrieved afterwards
  carry the surviving identification (PS3.4 B.4.1.3 Coercion of Attributes) and nothing else changed.

  Background:
    Given the target answers C-ECHO

  Scenario: A study filed under a duplicate patient record is found and retrieved under the surviving record
    Given a generated CT study with 1 series of 2 images
    And the modality has sent the study
    When the RIS registers a new patient record and merges the study's patient into it with ADT^A40
    Then a PATIENT level query by the retired Patient ID finds no patient
    And a STUDY level query by the surviving Patient ID finds the study with 2 instances
    When the viewer retrieves the study with C-MOVE
    Then the 2 retrieved objects carry the surviving Patient ID and otherwise equal the ones sent
