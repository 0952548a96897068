@archive
Feature: A study is archived, found at every query level and returned unchanged
  A PACS a hospital can trust stores what a modality sends, answers queries at every level of the
  Query/Retrieve information model (PS3.4 C.6), and gives every object back bit for bit.

  Background:
    Given the target answers C-ECHO

  Scenario: A CT study is stored, found at every level and retrieved bit-identical
    Given a generated CT study with 2 series of 3 images
    When the modality sends the study
    Then every object is acknowledged with status Success
    And a PATIENT level query by Patient ID finds the patient with 1 study
    And a STUDY level query by Study Instance UID finds 1 study with 6 instances
    And a SERIES level query in the study finds 2 series of modality "CT"
    And an IMAGE level query in each series finds 3 instances
    When the viewer retrieves the study with C-MOVE
    Then the 6 retrieved objects are bit-identical to the ones sent
    When the viewer retrieves the study with C-GET
    Then the 6 retrieved objects are bit-identical to the ones sent

  Scenario: A query by patient name and date range finds the study
    Given a generated MR study with 1 series of 2 images
    When the modality sends the study
    Then every object is acknowledged with status Success
    And a STUDY level query by the patient's name in upper case and the study date as a range finds the study
