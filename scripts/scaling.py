#!/usr/bin/env python3
"""How build time and memory grow with the size of one document (issue #8).

Writes inputs of growing size in a temporary folder, runs the release binary on each
(`newsgraph build FILE -q -o OUT.json`), and prints seconds, seconds per MB, peak memory and the
growth exponent between consecutive sizes (1.0 is linear, 2.0 quadratic). Three kinds of input,
all on one line with no sentence break unless said otherwise:

  dump   the seed article (data/) with line breaks and sentence punctuation removed, repeated
  names  random names, titles, places and verbs from a small vocabulary: names run into each
         other, so the number of distinct names grows with the text (the hardest case for
         resolution)
  doc    the same vocabulary in sentences and paragraphs

Usage: scripts/scaling.py [--kinds dump,names,doc] [--sizes 1,2,4,8,16] [--bin target/release/newsgraph]
Exits 1 when the exponent of the last doubling exceeds --max-exponent (default 1.35).
Build the binary first: cargo build --release.
"""
import argparse
import math
import os
import re
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

WORDS = ["the", "police", "said", "that", "officials", "in", "had", "arrested", "a", "man", "on", "monday",
         "after", "long", "investigation", "into", "drug", "trafficking", "and", "he", "was", "charged", "with",
         "fraud", "met", "told", "reporters", "her", "they", "released", "sanctioned", "visited", "\"", ",", "'s",
         "2019", "former", "the retired general", "of", "according to"]
GIVEN = ["Juan", "Maria", "Carlos", "Ana", "Pedro", "Luis", "Rosa", "Jorge", "Elena", "Tom"]
SUR = ["Perez", "Lopez", "Mendez", "Ortiz", "Salas", "Petrov", "Berg", "Adler", "Olsen", "Kahn"]
PLACES = ["Lima", "Peru", "Mexico", "Chile", "Bogota", "Texas", "Ohio", "Canada", "Brazil"]
ORGS = ["the Department of Justice", "the DEA", "Acme Corporation", "the State Department"]
TITLES = ["President", "Senator", "Judge", "General", "Attorney General"]


def xorshift(seed=0x2545F4914F6CDD1D):
    state = seed
    mask = (1 << 64) - 1

    def nxt(n):
        nonlocal state
        state ^= (state << 13) & mask
        state ^= state >> 7
        state ^= (state << 17) & mask
        return state % n
    return nxt


def names(size, sentences=False):
    nxt = xorshift()
    out, n = [], 0
    while n < size:
        k = nxt(10)
        if k == 0:
            w = f"{GIVEN[nxt(len(GIVEN))]} {SUR[nxt(len(SUR))]}{['', 'a', 'e', 'o'][nxt(4)]}"
        elif k == 1:
            w = f"{TITLES[nxt(len(TITLES))]} {SUR[nxt(len(SUR))]}"
        elif k == 2:
            w = PLACES[nxt(len(PLACES))]
        elif k == 3:
            w = ORGS[nxt(len(ORGS))]
        else:
            w = WORDS[nxt(len(WORDS))]
        if sentences and nxt(12) == 0:
            w += "." if nxt(5) else ".\n"
        out.append(w)
        n += len(w) + 1
    return " ".join(out)


def dump(size):
    with open(os.path.join(ROOT, "data", "000_d85db44f8ae8b12d.txt"), encoding="utf-8") as f:
        flat = re.sub(r"[\n\r.!?…]", " ", f.read())
    return ((flat + " ") * (size // len(flat) + 1))[:size]


KINDS = {"dump": dump, "names": names, "doc": lambda size: names(size, sentences=True)}


def run(binary, path):
    out = path + ".json"
    start = time.monotonic()
    proc = subprocess.Popen([binary, "build", path, "-q", "-o", out])
    _, status, usage = os.wait4(proc.pid, 0)
    secs = time.monotonic() - start
    if status != 0:
        sys.exit(f"{binary} failed on {path} (status {status})")
    return secs, usage.ru_maxrss * 1024, os.path.getsize(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kinds", default="dump,names,doc")
    ap.add_argument("--sizes", default="1,2,4,8,16", help="megabytes")
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "newsgraph"))
    ap.add_argument("--max-exponent", type=float, default=1.35)
    a = ap.parse_args()
    last = []  # the exponent of each kind's last doubling
    with tempfile.TemporaryDirectory() as tmp:
        for kind in a.kinds.split(","):
            print(f"{kind}:")
            print(f"  {'MB':>4} {'seconds':>8} {'s/MB':>6} {'peak MB':>8} {'RSS/byte':>8} {'out MB':>7} {'exponent':>8}")
            prev = None
            for mb in [int(x) for x in a.sizes.split(",")]:
                path = os.path.join(tmp, f"{kind}{mb}.txt")
                with open(path, "w", encoding="utf-8") as f:
                    f.write(KINDS[kind](mb * 1_000_000))
                secs, rss, out = run(a.bin, path)
                exp = ""
                if prev:
                    e = math.log(secs / prev[1]) / math.log(mb / prev[0])
                    exp = f"{e:.2f}"
                print(f"  {mb:>4} {secs:>8.2f} {secs / mb:>6.2f} {rss / 1e6:>8.0f} {rss / (mb * 1e6):>8.1f}"
                      f" {out / 1e6:>7.1f} {exp:>8}")
                prev = (mb, secs, exp and e)
                os.remove(path)
                os.remove(path + ".json")
            if prev and prev[2]:
                last.append((kind, prev[2]))
    worst = max(last, key=lambda k: k[1], default=("", 0.0))
    if worst[1] > a.max_exponent:
        sys.exit(f"{worst[0]}: time grows faster than linearly: exponent {worst[1]:.2f} > {a.max_exponent}")


if __name__ == "__main__":
    main()
