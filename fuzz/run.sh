#!/usr/bin/env bash
# Runs every fuzz target for a while, one after another (the build machines have 2 cores):
#   fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]     (default 600 s, all targets)
# Seeds each target's corpus from data/, fuzz/seeds/ and, for graph JSON, a graph built from
# data/. Logs go to fuzz/logs/<target>.log; the last lines hold libFuzzer's final statistics
# (executions, executions per second). Crashes are saved under fuzz/artifacts/<target>/.
# Needs cargo-fuzz (`cargo install cargo-fuzz`); works on stable Rust with --sanitizer none.
set -euo pipefail
cd "$(dirname "$0")"
secs=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(frontmatter jsonl segment extract graph_json)
mkdir -p logs corpus

seed() {
  local t=$1 dir=corpus/$1
  mkdir -p "$dir"
  case $t in
    frontmatter | segment | extract)
      cp ../data/*.txt seeds/text/* "$dir"/
      cp seeds/frontmatter/* "$dir"/ ;;
    jsonl)
      cp seeds/jsonl/* "$dir"/
      python3 - ../data/*.txt > "$dir/data.jsonl" <<'PY'
import json, sys
for i, p in enumerate(sys.argv[1:]):
    print(json.dumps({"id": i, "title": p, "text": open(p, encoding="utf-8").read()}))
PY
      ;;
    graph_json)
      cp seeds/graph_json/* "$dir"/
      if [ -x ../target/release/newsgraph ]; then
        ../target/release/newsgraph build ../data/*.txt --quiet > "$dir/data.json"
      fi ;;
  esac
}

# a target that does not build would "run" for a second and report nothing: stop here instead
if ! cargo fuzz build -a --sanitizer none > logs/build.log 2>&1; then
  tail -n 30 logs/build.log
  echo "fuzz/run.sh: the fuzz targets do not build (fuzz/logs/build.log)" >&2
  exit 1
fi
for t in "${targets[@]}"; do
  seed "$t"
  echo "== $t: ${secs}s" | tee logs/"$t".log
  start=$(date +%s)
  cargo fuzz run -a --sanitizer none "$t" corpus/"$t" -- \
    -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 >> logs/"$t".log 2>&1 || true
  echo "== $t: finished after $(( $(date +%s) - start ))s" | tee -a logs/"$t".log
  grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)|^(==[0-9]+== )?ERROR|panicked at|Test unit written' logs/"$t".log || true
done
