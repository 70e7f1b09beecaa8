#!/usr/bin/env bash
# Installs the programs that open newsgraph's exports in tests/readers.rs, when missing:
# Graphviz (dot), Chromium, npm (Debian packages), networkx >= 3.4 and antlr4-cypher (PyPI),
# and Mermaid's browser bundle (npm registry) under target/test-readers/.
# Idempotent; run by `cargo test` (tests/readers.rs) and by .ci/run. Needs root for apt-get.
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
command -v dot >/dev/null 2>&1 || missing+=(graphviz)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
fi
pip_install() {
  python3 -m pip install -q "$@" || python3 -m pip install -q --break-system-packages "$@"
}
# networkx >= 3.4 for node_link_graph(..., edges="links")
python3 -c 'import sys, networkx; sys.exit(tuple(map(int, networkx.__version__.split(".")[:2])) < (3, 4))' \
  2>/dev/null || pip_install 'networkx>=3.4'
python3 -c 'import antlr4_cypher' 2>/dev/null || pip_install antlr4-cypher
# Mermaid's browser bundle (rendered in Chromium by tests/readers.py), from the npm registry
mermaid_dir=target/test-readers/mermaid-12.3.0
if [ ! -f "$mermaid_dir/mermaid.min.js" ]; then
  mkdir -p "$mermaid_dir"
  (cd "$mermaid_dir" && npm pack --silent mermaid@12.3.0 >/dev/null \
    && tar xzf mermaid-12.3.0.tgz package/dist/mermaid.min.js \
    && mv package/dist/mermaid.min.js . && rm -rf package mermaid-12.3.0.tgz)
fi
