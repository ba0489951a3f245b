# Shared by the benchmark scripts (sourced, not run): cutting the list of prepared drafts into the runs' shares.
#
#   slice FILE OFFSET [COUNT]   prints COUNT lines of FILE after its first OFFSET (all the rest without COUNT)
#
# sed, not `tail -n +N | head -n M`: head exits once it has its lines, tail then dies of SIGPIPE, and under
# `set -o pipefail` the script ended at random right after setup without a word.
slice() {
  if [ -n "${3:-}" ] && [ "$3" -le 0 ]; then return 0; fi
  if [ -n "${3:-}" ]; then sed -n "$(($2 + 1)),$(($2 + $3))p" "$1"; else sed -n "$(($2 + 1)),\$p" "$1"; fi
}
