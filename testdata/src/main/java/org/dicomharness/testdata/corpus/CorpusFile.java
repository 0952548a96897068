package org.dicomharness.testdata.corpus;

/**
 * One file of a negative-test or edge-case corpus: its name, its exact bytes, and what is special about it.
 *
 * @param fileName    file name within the corpus directory
 * @param bytes       the whole file (Part 10, possibly deliberately broken)
 * @param description what the file exercises
 */
public record CorpusFile(String fileName, byte[] bytes, String description) {
}
