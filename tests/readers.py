#!/usr/bin/env python3
"""Opens newsgraph's exports with the tools that read them, and checks they agree with the JSON.

Run by tests/readers.rs (so by `cargo test` and .ci/run):

    python3 tests/readers.py [--labels LABELS.json] DIR...

For every `STEM.json` in each DIR, the sibling files of the same graph are read with:
- networkx: `node_link_graph` (JSON), `read_graphml`, `read_gexf` (1.3), `cytoscape_graph`;
  node and edge counts, node labels and (source, target, relation) triples must equal the JSON's;
- Python's csv module for the Neo4j CSV files (neo4j-admin's quoting), and the openCypher
  grammar (antlr4-cypher) for every statement of the Cypher script, whose string literals must
  decode to the ids and labels;
- Graphviz `dot -Tsvg` for the DOT file (renders, one SVG node per graph node);
- an XML parser for the SVG (every drawn node's <title> is its label, the visible text is the
  label wrapped; above 80 nodes the 80 most connected are drawn and the caption says so);
- headless Chromium for the HTML view: the DOM has one node element per node, the search given
  in the address (`#q=NAME&actors=1`) lists and selects the node and the actor view links the
  right actors; a harness page then clicks a node (its details list its aliases, mentions and
  evidence), toggles every type filter, zooms and pans, through the page's own DOM;
- Mermaid itself (its browser bundle, rendered in headless Chromium) for the flowchart: it
  renders, with one node per graph node showing its label and one link per edge; the
  statements are also read line by line.
With --labels, the JSON of the graph in that DIR must hold each of those labels exactly.

A missing reader is an error with the command that installs it, never a skip.
"""

import argparse
import csv
import glob
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.parse
import xml.etree.ElementTree as ET

MAX_SVG_NODES = 80


def need(module, install):
    try:
        return __import__(module)
    except ImportError:
        sys.exit(f"readers.py: the Python module '{module}' is missing: run `{install}` (.ci/run does)")


nx = need("networkx", "pip install networkx")
need("antlr4_cypher", "pip install antlr4-cypher")
from antlr4 import CommonTokenStream, InputStream  # noqa: E402
from antlr4.error.ErrorListener import ErrorListener  # noqa: E402
from antlr4_cypher import CypherLexer, CypherParser  # noqa: E402


def tool(name, install):
    path = shutil.which(name)
    if not path:
        sys.exit(f"readers.py: '{name}' is not on PATH: run `{install}` (.ci/run does)")
    return path


DOT = tool("dot", "apt-get install -y graphviz")
CHROMIUM = os.environ.get("CHROMIUM") or tool("chromium", "apt-get install -y chromium")
MERMAID_VERSION = "12.3.0"
MERMAID_JS = os.environ.get("MERMAID_JS") or os.path.join(
    os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
    "target", "test-readers", f"mermaid-{MERMAID_VERSION}", "mermaid.min.js")
if not os.path.isfile(MERMAID_JS):
    sys.exit(f"readers.py: Mermaid's browser bundle is missing at {MERMAID_JS}: fetch it with "
             f"`npm pack mermaid@{MERMAID_VERSION}` and extract package/dist/mermaid.min.js there "
             f"(.ci/run does), or point MERMAID_JS at one")


class Failure(Exception):
    pass


def check(cond, what):
    if not cond:
        raise Failure(what)


def same(actual, expected, what):
    if actual != expected:
        raise Failure(f"{what}: got {actual!r}, expected {expected!r}")


def triples(g, rel):
    return sorted((u, v, d[rel]) for u, v, d in g.edges(data=True))


# ---------------------------------------------------------------- networkx readers


