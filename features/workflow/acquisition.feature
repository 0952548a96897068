@workflow
Feature: An acquisition is reported with MPPS and its storage committed
  A modality reports what it performed with MPPS (PS3.4 Annex F) and asks for storage commitment
  (PS3.4 Annex J) before it deletes its local copies: the archive must acknowledge both, and commit
  only what it really holds.

  Background:
    Given the target answers C-ECHO

  @mpps @storage-commitment
  Scenario: An unscheduled CT acquisition is performed, stored and committed
    When the modality performs an unscheduled CT acquisition of 3 images with MPPS and storage commitment
    Then the performed procedure step was created IN PROGRESS and set COMPLETED, both with status Success
    And every object of the acquisition is acknowledged with status Success
    And the target commits every object of the acquisition

  @storage-commitment
  Scenario: Commitment fails for an object the archive never received
    Given a generated CT study with 1 series of 2 images
    And the modality has sent the study
    When the modality requests storage commitment for the study and for one object it never sent
    Then the report commits the 2 objects sent and fails the other with Failure Reason 0112
