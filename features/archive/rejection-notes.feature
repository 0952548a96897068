@archive @iocm
Feature: A rejection note withdraws the images it names (IHE Imaging Object Change Management)
  A modality or workstation that finds an image it already stored unfit sends a rejection note: a Key
  Object Selection Document whose title gives the reason (PS3.16 CID 7011, "Rejected for Quality
  Reasons"...) and which lists the rejected instances. The archive must store the note and stop
  offering the rejected instances to query and retrieve, while the rest of the study stays available.

  Background:
    Given the target answers C-ECHO

  Scenario: An image rejected for quality reasons disappears from query and retrieve
    Given a generated CT study with 1 series of 3 images
    And the modality has sent the study
    When the modality sends a rejection note for quality reasons naming the first image
    Then the rejection note is acknowledged with status Success
    And an IMAGE level query in the first series finds the other 2 instances only
    And a C-MOVE of the rejected image retrieves nothing