def check_networkx(stem, ref):
    labels, links = ref["labels"], ref["triples"]
    g = nx.read_graphml(stem + ".graphml")
    same((g.number_of_nodes(), g.number_of_edges()), ref["counts"], "graphml counts")
    same({n: d["label"] for n, d in g.nodes(data=True)}, labels, "graphml labels")
    same(triples(g, "relation"), links, "graphml edges")

    g = nx.read_gexf(stem + ".gexf", version="1.3")
    same((g.number_of_nodes(), g.number_of_edges()), ref["counts"], "gexf counts")
    same({n: d["label"] for n, d in g.nodes(data=True)}, labels, "gexf labels")
    same(triples(g, "label"), links, "gexf edges")
    check(all("color" in d.get("viz", {}) for _, d in g.nodes(data=True)), "gexf: a node has no viz:color")
    by_type = {}
    for _, d in g.nodes(data=True):
        c = d["viz"]["color"]
        by_type.setdefault(d["type"] if d["kind"] == "entity" else "event", set()).add((c["r"], c["g"], c["b"]))
    check(all(len(cs) == 1 for cs in by_type.values()), f"gexf: one type, several colours: {by_type}")
    check(len({next(iter(cs)) for cs in by_type.values()}) == len(by_type), f"gexf: types share a colour: {by_type}")

    with open(stem + ".cyjs", encoding="utf-8") as f:
        g = nx.cytoscape_graph(json.load(f))
    same((g.number_of_nodes(), g.number_of_edges()), ref["counts"], "cytoscape counts")
    same({n: d["name"] for n, d in g.nodes(data=True)}, labels, "cytoscape labels")
    same(triples(g, "relation"), links, "cytoscape edges")


# ---------------------------------------------------------------- Neo4j


