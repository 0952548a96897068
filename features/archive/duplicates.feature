@archive @duplicates
Feature: Duplicate objects are handled as the archive's policy declares
  Re-sending is normal (a modality retries after a time-out), changing an object behind the same
  SOP Instance UID is not: the archive must not silently replace what it acknowledged.

  Scenario: An identical copy is acknowledged without a second copy
    Given a generated CT study with 1 series of 1 image
    And the modality has sent the study
    When the modality sends the study again
    Then every object is acknowledged with status Success
    And an IMAGE level query in each series finds 1 instance

  @policy-duplicates-reject
  Scenario: A changed object under a known SOP Instance UID is refused
    Given a generated CT study with 1 series of 1 image
    And the modality has sent the study
    When the modality sends the first object again with Study Description "CHANGED AFTER SENDING"
    Then the object is refused with status 0111
    And the response explains the refusal in its Error Comment
    When the viewer retrieves the study with C-GET
    Then the 1 retrieved objects are bit-identical to the ones sent
