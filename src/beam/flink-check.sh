#!/usr/bin/env bash
# Issue 18's second runner: runs the Beam pipeline on Flink's embedded local cluster
# (--runner=FlinkRunner --flinkMaster=[local]) and on the DirectRunner over the same generated
# Hugo site, and compares their outputs (FlinkPipelineTest). Uses the beam-flink profile (the
# whole Beam set at 2.70.0, the one version whose Flink runner the registry serves); the default
# build neither compiles nor runs it. Only the default-test execution runs, so the fuzz
# execution does not run the same test a second time. Extra arguments go to Maven (-o: offline).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
exec mvn -B -Pbeam-flink "$@" test-compile surefire:test@default-test \
  -Dtest=FlinkPipelineTest -Dsurefire.failIfNoSpecifiedTests=false