def check_neo4j(stem, ref, nodes):
    with open(stem + ".nodes.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    same(len(rows), ref["counts"][0], "nodes.csv rows")
    by_id = {n["id"]: n for n in nodes}
    for r in rows:
        n = by_id.get(r["id:ID"])
        check(n is not None, f"nodes.csv: unknown id {r['id:ID']!r}")
        same(r["label"], n["label"], "nodes.csv label")
        kind, ty = r[":LABEL"].split(";")
        same((kind, ty), (n["kind"].capitalize(), n["type"].capitalize()), "nodes.csv :LABEL")
        aliases = r["aliases:string[]"].split(";") if r["aliases:string[]"] else []
        same(aliases, [a.replace(";", ",") for a in n["aliases"]], "nodes.csv aliases")
        same(int(r["mentions:int"]), len(n["mentions"]), "nodes.csv mentions")
    with open(stem + ".relationships.csv", newline="", encoding="utf-8") as f:
        rels = list(csv.DictReader(f))
    same(sorted((r[":START_ID"], r[":END_ID"], r["relation"]) for r in rels), ref["triples"], "relationships.csv")
    check(all(r[":TYPE"] == r["relation"].upper() for r in rels), "relationships.csv :TYPE")

    with open(stem + ".cypher", encoding="utf-8") as f:
        script = f.read()
    merges = matches = 0
    strings = set()
    for number, line in enumerate(script.splitlines(), 1):
        if not line or line.startswith("//"):
            continue
        if line.startswith("CREATE CONSTRAINT"):
            # schema commands are outside the openCypher grammar: check their exact form
            check(re.fullmatch(r"CREATE CONSTRAINT \w+ IF NOT EXISTS FOR \(n:\w+\) REQUIRE n\.id IS UNIQUE;", line),
                  f"cypher line {number}: {line}")
            continue
        errors, tokens = parse_cypher(line)
        check(not errors, f"cypher line {number}: {errors}: {line[:200]}")
        strings.update(decode_cypher(t.text) for t in tokens if t.type == CypherLexer.STRING_LITERAL)
        merges += line.startswith("MERGE (n:")
        matches += line.startswith("MATCH (a:")
    same((merges, matches), ref["counts"], "cypher MERGE statements")
    for n in nodes:
        check(n["id"] in strings and n["label"] in strings, f"cypher: {n['id']!r} / {n['label']!r} not in a literal")


class Errors(ErrorListener):
    def __init__(self):
        self.errors = []

    def syntaxError(self, recognizer, symbol, line, column, msg, e):  # noqa: N802 (antlr's name)
        self.errors.append(f"{line}:{column} {msg}")


def parse_cypher(statement):
    errors = Errors()
    lexer = CypherLexer(InputStream(statement))
    lexer.removeErrorListeners()
    lexer.addErrorListener(errors)
    tokens = CommonTokenStream(lexer)
    parser = CypherParser(tokens)
    parser.removeErrorListeners()
    parser.addErrorListener(errors)
    parser.script()
    return errors.errors, tokens.tokens


CYPHER_ESCAPES = {"\\": "\\", "'": "'", '"': '"', "n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f"}


def decode_cypher(literal):
    body, out, i = literal[1:-1], [], 0
    while i < len(body):
        c = body[i]
        if c != "\\":
            out.append(c)
            i += 1
        elif body[i + 1] == "u":
            out.append(chr(int(body[i + 2:i + 6], 16)))
            i += 6
        else:
            out.append(CYPHER_ESCAPES[body[i + 1]])
            i += 2
    return "".join(out)


# ---------------------------------------------------------------- DOT, SVG, Mermaid

SVG_NS = "{http://www.w3.org/2000/svg}"


def check_dot(stem, ref, nodes):
    r = subprocess.run([DOT, "-Tsvg", stem + ".dot"], capture_output=True, timeout=300)
    check(r.returncode == 0, f"dot -Tsvg failed: {r.stderr.decode(errors='replace')[:500]}")
    root = ET.fromstring(r.stdout)
    groups = [g for g in root.iter(SVG_NS + "g")]
    same(sum(g.get("class") == "node" for g in groups), ref["counts"][0], "dot -Tsvg nodes")
    same(sum(g.get("class") == "edge" for g in groups), ref["counts"][1], "dot -Tsvg edges")
    texts = {t.text for t in root.iter(SVG_NS + "text")}
    for n in nodes:
        for line in n["label"].split("\n"):
            check(line.strip() in texts or line in texts, f"dot -Tsvg: label line {line!r} not drawn")


def check_svg(stem, ref):
    root = ET.parse(stem + ".svg").getroot()
    same(root.tag, SVG_NS + "svg", "svg root")
    drawn = [g for g in root.iter(SVG_NS + "g") if (g.get("class") or "").split()[:1] == ["node"]]
    n = ref["counts"][0]
    same(len(drawn), min(n, MAX_SVG_NODES), "svg drawn nodes")
    for g in drawn:
        node_id = g.get("data-id")
        check(node_id in ref["labels"], f"svg: unknown node {node_id!r}")
        label = ref["labels"][node_id]
        same(g.find(SVG_NS + "title").text or "", label, "svg node title")
        shown = " ".join(t.text or "" for t in g.iter(SVG_NS + "tspan"))
        same(shown, " ".join(label.split()), "svg node text")
    caption = "".join(t.text or "" for t in root.iter(SVG_NS + "text") if t.get("class") == "caption")
    if n > MAX_SVG_NODES:
        check(f"most connected of {n} nodes" in caption, f"svg: a partial drawing must say so: {caption!r}")


MERMAID_ENTITIES = {"quot": '"', "amp": "&", "lt": "<", "gt": ">"}


def decode_mermaid(s):
    s = s.replace("<br>", "\n")
    return re.sub(r"#(\w+);", lambda m: chr(int(m.group(1))) if m.group(1).isdigit() else MERMAID_ENTITIES[m.group(1)], s)


def check_mermaid(stem, ref, nodes):
    with open(stem + ".mmd", encoding="utf-8") as f:
        lines = f.read().splitlines()
    same(lines[1], "flowchart LR", "mermaid header")
    shapes = r'(\(\[|\[\[|\{\{|\[|\{|>)"([^"]*)"(\]\)|\]\]|\}\}|\]|\})'
    labels = {}
    edges = 0
    for line in lines[2:]:
        if m := re.fullmatch(r"  (n\d+)" + shapes, line):
            labels[m.group(1)] = decode_mermaid(m.group(3))
        elif re.fullmatch(r'  n\d+ -->\|"[a-z_]+"\| n\d+', line):
            edges += 1
        else:
            check(re.fullmatch(r"  (classDef|class) .*", line), f"mermaid: unexpected line {line!r}")
    same((len(labels), edges), ref["counts"], "mermaid statements")
    expected = [n["label"] + (f"\n({n['type']})" if n["kind"] == "event" else "") for n in nodes]
    same(sorted(labels.values()), sorted(expected), "mermaid labels")
    MERMAID_PENDING.append((stem, "\n".join(lines), expected, ref["counts"][1]))


class Text(html.parser.HTMLParser):
    """The text of an HTML fragment, with <br> as a line break."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag == "br":
            self.parts.append("\n")

    def handle_data(self, data):
        self.parts.append(data)


def html_text(fragment):
    t = Text()
    t.feed(fragment)
    t.close()
    return "".join(t.parts)


MERMAID_PENDING = []  # (stem, diagram, expected labels, edge count), rendered together per folder


def render_mermaid(batch):
    """Renders flowcharts with Mermaid in one Chromium page, as a Markdown renderer would, and
    returns the failures per stem."""
    if not batch:
        return []
    diagrams = [d for _, d, _, _ in batch]
    limits = {"maxTextSize": max([50000] + [len(d) + 1 for d in diagrams]),
              "maxEdges": max([500] + [e + 1 for _, _, _, e in batch])}
    source = json.dumps(diagrams).replace("</", "<\\/")  # no "</script>" inside the script
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<script src="{urllib.parse.quote(os.path.abspath(MERMAID_JS))}"></script>
<script>
mermaid.initialize(Object.assign({{startOnLoad: false, securityLevel: "strict"}}, {json.dumps(limits)}));
var diagrams = {source};
(async function () {{
  for (var i = 0; i < diagrams.length; i++) {{
    var div = document.createElement("div");
    div.id = "out-" + i;
    document.body.appendChild(div);
    try {{ div.innerHTML = (await mermaid.render("g" + i, diagrams[i])).svg; div.dataset.done = "ok"; }}
    catch (e) {{ div.dataset.done = "error"; div.textContent = String(e); }}
  }}
  document.body.dataset.done = "all";
}})();
</script></body></html>"""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "mermaid.html")
        with open(path, "w", encoding="utf-8") as f:
            f.write(page)
        r = subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--no-first-run", f"--user-data-dir={tmp}/profile", "--allow-file-access-from-files",
             f"--virtual-time-budget={5000 + 3000 * len(batch)}", "--dump-dom", "file://" + urllib.parse.quote(path)],
            capture_output=True, timeout=600)
    if r.returncode != 0:
        return [f"mermaid: chromium failed ({r.returncode}): {r.stderr.decode(errors='replace')[-800:]}"]
    dom = r.stdout.decode("utf-8")
    if 'data-done="all"' not in dom:
        return [f"mermaid: the page did not finish rendering ({len(batch)} diagrams)"]
    failures = []
    starts = [(m.start(), int(m.group(1)), m.group(2)) for m in re.finditer(r'<div id="out-(\d+)" data-done="(\w+)">', dom)]
    for n, (at, i, done) in enumerate(starts):
        stem, _, expected, edges = batch[i]
        part = dom[at:starts[n + 1][0] if n + 1 < len(starts) else len(dom)]
        try:
            check(done == "ok", f"mermaid did not render: {html_text(part)[:300]}")
            shown = {}
            node = rf'<g class="node[^"]*" id="g{i}-flowchart-n(\d+)-\d+".*?class="nodeLabel[^"]*"><p>(.*?)</p>'
            for m in re.finditer(node, part, re.S):
                shown[int(m.group(1))] = html_text(m.group(2))
            same(sorted(shown), list(range(len(expected))), "mermaid: rendered nodes")
            for k, label in enumerate(expected):
                same(shown[k], label, f"mermaid: node n{k} shows")
            same(len(re.findall(r'<path[^>]*class="[^"]*flowchart-link', part)), edges, "mermaid: rendered links")
        except Failure as e:
            failures.append(f"{stem}: mermaid render: {e}")
    same(len(starts), len(batch), "mermaid: rendered diagrams")
    return failures


