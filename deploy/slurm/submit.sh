#!/bin/bash
# Submit N shards as a job array and the merge after them:
#   SHARDS=8 deploy/slurm/submit.sh run my-scenario.json --runs 2000
# Merge options (e.g. --format csv) go in MERGE_ARGS. Results: $OUT (default $RESULTS/result.json, RESULTS default results/).
# Start from an empty $RESULTS: parts left from another study are refused by the merge.
set -euo pipefail
SHARDS=${SHARDS:-8}
here=$(dirname "$0")
array=$(sbatch --parsable --array="0-$((SHARDS - 1))" "$here/shards.sbatch" "$@")
# shellcheck disable=SC2086 # MERGE_ARGS is a list of options
sbatch --dependency="afterok:${array%%;*}" "$here/merge.sbatch" ${MERGE_ARGS:-}
