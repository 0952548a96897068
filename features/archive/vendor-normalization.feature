@archive @normalization
Feature: A legacy device's private attributes are normalized on ingest, and nothing is lost
  Legacy devices put what belongs in standard attributes into private ones that other systems cannot
  read. An archive with a vendor profile copies such a value, found by its private creator (PS3.5 7.8.1),
  into the standard attribute, answers B000 Coercion of Data Elements (PS3.4 B.2.3), keeps what it
  replaced in the Original Attributes Sequence (PS3.3 C.12.1.1.9) and leaves the private attributes as
  they came. The reference PACS of `harness run` has such a profile for the legacy CT of the test data.

  Background:
    Given the target answers C-ECHO

  Scenario: A legacy CT's private protocol name reaches Protocol Name, with the change recorded
    Given a generated CT study with 1 series of 2 images as a legacy CT writes it
    When the modality sends the study
    Then every object is acknowledged with warning B000
    When the viewer retrieves the study with C-MOVE
    Then every retrieved object has the private protocol name in Protocol Name and keeps the private attribute
    And every retrieved object records the coercion of Protocol Name in its Original Attributes Sequence
