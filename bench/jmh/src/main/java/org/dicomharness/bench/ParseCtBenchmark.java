package org.dicomharness.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.dicomharness.dicom.dump.DatasetDumper;
import org.dicomharness.dicom.io.DicomFile;
import org.dicomharness.dicom.io.Part10Reader;
import org.dicomharness.dicom.io.ReadOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** Parsing a 512×512 16-bit CT file from disk (page cache): the whole data set, and data set plus dump text. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
public class ParseCtBenchmark {

    private Path file;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        String given = System.getProperty("bench.ctFile");
        if (given != null) {
            file = Path.of(given);
        } else {
            file = Files.createTempFile("bench-ct", ".dcm");
            CtFixture.write(file);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        if (System.getProperty("bench.ctFile") == null) {
            Files.deleteIfExists(file);
        }
    }

    @Benchmark
    public DicomFile parse() throws IOException {
        return Part10Reader.read(file, ReadOptions.defaults());
    }

    @Benchmark
    public int parseAndDump() throws IOException {
        DicomFile dicom = Part10Reader.read(file, ReadOptions.defaults());
        return new DatasetDumper(false).dump(dicom.dataset()).length();
    }
}
