#!/usr/bin/env bash
# Whole-process build throughput and peak memory (issue 7): builds the generated corpora with
# the release binary on 1 thread (pinned to one core) and on 2 threads, and prints one line per
# run: corpus, threads, wall seconds, MB/s (wall), CPU seconds (user + system), MB/s per CPU
# second, peak RSS, and the start of the output's SHA-256 (the same for every thread count).
# Figures go to docs/performance.md. On a shared machine, wall time depends on the load; CPU
# time much less so.
#
#   scripts/bench_build.sh            # 10 MB and 100 MB corpora (generated when missing)
#   SIZES="10" scripts/bench_build.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v /usr/bin/time >/dev/null || { echo "bench_build.sh: needs GNU time (apt-get install time)" >&2; exit 2; }
cargo build --release --quiet
bin=target/release/newsgraph
for mb in ${SIZES:-10 100}; do
  corpus=target/corpus-${mb}mb.jsonl
  [ -f "$corpus" ] || python3 scripts/gen_corpus.py --mb "$mb" -o "$corpus"
  bytes=$(stat -c %s "$corpus")
  for threads in 1 2; do
    cpus=$([ "$threads" = 1 ] && echo 0 || echo 0-1)
    out=target/bench-${mb}mb-${threads}t.json
    /usr/bin/time -f '%e %U %S %M' -o target/bench-time.txt taskset -c "$cpus" "$bin" build --quiet -j "$threads" "$corpus" -o "$out"
    read -r secs user sys rss < target/bench-time.txt
    cpu=$(echo "$user + $sys" | bc -l)
    printf '%s\t%s thread(s)\t%s s\t%.2f MB/s\t%.2f CPU s\t%.2f MB/CPU-s\t%d MB peak RSS\t%s\n' "$corpus" "$threads" \
      "$secs" "$(echo "$bytes / 1000000 / $secs" | bc -l)" "$cpu" "$(echo "$bytes / 1000000 / $cpu" | bc -l)" \
      "$((rss / 1024))" "$(sha256sum "$out" | cut -c1-16)"
  done
done
