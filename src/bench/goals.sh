#!/usr/bin/env bash
# Start-up and real-note benchmark (issue 16): prints, in one run,
#   1. seed note -> .docx, a fresh ./tsuzuri against pandoc, paired runs: the wall-time ratio
#   2. seed note -> .pptx, the same
#   3. seed note -> pdf + docx + pptx, a fresh ./tsuzuri: the median wall time
#   1-3 again with the jobs handed to a running `tsuzuri serve` (started here, then stopped)
#   4. real notes (the shared corpus and the seed, repeated to about 100) -> docx + pptx: one
#      tsuzuri batch against pandoc's per-file loop, the throughput ratio
# Beside every figure: the machine's load average (1 minute) before and after that measure, as
# the machine is shared; on a loaded machine trust the ratios more than the seconds.
# Runs alternate (tsuzuri, pandoc, tsuzuri, ...) so that a machine whose speed drifts affects
# both alike; each ratio is the median of the per-pair ratios.
#
#   src/bench/goals.sh
#
# Environment:
#   SEED_NOTE   the one-note runs' note (default ../shared/notes/jawsdays2018.md, or
#               ../../shared/... from a worktree)
#   REAL_NOTES  folders of real notes for the batch (default ../shared/corpus ../shared/notes)
#   BATCH_SIZE  notes in the batch (default 100)
#   RUNS        paired runs per one-note measure (default 7); BATCH_RUNS (default 3)
#   TSUZURI     the command to time (default: this checkout's ./tsuzuri)
#
# Everything is written below target/bench/goals/.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
work="$root/target/bench/goals"
# the shared notes beside the checkout (../shared), or beside the folder of worktrees
shared="$root/../shared"
[[ -d "$shared" ]] || shared="$root/../../shared"
seed="${SEED_NOTE:-$shared/notes/jawsdays2018.md}"
read -r -a real <<<"${REAL_NOTES:-$shared/corpus $shared/notes}"
size="${BATCH_SIZE:-100}"
runs="${RUNS:-7}"
batch_runs="${BATCH_RUNS:-3}"
tsuzuri="${TSUZURI:-$root/tsuzuri}"

command -v pandoc >/dev/null || { echo "goals.sh: pandoc is needed (apt-get install pandoc)" >&2; exit 2; }
[[ -f "$seed" ]] || { echo "goals.sh: no seed note at $seed (set SEED_NOTE)" >&2; exit 2; }
rm -rf "$work"
mkdir -p "$work"
"$tsuzuri" --version >/dev/null # builds the jar and the start-up archive when needed

# wall seconds of one run of a command, its output thrown away
wall() {
  local s e
  s=$(date +%s%N)
  "$@" >/dev/null 2>&1 || true
  e=$(date +%s%N)
  awk -v d=$((e - s)) 'BEGIN { printf "%.3f", d / 1e9 }'
}

# the 1-minute load average now
load() { cut -d' ' -f1 /proc/loadavg; }

median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# paired A/B runs after one warm-up of each; prints "medianA medianB median(A/B)"
paired() {
  local n="$1" a="$2" b="$3" i ta tb
  eval "$a" >/dev/null 2>&1 || true
  eval "$b" >/dev/null 2>&1 || true
  : >"$work/a" && : >"$work/b" && : >"$work/r"
  for ((i = 0; i < n; i++)); do
    ta=$(wall bash -c "$a")
    tb=$(wall bash -c "$b")
    echo "$ta" >>"$work/a"
    echo "$tb" >>"$work/b"
    awk -v x="$ta" -v y="$tb" 'BEGIN { printf "%.3f\n", x / y }' >>"$work/r"
  done
  echo "$(median <"$work/a") $(median <"$work/b") $(median <"$work/r")"
}

echo "$(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1);" \
  "pandoc $(pandoc --version | head -1 | cut -d' ' -f2)"
echo "seed note: $seed ($(wc -c <"$seed") bytes)"
echo