# ---------------------------------------------------------------- HTML in Chromium


class Dom(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.nodes, self.matches, self.results, self.details, self.ready = [], [], [], None, False
        self.hidden, self.derived = [], []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if tag == "g" and classes[:1] == ["node"]:
            self.nodes.append(a.get("data-id"))
            if "display: none" in (a.get("style") or ""):
                self.hidden.append(a.get("data-id"))
            if "match" in classes:
                self.matches.append(a.get("data-id"))
        elif tag == "g" and classes[:2] == ["link", "derived"] and "display: none" not in (a.get("style") or ""):
            self.derived.append(tuple(sorted((a.get("data-source"), a.get("data-target")))))
        elif tag == "li" and "result" in classes:
            self.results.append(a.get("data-id"))
        elif tag == "section" and a.get("id") == "details":
            self.details = a.get("data-id")
        elif tag == "body":
            self.ready = a.get("data-ready") == "true"


def check_html(stem, ref, nodes):
    with open(stem + ".html", encoding="utf-8") as f:
        page = f.read()
    m = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', page, re.S)
    check(m, "html: no embedded graph data")
    data = json.loads(m.group(1))
    same({n["id"]: n["label"] for n in data["nodes"]}, ref["labels"], "html embedded labels")
    same(page.count("</script"), 2, "html: script end tags (a label broke out)")
    check(not re.search(r"(src|href)=\"https?:", page), "html: loads something from the network")
    if not nodes:
        return
    # in the actor view (actors=1), search for the most linked entity by its exact label
    degree = {n["id"]: 0 for n in nodes}
    for u, v, _ in ref["triples"]:
        degree[u] += 1
        degree[v] += 1
    target = max(nodes, key=lambda n: (n["kind"] == "entity", degree[n["id"]], n["id"]))
    url = ("file://" + urllib.parse.quote(os.path.abspath(stem + ".html")) + "#q="
           + urllib.parse.quote(target["label"], safe="") + "&actors=1")
    with tempfile.TemporaryDirectory() as profile:
        r = subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--no-first-run", f"--user-data-dir={profile}", "--virtual-time-budget=5000", "--dump-dom", url],
            capture_output=True, timeout=180)
    check(r.returncode == 0, f"chromium failed ({r.returncode}): {r.stderr.decode(errors='replace')[-800:]}")
    dom = Dom()
    dom.feed(r.stdout.decode("utf-8"))
    check(dom.ready, "html: the script did not finish (body has no data-ready)")
    same(sorted(dom.nodes), sorted(ref["labels"]), "html: rendered node elements")
    check(target["id"] in dom.results, f"html: search {target['label']!r} did not list {target['id']!r}: {dom.results}")
    check(target["id"] in dom.matches, f"html: search {target['label']!r} did not mark {target['id']!r}")
    same(dom.details, dom.results[0], "html: the first result is selected")
    # actors only: events hidden, entities shown, one link per pair of actors that share an
    # event or a relation
    kind = {n["id"]: n["kind"] for n in nodes}
    same(sorted(dom.hidden), sorted(i for i, k in kind.items() if k == "event"), "html actor view: hidden nodes")
    pairs = {tuple(sorted((u, v))) for u, v, _ in ref["triples"] if kind[u] == kind[v] == "entity" and u != v}
    for e in (i for i, k in kind.items() if k == "event"):
        actors = sorted({v if u == e else u for u, v, _ in ref["triples"] if e in (u, v)} - {e})
        actors = [a for a in actors if kind[a] == "entity"]
        pairs.update((a, b) for i, a in enumerate(actors) for b in actors[i + 1:])
    same(sorted(dom.derived), sorted(pairs), "html actor view: actor-to-actor links")
    check_html_interaction(stem, ref, nodes)


