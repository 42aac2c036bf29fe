#!/usr/bin/env bash
# End-to-end benchmark: generates N Japanese seminar notes (deterministic for a seed), converts
# them with one tsuzuri process per format set, and prints notes per second, wall time and peak
# memory. When pandoc is on PATH it converts the same corpus with pandoc's usual per-file loop
# (one process per note and format) and prints the ratio; with WeasyPrint too, it times pandoc ->
# WeasyPrint on a sample of the notes (PDF_SAMPLE, default 5) for the PDF ratio. It always ends
# with tsuzuri's warm per-note times on a seed-sized note and cold one-note runs of ./tsuzuri.
#
#   src/bench/bench.sh [N] [SEED]
#
# Environment:
#   FORMAT_SETS   format sets to time, space-separated (default "pdf docx pptx docx,pptx pdf,docx,pptx")
#   JOBS          worker threads (default: tsuzuri's default, the number of cores)
#   TSUZURI_JAVA_OPTS  JVM options, e.g. "-Xmx512m"
#   PANDOC=0      skip the pandoc loop
#   SEED_NOTE     the note to time the warm PDF on (default: the generated note nearest 17 KB)
#   COLD_NOTE     the note of the cold-start runs (default: SEED_NOTE); COLD_RUNS (default 7)
#   SIZES         note lengths: "real" (default; follows the reference notes, median 9 KB) or
#                 "long" (the first profile, median 20 KB) - see CorpusGenerator
#
# Everything is written below target/bench/. The machine's load matters: run it on a quiet
# machine, or compare only figures from the same run.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
n="${1:-100}"
seed="${2:-42}"
sets="${FORMAT_SETS:-pdf docx pptx docx,pptx pdf,docx,pptx}"
work="$root/target/bench"
sizes="${SIZES:-real}"
corpus="$work/corpus-$sizes-$n-$seed"
jar="$root/target/tsuzuri.jar"

mkdir -p "$work"
if [[ ! -d "$corpus" ]]; then
  java "$root/src/bench/java/dev/tsuzuri/bench/CorpusGenerator.java" "$n" "$seed" "$corpus.tmp" \
    "$sizes"
  mv "$corpus.tmp" "$corpus"
fi
# builds the jar and the start-up archive when needed
"$root/tsuzuri" --version >/dev/null

have_time=0
[[ -x /usr/bin/time ]] && have_time=1

# runs a command, leaving wall seconds and peak RSS (MB) in $wall and $rss
measure() {
  local log="$work/time.log"
  if [[ $have_time == 1 ]]; then
    /usr/bin/time -f '%e %M' -o "$log" "$@"
    read -r wall rss <"$log"
    rss=$((rss / 1024))
  else
    local s e
    s=$(date +%s%N)
    "$@"
    e=$(date +%s%N)
    wall=$(awk -v d=$((e - s)) 'BEGIN { printf "%.2f", d / 1e9 }')
    rss="?"
  fi
}

rate() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.1f", (s > 0 ? n / s : 0) }'; }

echo "corpus: $n notes ($(du -sh "$corpus" | cut -f1)), seed $seed, $sizes lengths; $(nproc) cores;" \
  "load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "JVM options: ${TSUZURI_JAVA_OPTS:-(none)}; jobs: ${JOBS:-cores}"
echo
printf '%-14s %8s %10s %12s %9s\n' "tsuzuri" "wall s" "notes/s" "in-run ms" "peak MB"
declare -A tsuzuri_wall
for set in $sets; do
  out="$work/out-${set//,/-}"
  rm -rf "$out"
  args=(convert "$corpus" -t "$set" -o "$out" --force -q --no-config --report "$work/report.json")
  [[ -n "${JOBS:-}" ]] && args+=(-j "$JOBS")
  measure "$root/tsuzuri" "${args[@]}"
  tsuzuri_wall[$set]=$wall
  # the summary comes first in the report, so the first of each key is the summary's
  inrun=$(grep -m1 -o '"milliseconds": *[0-9]*' "$work/report.json" | grep -o '[0-9]*$' || true)
  failed=$(grep -m1 -o '"failed": *[0-9]*' "$work/report.json" | grep -o '[0-9]*$' || true)
  printf '%-14s %8s %10s %12s %9s%s\n' "$set" "$wall" "$(rate "$n" "$wall")" "${inrun:-?}" \
    "$rss" "$([[ "${failed:-0}" != 0 ]] && echo "  ($failed failed)")"
