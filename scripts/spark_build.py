#!/usr/bin/env python3
"""Build a corpus graph with Apache Spark: `newsgraph extract` as the mapper, `merge` to reduce.

Runs Spark in local mode (pyspark from PyPI; needs a Java runtime, 17 works) over a JSON Lines
corpus split into shards: every shard is piped through the stateless mapper
(`RDD.pipe("newsgraph extract")`: documents in, one partial graph per document out, as JSON
Lines), the partial graphs are saved one file per shard, and `newsgraph merge` combines them
into one graph (union, then cross-document entity resolution). With --compare it also runs a
single `newsgraph build` over the same corpus and checks that both graphs are byte-identical.

    python3 scripts/spark_build.py target/corpus-10mb.jsonl --shards 8 --compare

Prints what it ran, the time of each step, node/edge counts and the comparison. On a cluster,
the same script runs with --master spark://...; the newsgraph binary must then be on every
worker at the path given by --newsgraph. See docs/scaling.md.
"""

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def counts(path):
    with open(path, encoding="utf-8") as f:
        g = json.load(f)
    return len(g["graph"]["documents"]), len(g["nodes"]), len(g["links"])


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", help="JSON Lines corpus (one document a line)")
    ap.add_argument("--shards", type=int, default=8, help="Spark partitions of the corpus")
    ap.add_argument("--master", default="local[*]", help="Spark master (default local[*])")
    ap.add_argument("--newsgraph", default="target/release/newsgraph", help="the newsgraph binary")
    ap.add_argument("--out", default="target/spark", help="working folder (replaced)")
    ap.add_argument("--compare", action="store_true", help="also run a single build and compare bytes")
    a = ap.parse_args()

    binary = os.path.abspath(a.newsgraph)
    corpus = os.path.abspath(a.corpus)
    if not os.access(binary, os.X_OK):
        sys.exit(f"spark_build.py: '{binary}' is not an executable (cargo build --release first)")
    if not os.path.isfile(corpus):
        sys.exit(f"spark_build.py: no corpus at '{corpus}'")
    out = os.path.abspath(a.out)
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    parts = os.path.join(out, "parts")

    # Local mode talks to itself only: keep Spark on the loopback interface.
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    from pyspark.sql import SparkSession

    t0 = time.time()
    spark = (
        SparkSession.builder.master(a.master)
        .appName("newsgraph")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    sc = spark.sparkContext
    t1 = time.time()
    print(f"spark {spark.version} up ({a.master}, {sc.defaultParallelism} cores) in {t1 - t0:.1f} s")

    docs = sc.textFile(corpus, minPartitions=a.shards)
    shards = docs.getNumPartitions()
    # One mapper process per shard; --threads 1 because Spark already runs one task per core.
    graphs = docs.pipe(f"{binary} extract --threads 1 --quiet")
    graphs.saveAsTextFile(parts)
    t2 = time.time()
    files = sorted(f for f in os.listdir(parts) if f.startswith("part-"))
    lines = 0
    for f in files:
        with open(os.path.join(parts, f), "rb") as fh:
            lines += sum(1 for _ in fh)
    print(f"map: {shards} shards -> {lines} partial graphs in {len(files)} files, {t2 - t1:.1f} s")
    spark.stop()

    merged = os.path.join(out, "spark.json")
    cmd = [binary, "merge", "--quiet", "-o", merged] + [os.path.join(parts, f) for f in files]
    subprocess.run(cmd, check=True)
    t3 = time.time()
    d, n, e = counts(merged)
    print(f"reduce: newsgraph merge -> {merged}: {d} documents, {n} nodes, {e} edges, {t3 - t2:.1f} s")
    print(f"total (spark + merge): {t3 - t0:.1f} s")

    if a.compare:
        single = os.path.join(out, "single.json")
        t4 = time.time()
        subprocess.run([binary, "build", "--quiet", corpus, "-o", single], check=True)
        t5 = time.time()
        d2, n2, e2 = counts(single)
        print(f"single build: {single}: {d2} documents, {n2} nodes, {e2} edges, {t5 - t4:.1f} s")
        same = sha256(merged) == sha256(single)
        print(f"sha256 spark  {sha256(merged)}")
        print(f"sha256 single {sha256(single)}")
        print("byte-identical: " + ("yes" if same else "NO"))
        if not same:
            sys.exit(1)


if __name__ == "__main__":
    main()