HARNESS = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<iframe id="f" src="%(url)s" style="width:1200px;height:800px"></iframe><pre id="log"></pre>
<script>
var f = document.getElementById("f"), out = {};
function transform(d) { return d.getElementById("viewport").getAttribute("transform"); }
f.addEventListener("load", function () {
  try {
    var d = f.contentDocument, target = %(target)s;
    var node = Array.prototype.find.call(d.querySelectorAll("g.node"), function (g) { return g.dataset.id === target; });
    node.dispatchEvent(new MouseEvent("click", {bubbles: true}));
    var details = d.getElementById("details");
    out.selected = details.dataset.id;
    out.details = details.textContent;
    out.evidence = details.querySelectorAll("ul.evidence li").length;
    out.filters = {};
    Array.prototype.forEach.call(d.querySelectorAll("#filters input"), function (box) {
      box.checked = false; box.dispatchEvent(new Event("change"));
      var hidden = Array.prototype.filter.call(d.querySelectorAll("g.node"), function (g) { return g.style.display === "none"; });
      out.filters[box.dataset.type] = hidden.map(function (g) { return g.dataset.id; });
      box.checked = true; box.dispatchEvent(new Event("change"));
    });
    var svg = d.getElementById("view");
    out.t0 = transform(d);
    d.getElementById("zoom-in").click();
    out.zoomed = transform(d);
    svg.dispatchEvent(new WheelEvent("wheel", {deltaY: -300, clientX: 100, clientY: 100, bubbles: true, cancelable: true}));
    out.wheeled = transform(d);
    svg.dispatchEvent(new PointerEvent("pointerdown", {clientX: 300, clientY: 300, bubbles: true, pointerId: 1}));
    svg.dispatchEvent(new PointerEvent("pointermove", {clientX: 350, clientY: 320, bubbles: true, pointerId: 1}));
    svg.dispatchEvent(new PointerEvent("pointerup", {clientX: 350, clientY: 320, bubbles: true, pointerId: 1}));
    out.panned = transform(d);
  } catch (e) { out.error = String(e); }
  document.getElementById("log").textContent = JSON.stringify(out);
});
</script></body></html>"""


def parse_transform(t):
    m = re.fullmatch(r"translate\((-?[\d.e-]+),(-?[\d.e-]+)\) scale\((-?[\d.e-]+)\)", t or "")
    check(m, f"html: viewport transform {t!r}")
    return tuple(float(x) for x in m.groups())


def check_html_interaction(stem, ref, nodes):
    """Clicks a node, toggles every type filter, zooms and pans, through the page's own DOM."""
    links = {}
    for u, v, _ in ref["triples"]:
        links[u] = links.get(u, 0) + 1
        links[v] = links.get(v, 0) + 1
    target = max(nodes, key=lambda n: (len(n["aliases"]) > 0, links.get(n["id"], 0), n["id"]))
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "harness.html")
        with open(path, "w", encoding="utf-8") as f:
            f.write(HARNESS % {"url": "file://" + urllib.parse.quote(os.path.abspath(stem + ".html")),
                               "target": json.dumps(target["id"]).replace("</", "<\\/")})
        r = subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--no-first-run", f"--user-data-dir={tmp}/profile", "--allow-file-access-from-files",
             "--window-size=1400,1000", "--virtual-time-budget=5000", "--dump-dom", "file://" + urllib.parse.quote(path)],
            capture_output=True, timeout=180)
    check(r.returncode == 0, f"chromium failed ({r.returncode}): {r.stderr.decode(errors='replace')[-800:]}")
    m = re.search(r'<pre id="log">(.*?)</pre>', r.stdout.decode("utf-8"), re.S)
    check(m and m.group(1), "html interaction: the harness reported nothing")
    out = json.loads(html_text(m.group(1)))
    check("error" not in out, f"html interaction: {out.get('error')}")
    # click: the details show the node, its aliases, and every mention and piece of evidence
    same(out.get("selected"), target["id"], "html click: selected node")
    for alias in target["aliases"]:
        check(alias in out["details"], f"html click: alias {alias!r} not shown")
    with open(stem + ".json", encoding="utf-8") as f:
        data = json.load(f)
    evidence = len(target["mentions"]) + sum(len(l["evidence"]) for l in data["links"]
                                             if target["id"] in (l["source"], l["target"]))
    same(out["evidence"], evidence, "html click: mentions and evidence listed")
    # filters: unchecking a type hides exactly its nodes
    classes = {}
    for n in nodes:
        classes.setdefault(n["type"] if n["kind"] == "entity" else "event", []).append(n["id"])
    same(sorted(out["filters"]), sorted(classes), "html filters: one per type present")
    for t, ids in classes.items():
        same(sorted(out["filters"][t]), sorted(ids), f"html filter {t!r}: hidden nodes")
    # zoom (+ button, wheel) scales, dragging the background pans by the pointer's move
    x0, y0, k0 = parse_transform(out["t0"])
    _, _, k1 = parse_transform(out["zoomed"])
    check(abs(k1 / k0 - 1.25) < 1e-6 or k1 == 8, f"html zoom: {out['t0']} -> {out['zoomed']}")
    x2, y2, k2 = parse_transform(out["wheeled"])
    check(k2 > k1, f"html wheel: {out['zoomed']} -> {out['wheeled']}")
    x3, y3, k3 = parse_transform(out["panned"])
    same((round(x3 - x2, 6), round(y3 - y2, 6), k3), (50.0, 20.0, k2), "html pan")


