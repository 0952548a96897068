@archive @policy-validation-reject
Feature: An object that is not a valid instance of its IOD is refused, with the reason
  An archive that validates what it receives must refuse an object that breaks PS3.3 rather than
  store it silently, answer with the status PS3.4 B.2.3 names for it (A900, Data Set does not match
  SOP Class) and say in the Error Comment which rule it breaks, so that the sending device can be
  fixed, and keep nothing of it. The reference PACS run by `harness run` validates with policy reject.

  Background:
    Given the target answers C-ECHO

  Scenario: A CT image without its Type 1 Image Type is refused and nothing of it is kept
    Given a generated CT study with 1 series of 1 image
    When the modality sends the first object without its ImageType
    Then the object is refused with status A900
    And the response's Error Comment names ImageType
    And a STUDY level query by Study Instance UID finds no study
