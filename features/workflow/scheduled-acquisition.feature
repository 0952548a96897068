@workflow @worklist @hl7
Feature: An ordered procedure is found on the worklist, performed and archived under the order's identifiers
  The RIS places an order over HL7 v2 (IHE RAD-4); the archive schedules it on its Modality Worklist
  (PS3.4 Annex K); the modality finds the step scheduled for its AE title, reports it with MPPS (Annex F),
  stores the images and asks for storage commitment (Annex J). The images must carry the Accession
  Number, Patient ID and Study Instance UID of the order, so that the study is found by the Accession
  Number the RIS knows: the whole of IHE Scheduled Workflow in one scenario per order message.

  Background:
    Given the target answers C-ECHO

  @mpps @storage-commitment
  Scenario Outline: A CT order sent as <message> is performed from the worklist and found by its Accession Number
    Given the RIS has placed a CT order for a new patient with <message>
    When the modality performs the step it finds on the worklist, with 2 images, MPPS and storage commitment
    Then the worklist gave the modality 1 step with the order's Accession Number, Patient ID and Study Instance UID
    And the performed procedure step was created IN PROGRESS and set COMPLETED, both with status Success
    And every object of the acquisition is acknowledged with status Success
    And the acquired objects carry the order's Accession Number, Patient ID and Study Instance UID
    And the target commits every object of the acquisition
    And a STUDY level query by the order's Accession Number finds the study with 2 instances

    Examples:
      | message |
      | ORM^O01 |
      | OMI^O23 |
