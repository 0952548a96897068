@archive @transfer-syntax
Feature: Objects keep the transfer syntax they were sent in
  A vendor certifying a modality needs proof that the archive stores and returns objects in the
  transfer syntax the modality chose (PS3.5 Section 10), compressed ones included.

  Scenario Outline: <kind> objects sent in <syntax> are returned bit for bit
    Given a generated <kind> study with 1 series of 2 images in <syntax>
    When the modality sends the study
    Then every object is acknowledged with status Success
    When the viewer retrieves the study with C-GET
    Then the 2 retrieved objects are bit-identical to the ones sent

    Examples:
      | kind | syntax                                      |
      | CT   | Implicit VR Little Endian                   |
      | CT   | Explicit VR Big Endian                      |
      | MR   | Deflated Explicit VR Little Endian          |
      | CT   | RLE Lossless                                |
      | US   | JPEG Baseline (Process 1)                   |
      | MR   | JPEG 2000 Image Compression (Lossless Only) |
      | CT   | JPEG-LS Lossless Image Compression          |
