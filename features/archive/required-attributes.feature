@archive @validation
Feature: Objects keep their required attributes through the archive
  An archive may coerce what it stores (PS3.4 B.4.1.3), but what it gives back must still be a valid
  instance of its IOD (PS3.3): every Type 1 attribute present and not empty, every Type 2 attribute
  present, every value well formed, every sequence item complete. The check is the harness's IOD
  validation; each finding in the report names the PS3.3 rule it breaks.

  Background:
    Given the target answers C-ECHO

  Scenario Outline: A <kind> object retrieved from the archive is still a valid <kind> instance
    Given a generated <kind> study with 1 series of 2 images
    And every object of the study passes IOD validation
    When the modality sends the study
    Then every object is acknowledged with status Success
    When the viewer retrieves the study with C-MOVE
    Then every retrieved object passes IOD validation

    Examples: image objects
      | kind        |
      | CT          |
      | MR          |
      | US          |
      | PT          |
      | ENHANCED-MR |

    Examples: documents and structured reports
      | kind |
      | RDSR |
      | ECG  |
      | PDF  |
      | SR   |
