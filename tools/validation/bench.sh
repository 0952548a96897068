#!/usr/bin/env bash
# Runs the JMH benchmark of the validation module: validating a 1,000-frame Enhanced CT.
# Usage: tools/validation/bench.sh [extra JMH options]   (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -pl validation -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/test-classpath.txt
cp="validation/target/test-classes:validation/target/classes:dicom/target/classes:$(cat validation/target/test-classpath.txt)"
exec java -cp "$cp" org.openjdk.jmh.Main EnhancedCtValidationBenchmark -rf text -rff validation/target/jmh-result.txt "$@"