done

if [[ "${PANDOC:-1}" != 0 ]] && command -v pandoc >/dev/null; then
  echo
  echo "pandoc $(pandoc --version | head -1 | cut -d' ' -f2), one process per note and format:"
  pout="$work/out-pandoc"
  mkdir -p "$pout"
  declare -A pandoc_wall
  for ext in docx pptx; do
    measure bash -c 'for f in "$1"/*.md; do pandoc "$f" -o "$2/$(basename "$f" .md).$3"; done' \
      _ "$corpus" "$pout" "$ext"
    pandoc_wall[$ext]=$wall
    printf '%-14s %8s %10s\n' "$ext" "$wall" "$(rate "$n" "$wall")"
  done
  echo
  echo "throughput ratio, tsuzuri batch / pandoc per-file loop (higher is better):"
  for set in $sets; do
    p=0
    for f in ${set//,/ }; do
      [[ -n "${pandoc_wall[$f]:-}" ]] || { p=0; break; }
      p=$(awk -v a="$p" -v b="${pandoc_wall[$f]}" 'BEGIN { print a + b }')
    done
    [[ "$p" != 0 ]] && printf '%-14s %8.1fx\n' "$set" \
      "$(awk -v p="$p" -v t="${tsuzuri_wall[$set]}" 'BEGIN { print p / t }')"
  done
fi

echo
if [[ "${PANDOC:-1}" != 0 ]] && command -v weasyprint >/dev/null && command -v pandoc >/dev/null; then
  # WeasyPrint takes seconds per note: a sample of the corpus is timed, not all of it
  k="${PDF_SAMPLE:-5}"
  (( k > n )) && k=$n
  pout="$work/out-weasyprint"
  mkdir -p "$pout"
  measure bash -c 'ls "$1"/*.md | head -n "$3" | while read -r f; do
      pandoc "$f" --pdf-engine=weasyprint -o "$2/$(basename "$f" .md).pdf" 2>/dev/null || true
    done' _ "$corpus" "$pout" "$k"
  per_weasy=$(awk -v w="$wall" -v k="$k" 'BEGIN { print w / k }')
  printf 'pandoc -> WeasyPrint, one process per note, %d notes: %s s (%.2f s per note)\n' \
    "$k" "$wall" "$per_weasy"
  if [[ -n "${tsuzuri_wall[pdf]:-}" ]]; then
    printf 'PDF throughput ratio, tsuzuri batch / pandoc -> WeasyPrint: %.1fx\n' \
      "$(awk -v p="$per_weasy" -v t="${tsuzuri_wall[pdf]}" -v n="$n" 'BEGIN { print p / (t / n) }')"
  fi
  echo
fi
echo "warm per-note times in one JVM (target PDF <= 100 ms):"
note="${SEED_NOTE:-}"
if [[ -z "$note" ]]; then
  # awk keeps the nearest itself: `sort | head` would end the pipe early and fail under pipefail
  note=$(ls -l "$corpus"/*.md | awk '{ d = $5 - 17000; if (d < 0) d = -d
    if (best == "" || d < bd) { bd = d; best = $NF } } END { print best }')
fi
echo "note: $note ($(wc -c <"$note") bytes)"
java ${TSUZURI_JAVA_OPTS:-} -cp "$jar" "$root/src/bench/java/dev/tsuzuri/bench/PhaseTimer.java" \
  "$note" 20 pdf,docx,pptx 2>/dev/null | grep -E 'warm|cold'

# cold start: a fresh ./tsuzuri per run, one note to three formats, as a user runs it
runs="${COLD_RUNS:-7}"
(( runs > 0 )) || exit 0
cold="${COLD_NOTE:-$note}"
echo
echo "cold ./tsuzuri, $(basename "$cold") -> pdf,docx,pptx, $runs runs (target <= 1.5 s wall):"
walls=()
for ((i = 0; i < runs; i++)); do
  measure "$root/tsuzuri" convert "$cold" -t pdf,docx,pptx -o "$work/out-cold" --force -q \
    --no-config
  walls+=("$wall")
done
printf '%s\n' "${walls[@]}" | sort -n | awk '{ w[NR] = $1 } END {
  printf "wall s: min %s, median %s, max %s\n", w[1], w[int((NR + 1) / 2)], w[NR] }'