q() { printf '%q' "$1"; }
one() { echo "$(q "$tsuzuri") convert $(q "$seed") -t $1 -o $(q "$work/one") --force -q --no-config"; }
# the one-note measures, each run by the launcher as a user would (label: how it starts)
single_note() {
  local label="$1" fmt t p r l0
  for fmt in docx pptx; do
    l0=$(load)
    read -r t p r <<<"$(paired "$runs" "$(one "$fmt")" "pandoc $(q "$seed") -o $(q "$work/p.$fmt")")"
    printf 'seed -> %s, %s: tsuzuri %s s, pandoc %s s (medians of %d): %sx pandoc (goal <= 2) [load %s-%s]\n' \
      "$fmt" "$label" "$t" "$p" "$runs" "$r" "$l0" "$(load)"
  done
  : >"$work/cold"
  l0=$(load)
  for ((i = 0; i < runs; i++)); do
    echo "$(wall bash -c "$(one pdf,docx,pptx)")" >>"$work/cold"
  done
  printf 'seed -> pdf + docx + pptx, %s: median %s s, min %s s over %d runs (goal <= 1.0 s) [load %s-%s]\n' \
    "$label" "$(median <"$work/cold")" "$(sort -g "$work/cold" | head -1)" "$runs" "$l0" "$(load)"
}

# 1. a fresh Java process for every run (no server takes the job, even if one is up)
TSUZURI_HANDOFF=0 single_note "fresh Java"

# 2. the same commands handed to a running `tsuzuri serve` (the launcher's warm path), started
#    here on a socket of its own and warmed by a few jobs first
export TSUZURI_SOCKET="$work/sock/handoff.sock"
mkdir -p "$work/served"
"$tsuzuri" serve --port 0 "$work/served" >"$work/serve.log" 2>&1 &
serve_pid=$!
trap 'kill "$serve_pid" 2>/dev/null || true' EXIT
for ((i = 0; i < 150; i++)); do
  [[ -S "$TSUZURI_SOCKET" ]] && break
  sleep 0.2
done
if [[ -S "$TSUZURI_SOCKET" ]]; then
  for ((i = 0; i < 5; i++)); do bash -c "$(one pdf,docx,pptx)" >/dev/null 2>&1 || true; done
  echo
  single_note "handed to a running tsuzuri serve"
else
  echo "the server did not start (see $work/serve.log): hand-off measures skipped"
fi
kill "$serve_pid" 2>/dev/null || true
wait "$serve_pid" 2>/dev/null || true
unset TSUZURI_SOCKET
export TSUZURI_HANDOFF=0

# the batch: the real notes, copied round after round into folders of their own until `size`
notes=()
for d in "${real[@]}"; do
  [[ -d "$d" ]] && while IFS= read -r f; do notes+=("$f"); done \
    < <(find "$d" -maxdepth 1 -type f \( -name '*.md' -o -name '*.markdown' \) | sort)
done
if (( ${#notes[@]} == 0 )); then
  echo "no real notes found in ${real[*]} (set REAL_NOTES): batch skipped"
  exit 0
fi
batch="$work/batch"
count=0
for ((round = 0; count < size; round++)); do
  mkdir -p "$batch/r$round"
  for f in "${notes[@]}"; do
    (( count < size )) || break
    cp "$f" "$batch/r$round/"
    count=$((count + 1))
  done
done
echo
echo "batch: $count real notes ($(du -sh "$batch" | cut -f1)) from ${#notes[@]} distinct -> docx + pptx"
pandoc_loop="for f in \$(find $(q "$batch") -name '*.md' | sort); do
  pandoc \"\$f\" -o $(q "$work")/p.docx; pandoc \"\$f\" -o $(q "$work")/p.pptx; done"
tsuzuri_batch="$(q "$tsuzuri") convert $(q "$batch") -t docx,pptx -o $(q "$work/batch-out") --force -q --no-config"
l0=$(load)
read -r t p r <<<"$(paired "$batch_runs" "$tsuzuri_batch" "$pandoc_loop")"
printf 'tsuzuri one batch %s s, pandoc per-file loop %s s (medians of %d): %sx faster (goal >= 10) [load %s-%s]\n' \
  "$t" "$p" "$batch_runs" "$(awk -v r="$r" 'BEGIN { printf "%.1f", 1 / r }')" "$l0" "$(load)"