# ---------------------------------------------------------------- driver


def check_graph(stem):
    with open(stem + ".json", encoding="utf-8") as f:
        data = json.load(f)
    g = nx.node_link_graph(data, edges="links")
    nodes = data["nodes"]
    ref = {
        "counts": (len(nodes), len(data["links"])),
        "labels": {n["id"]: n["label"] for n in nodes},
        "triples": sorted((l["source"], l["target"], l["relation"]) for l in data["links"]),
    }
    same((g.number_of_nodes(), g.number_of_edges()), ref["counts"], "node_link_graph counts")
    checks = [("networkx", lambda: check_networkx(stem, ref)), ("neo4j", lambda: check_neo4j(stem, ref, nodes)),
              ("dot", lambda: check_dot(stem, ref, nodes)), ("svg", lambda: check_svg(stem, ref)),
              ("mermaid", lambda: check_mermaid(stem, ref, nodes)), ("html", lambda: check_html(stem, ref, nodes))]
    failures = []
    for name, run in checks:
        try:
            run()
        except Failure as e:
            failures.append(f"{stem}: {name}: {e}")
        except Exception as e:  # a reader that refuses the file is a failure too
            failures.append(f"{stem}: {name}: {type(e).__name__}: {e}")
    print(f"{stem}: {ref['counts'][0]} nodes, {ref['counts'][1]} edges: "
          + ("ok" if not failures else f"{len(failures)} problem(s)"), flush=True)
    return ref, failures


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--labels", help="JSON list of labels the graphs must hold exactly")
    ap.add_argument("dirs", nargs="+")
    args = ap.parse_args()
    failures, graphs = [], 0
    for d in args.dirs:
        stems = sorted(p[:-5] for p in glob.glob(os.path.join(d, "*.json")))
        if not stems:
            failures.append(f"{d}: no *.json graphs")
        labels = set()
        for stem in stems:
            ref, fs = check_graph(stem)
            labels.update(ref["labels"].values())
            failures += fs
            graphs += 1
        try:
            failures += render_mermaid(MERMAID_PENDING)
        except Failure as e:
            failures.append(f"{d}: {e}")
        print(f"{d}: {len(MERMAID_PENDING)} Mermaid diagrams rendered", flush=True)
        MERMAID_PENDING.clear()
        if args.labels:
            with open(args.labels, encoding="utf-8") as f:
                for label in json.load(f):
                    if label not in labels:
                        failures.append(f"{d}: label {label!r} did not survive")
    for f in failures:
        print("FAIL", f, file=sys.stderr)
    print(f"readers: {graphs} graphs, {len(failures)} failures")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
