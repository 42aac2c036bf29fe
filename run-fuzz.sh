#!/bin/bash
# runs each writer fuzz target for 10 minutes, one after another
cd /work/wt/fuzz
mvn -B -o -q test-compile >/tmp/fuzz-build.log 2>&1 || { echo build failed; exit 1; }
for t in json html pdf pptx; do
  echo "== $t start $(date)"
  JAZZER_FUZZ=1 mvn -B -o test -Dtest="ConverterFuzzTest#$t" -Dsurefire.failIfNoSpecifiedTests=false > /tmp/fuzz-$t.log 2>&1
  echo "== $t rc=$? end $(date)"
  grep -E "#[0-9]+ *(DONE|pulse)|Tests run|FAIL|Crash|crash-" /tmp/fuzz-$t.log | tail -5
done
