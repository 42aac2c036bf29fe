#!/usr/bin/env bash
# Runs the JMH micro-benchmarks of src/bench/java (reader and each writer on generated notes).
# Compiles them with the bench profile first; extra arguments go to JMH, e.g.
#   src/bench/jmh.sh WriterBench -p format=pdf -f 1 -wi 3 -i 5
# Defaults: one fork, 3 warm-up and 5 measured iterations of 2 s.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
cd "$root"
mkdir -p target/bench
mvn -B -q -Pbench -DskipTests test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/classpath.txt >&2
cp="target/test-classes:target/classes:$(cat target/bench/classpath.txt)"
[[ $# -gt 0 ]] || set -- -f 1 -wi 3 -i 5 -w 2s -r 2s
exec java -Djava.awt.headless=true -cp "$cp" org.openjdk.jmh.Main "$@"
