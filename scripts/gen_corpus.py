#!/usr/bin/env python3
"""Generate a large JSON Lines corpus from real articles, for build benchmarks (issue 7).

Reads the dev-set articles (default: ../shared/corpus/*.txt and data/*.txt, duplicates by
content removed) and writes copies of them as JSON Lines records until the file reaches the
requested size. Each record gets a distinct id, the article's front-matter title/date/source,
a "path" field (FILE:LINE of the record itself, so a sharded run names documents the way a
single build does) and light variation: one body paragraph may be left out, and the paragraphs
after the first may be rotated. The output is deterministic for a given size and seed.

    python3 scripts/gen_corpus.py --mb 100 -o target/corpus-100mb.jsonl
    python3 scripts/gen_corpus.py --mb 10 -o target/corpus-10mb.jsonl

The output belongs outside git (target/ is ignored).
"""

import argparse
import glob
import hashlib
import json
import os
import random
import sys


def front_matter(text):
    """Splits '---' front matter off the text: (fields, body)."""
    if not text.startswith("---\n"):
        return {}, text
    end = text.find("\n---\n", 4)
    if end < 0:
        return {}, text
    fields = {}
    for line in text[4:end].splitlines():
        if ":" in line:
            k, v = line.split(":", 1)
            fields[k.strip()] = v.strip().strip('"')
    return fields, text[end + 5:]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=100.0, help="size of the output in MB (10^6 bytes)")
    ap.add_argument("-o", "--output", required=True, help="output .jsonl file")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("articles", nargs="*", help="article files (default: the dev set and data/)")
    a = ap.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(here)
    paths = a.articles or sorted(
        glob.glob(os.path.join(repo, "..", "shared", "corpus", "*.txt"))
        + glob.glob("/work/shared/corpus/*.txt")
        + glob.glob(os.path.join(repo, "data", "*.txt"))
    )
    seen, arts = set(), []
    for p in paths:
        text = open(p, encoding="utf-8").read()
        h = hashlib.sha1(text.encode()).hexdigest()
        if h in seen:
            continue
        seen.add(h)
        fields, body = front_matter(text)
        stem = os.path.splitext(os.path.basename(p))[0]
        arts.append((stem, fields, body))
    if not arts:
        sys.exit("gen_corpus.py: no articles found")
    rng = random.Random(a.seed)
    target = int(a.mb * 1_000_000)
    name = os.path.basename(a.output)
    tmp = a.output + ".tmp"
    size, line = 0, 0
    with open(tmp, "w", encoding="utf-8") as out:
        while size < target:
            for stem, fields, body in arts:
                line += 1
                paras = [p for p in body.split("\n\n") if p.strip()]
                if len(paras) > 3 and rng.random() < 0.5:
                    del paras[rng.randrange(1, len(paras))]
                if len(paras) > 3 and rng.random() < 0.3:
                    k = rng.randrange(1, len(paras))
                    paras = paras[:1] + paras[k:] + paras[1:k]
                rec = {"id": f"{stem}-{line:07d}", "text": "\n\n".join(paras) + "\n", "path": f"{name}:{line}"}
                for k in ("title", "date", "source"):
                    if k in fields:
                        rec[k] = fields[k]
                s = json.dumps(rec, ensure_ascii=False) + "\n"
                out.write(s)
                size += len(s.encode("utf-8"))
                if size >= target:
                    break
    os.replace(tmp, a.output)
    print(f"{a.output}: {line} documents, {size / 1e6:.1f} MB from {len(arts)} articles", file=sys.stderr)


if __name__ == "__main__":
    main()
