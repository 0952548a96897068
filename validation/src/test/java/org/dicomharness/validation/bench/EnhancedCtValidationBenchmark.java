package org.dicomharness.validation.bench;

import java.util.concurrent.TimeUnit;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.validation.IodValidator;
import org.dicomharness.validation.ValidationReport;
import org.dicomharness.validation.testing.SampleObjects;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to validate an Enhanced CT whose Per-Frame Functional Groups Sequence has one item per frame (the issue's
 * target: 1,000 frames in under 2 s). The data set is built once; each invocation validates it from scratch.
 * Run with {@code tools/validation/bench.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 20)
@Fork(1)
public class EnhancedCtValidationBenchmark {

    @Param({"1000"})
    int frames;

    private Dataset enhancedCt;
    private IodValidator validator;

    @Setup(Level.Trial)
    public void build() {
        enhancedCt = new SampleObjects().enhancedCt(frames);
        validator = new IodValidator();
    }

    /** The first validation in a fresh JVM: includes loading the rule resources. */
    @Benchmark
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(5)
    public ValidationReport coldValidate() {
        return new IodValidator().validate(enhancedCt);
    }

    @Benchmark
    public ValidationReport validate() {
        return validator.validate(enhancedCt);
    }
}
