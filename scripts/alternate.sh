#!/usr/bin/env bash
# Runs commands in turn, RUNS rounds of each one after the other, and prints each one's median wall
# time and all its times, sorted: a comparison of two builds or two sets of options in the same
# minutes, when the machine's speed moves (docs/performance.md, "Start-up").
#
#   scripts/alternate.sh 11 floor "java -version" lint "jingdu lint seeds/000_2a148c15c4b98b6e.txt"
#   scripts/alternate.sh --table 7 …     # the same as a Markdown table
set -euo pipefail
table=false
if [ "${1:-}" = --table ]; then
  table=true
  shift
fi
if [ $# -lt 3 ] || [ $(( ($# - 1) % 2 )) -ne 0 ]; then
  echo "usage: scripts/alternate.sh [--table] RUNS NAME COMMAND [NAME COMMAND]..." >&2
  exit 2
fi
runs=$1
shift
names=() commands=()
while [ $# -gt 0 ]; do
  names+=("$1")
  commands+=("$2")
  shift 2
done
declare -A times
for ((r = 0; r < runs; r++)); do
  for i in "${!commands[@]}"; do
    start=$(date +%s%N)
    eval "${commands[$i]}" >/dev/null 2>&1 || true
    times[$i]+="$(( ($(date +%s%N) - start) / 1000000 )) "
  done
done
if $table; then
  echo "| command | median (ms) | all runs (ms) |"
  echo "|---|---|---|"
fi
for i in "${!commands[@]}"; do
  sorted=$(echo "${times[$i]}" | tr ' ' '\n' | grep . | sort -n | tr '\n' ' ')
  median=$(echo "$sorted" | awk '{print $(int((NF + 1) / 2))}')
  if $table; then
    echo "| ${names[$i]} | $median | $sorted|"
  else
    echo "${names[$i]}: median $median ms | $sorted"
  fi
done
