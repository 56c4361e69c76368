#!/bin/bash
# GNU parallel on one machine: N shards as N processes (one worker thread each), then the merge.
#   SHARDS=4 deploy/parallel/shards.sh run my-scenario.json --runs 2000
# Merge options (e.g. --format csv) go in MERGE_ARGS; output: $OUT (default $RESULTS/result.json, RESULTS default results/).
# On one machine `--workers N` without sharding does the same work; this recipe is the rehearsal of
# a cluster run (same parts, same merge), and any shard can be re-run alone after a failure.
# Start from an empty $RESULTS: parts left from another study are refused by the merge.
set -euo pipefail
SHARDS=${SHARDS:-4}
RESULTS=${RESULTS:-results}
mkdir -p "$RESULTS"
# -q: the command's words are passed as they are (a scenario path with spaces survives);
# --halt: the first failing shard stops the others and the merge is not attempted.
seq 0 $((SHARDS - 1)) | parallel --halt now,fail=1 -j "$SHARDS" -q \
  npm run --silent lab -- "$@" --shard "{}/$SHARDS" --workers 1 --out "$RESULTS/part-{}.json"
# shellcheck disable=SC2086 # MERGE_ARGS is a list of options
npm run --silent lab -- merge "$RESULTS"/part-*.json ${MERGE_ARGS:-} --out "${OUT:-$RESULTS/result.json}"
