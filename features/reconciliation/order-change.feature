@reconciliation @hl7 @mpps
Feature: An order change moves the Accession Number of a study already performed
  When the RIS corrects an order after the procedure was performed (HL7 order control XO, IHE RAD-13
  Procedure Update), the archive must file the study under the new Accession Number: a query by it
  finds the study, a query by the replaced one finds nothing, and objects retrieved afterwards carry the
  new Accession Number and nothing else changed (PS3.4 B.4.1.3 Coercion of Attributes).

  Background:
    Given the target answers C-ECHO

  Scenario: A performed CT order gets a new Accession Number
    Given the RIS has placed a CT order for a new patient with ORM^O01
    And the modality has performed the step it finds on the worklist, with 2 images
    When the RIS changes the order's Accession Number with order control XO
    Then a STUDY level query by the new Accession Number finds the study with 2 instances
    And a STUDY level query by the replaced Accession Number finds no study
    When the viewer retrieves the ordered study with C-MOVE
    Then the 2 retrieved objects carry the new Accession Number and otherwise equal the ones acquired
