//! `newsgraph query GRAPH.json COMMAND`: questions asked of a built graph.
//!
//! Reads the graph JSON (`export::json::read`), turns the flags into library options, calls one
//! `graph::query` function and formats its answer: a table by default, JSON with `--json`. This
//! file only parses and formats; every answer is computed in `src/graph/query/`.
//!
//! Exit codes: 0 with results; 1 when the query matched nothing (including `find` with no
//! match, which prints suggestions); 2 on errors, among them a NAME that matches no entity
//! (with suggestions) and an unreadable graph (with the line and column of the problem).

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::{Path as FsPath, PathBuf};

use anyhow::{Context as _, Result};
use clap::Subcommand;
use serde::Serialize;

use newsgraph::export::{self, Format};
use newsgraph::graph::query::{
    self, ActorGraph, Centrality, ConnectionFilter, DateRange, EventFilter, MatchKind, NeighborOptions, Via,
};
use newsgraph::graph::{EdgeLabel, Evidence, KnowledgeGraph, Node, NodeKind, NodeType, snapshot};
use newsgraph::kinds::{EntityKind, EventKind};
use petgraph::stable_graph::{EdgeIndex, NodeIndex};

const EXAMPLES: &str = "\
Examples:
  newsgraph query graphs/corpus.json find \"rios montano\"
  newsgraph query graphs/corpus.json neighbors \"William Hale\" --depth 2 --type person
  newsgraph query graphs/corpus.json path \"William Hale\" \"Tomas Arkwell Brandt\"
  newsgraph query graphs/corpus.json path A B --all --max-len 4
  newsgraph query graphs/corpus.json ego Mexico --depth 1 -o mexico.dot
  newsgraph query graphs/corpus.json top --by pagerank --type person -n 5
  newsgraph query graphs/corpus.json events --type dismissal --from 2020-11 --json
A NAME is an entity's name or alias (case and accents ignored) or any node id.";

#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub(crate) struct QueryArgs {
    /// A graph written by `newsgraph build` (node-link JSON).
    #[arg(value_name = "GRAPH.json")]
    graph: PathBuf,
    /// Print JSON instead of a table.
    #[arg(long, global = true)]
    json: bool,
    /// Keep a binary snapshot beside the graph (GRAPH.json.ngsnap) and read it instead of the
    /// JSON while the JSON is unchanged: loads large graphs several times faster.
    #[arg(long, global = true)]
    cache: bool,
    #[command(subcommand)]
    command: QueryCommand,
}

#[derive(Debug, Subcommand)]
enum QueryCommand {
    /// Entities whose name, alias or title matches TEXT (case and accents ignored), best first.
    Find {
        /// What to look for.
        text: String,
        /// Show at most N matches.
        #[arg(short = 'n', long = "limit", value_name = "N", default_value_t = 20)]
        limit: usize,
    },
    /// Who is connected to NAME, through which relation or event, with the evidence.
    Neighbors {
        /// An entity's name or alias, or a node id.
        name: String,
        /// Steps away (1: direct neighbors).
        #[arg(long, value_name = "K", default_value_t = 1)]
        depth: usize,
        /// Show only neighbors of this entity type.
        #[arg(long = "type", value_name = "T", value_parser = parse_entity_kind)]
        kind: Option<EntityKind>,
        /// Walk only through this relation (employee_of), event type (dismissal) or role (agent).
        #[arg(long, value_name = "R", value_parser = parse_filter)]
        relation: Option<ConnectionFilter>,
    },
    /// The shortest chain of relations and events from A to B, every hop with its evidence.
    Path {
        /// Where the path starts (name or id).
        a: String,
        /// Where it ends (name or id).
        b: String,
        /// List every simple path up to --max-len hops (default 4), shortest first.
        #[arg(long)]
        all: bool,
        /// At most K hops.
        #[arg(long, value_name = "K")]
        max_len: Option<usize>,
        /// With --all, show at most N paths.
        #[arg(short = 'n', long = "limit", value_name = "N", default_value_t = 20)]
        limit: usize,
    },
    /// The subgraph within K steps of NAME, written in any export format.
    Ego {
        /// An entity's name or alias, or a node id.
        name: String,
        /// Steps away, as for neighbors.
        #[arg(long, value_name = "K", default_value_t = 1)]
        depth: usize,
        /// Output file (default: standard output); its extension picks the format.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Output format (default: from the output extension, else json).
        #[arg(short, long, value_name = "FORMAT")]
        format: Option<String>,
    },
    /// The most central actors (entities), counting links through shared events.
    Top {
        /// Measure: degree, pagerank or betweenness.
        #[arg(long, value_name = "MEASURE", default_value = "degree", value_parser = parse_centrality)]
        by: Centrality,
        /// Only actors of this entity type.
        #[arg(long = "type", value_name = "T", value_parser = parse_entity_kind)]
        kind: Option<EntityKind>,
        /// How many.
        #[arg(short = 'n', value_name = "N", default_value_t = 10)]
        n: usize,
    },
    /// Clusters of actors (Louvain modularity), with their members.
    Communities {
        /// Hide communities with fewer members.
        #[arg(long, value_name = "N", default_value_t = 2)]
        min_size: usize,
    },
    /// Events with their participants, roles, modality and time.
    Events {
        /// Only events of this type.
        #[arg(long = "type", value_name = "T", value_parser = parse_event_kind)]
        kind: Option<EventKind>,
        /// Only events NAME takes part in.
        #[arg(long, value_name = "NAME")]
        actor: Option<String>,
        /// Only events on or after DATE (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www).
        #[arg(long, value_name = "DATE", value_parser = parse_date)]
        from: Option<DateRange>,
        /// Only events on or before DATE.
        #[arg(long, value_name = "DATE", value_parser = parse_date)]
        to: Option<DateRange>,
    },
    /// Counts by node type, relation and event type; components; density.
    Stats,
}

fn names<T: Copy>(all: &[T], name: fn(T) -> &'static str) -> String {
    all.iter().map(|k| name(*k)).collect::<Vec<_>>().join(", ")
}

fn parse_entity_kind(s: &str) -> Result<EntityKind, String> {
    EntityKind::parse(s).ok_or_else(|| format!("expected one of: {}", names(EntityKind::ALL, EntityKind::as_str)))
}

fn parse_event_kind(s: &str) -> Result<EventKind, String> {
    EventKind::parse(s).ok_or_else(|| format!("expected one of: {}", names(EventKind::ALL, EventKind::as_str)))
}

fn parse_centrality(s: &str) -> Result<Centrality, String> {
    Centrality::parse(s).ok_or_else(|| format!("expected one of: {}", names(Centrality::ALL, Centrality::as_str)))
}

fn parse_filter(s: &str) -> Result<ConnectionFilter, String> {
    ConnectionFilter::parse(s)
        .ok_or_else(|| format!("expected a relation, event type or role: {}", ConnectionFilter::names().join(", ")))
}

fn parse_date(s: &str) -> Result<DateRange, String> {
    DateRange::parse(s).ok_or_else(|| "expected YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www or a decade like 198X".into())
}

/// Reads a graph, through its snapshot when `cache` is set (writing the snapshot when it is
/// missing, stale or damaged).
fn load(path: &FsPath, cache: bool) -> Result<KnowledgeGraph> {
    if !cache {
        return load_json(path);
    }
    let meta = std::fs::metadata(path).with_context(|| format!("reading '{}'", path.display()))?;
    let mtime = meta.modified().ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok());
    let key = format!("{} bytes, modified {}", meta.len(), mtime.map_or(0, |d| d.as_nanos()));
    let mut snap = path.as_os_str().to_owned();
    snap.push(".ngsnap");
    let snap = PathBuf::from(snap);
    match snapshot::read_file(&snap, &key) {
        Ok(Some(kg)) => return Ok(kg),
        // Stale, or not there yet.
        Ok(None) => {}
        Err(snapshot::ReadError::Io(e)) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => eprintln!("newsgraph: warning: {}: {e}; reading the JSON instead", snap.display()),
    }
    let kg = load_json(path)?;
    match export::write_file(&snap, |w| snapshot::write(&kg, &key, w)) {
        Ok(()) => eprintln!("newsgraph: cached the graph in '{}'", snap.display()),
        Err(e) => eprintln!("newsgraph: warning: no snapshot written: {e}"),
    }
    Ok(kg)
}

/// Reads a graph JSON file.
fn load_json(path: &FsPath) -> Result<KnowledgeGraph> {
    let bytes = std::fs::read(path).with_context(|| format!("reading '{}'", path.display()))?;
    let text = String::from_utf8(bytes).map_err(|e| newsgraph::Error::InvalidUtf8 {
        path: path.to_path_buf(),
        offset: e.utf8_error().valid_up_to(),
    })?;
    Ok(export::json::read(&text, path)?)
}

/// Resolves a NAME argument, noting on standard error when others match as well.
fn resolve(kg: &KnowledgeGraph, name: &str) -> Result<NodeIndex> {
    let r = query::find::resolve(kg, name)?;
    if !r.others.is_empty() {
        let others: Vec<String> = r.others.iter().take(3).map(|o| format!("'{}'", kg.node(*o).id)).collect();
        eprintln!(
            "newsgraph: note: '{name}' also matches {}{}; using '{}' (give an id to choose)",
            others.join(", "),
            if r.others.len() > 3 { format!(" and {} more", r.others.len() - 3) } else { String::new() },
            kg.node(r.node).id
        );
    }
    Ok(r.node)
}

pub(crate) fn run(a: QueryArgs) -> Result<i32> {
    let kg = load(&a.graph, a.cache)?;
    let stdout = io::stdout();
    let mut w = io::BufWriter::new(stdout.lock());
    let r = run_on(&kg, a.command, a.json, &mut w);
    let r = r.and_then(|code| w.flush().map(|()| code).map_err(Into::into));
    // The process ends here: freeing a large graph piece by piece would only delay the exit
    // (half a second at a million nodes); the system takes the memory back at once.
    std::mem::forget(kg);
    match r {
        Err(e) if e.downcast_ref::<io::Error>().is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe) => Ok(0),
        r => r,
    }
}

fn run_on(kg: &KnowledgeGraph, command: QueryCommand, json: bool, w: &mut dyn Write) -> Result<i32> {
    match command {
        QueryCommand::Find { text, limit } => find(kg, &text, limit, json, w),
        QueryCommand::Neighbors { name, depth, kind, relation } => {
            let center = resolve(kg, &name)?;
            let opts = NeighborOptions { depth, kind, filter: relation };
            neighbors(kg, center, &opts, json, w)
        }
        QueryCommand::Path { a, b, all, max_len, limit } => {
            let (x, y) = (resolve(kg, &a)?, resolve(kg, &b)?);
            let paths = if all {
                query::path::all_paths(kg, x, y, max_len.unwrap_or(4), limit)
            } else {
                query::path::shortest_path(kg, x, y, max_len).into_iter().collect()
            };
            paths_out(kg, x, y, &paths, json, w)
        }
        QueryCommand::Ego { name, depth, output, format } => {
            let center = resolve(kg, &name)?;
            let sub = query::ego::ego(kg, center, depth);
            let format = match (&format, &output) {
                (Some(f), _) => Format::parse(f)?,
                (None, Some(o)) => Format::from_path(o).unwrap_or(Format::Json),
                (None, None) => Format::Json,
            };
            match output {
                Some(o) => {
                    export::write_graph_file(&sub, format, &o)?;
                    eprintln!(
                        "newsgraph: {} nodes, {} edges around '{}' -> {}",
                        sub.node_count(),
                        sub.edge_count(),
                        kg.node(center).id,
                        o.display()
                    );
                }
                None => export::write(&sub, format, w)?,
            }
            Ok(0)
        }
        QueryCommand::Top { by, kind, n } => {
            let ag = ActorGraph::new(kg);
            let ranked = query::centrality::top(kg, &ag, by, kind, n);
            top(kg, by, &ranked, json, w)
        }
        QueryCommand::Communities { min_size } => {
            let ag = ActorGraph::new(kg);
            let p = query::communities::communities(kg, &ag, min_size);
            communities(kg, &ag, &p, json, w)
        }
        QueryCommand::Events { kind, actor, from, to } => {
            let actor = actor.map(|a| resolve(kg, &a)).transpose()?;
            let rows = query::events::events(kg, &EventFilter { kind, actor, from, to });
            events(kg, &rows, json, w)
        }
        QueryCommand::Stats => stats(kg, &query::stats::stats(kg), json, w),
    }
}

fn found_code(found: bool) -> i32 {
    if found { 0 } else { 1 }
}

// ---------------------------------------------------------------------------------------------
// JSON shapes (borrowing; the model types do not derive Serialize).

#[derive(Serialize)]
struct JNode<'a> {
    id: &'a str,
    label: &'a str,
    kind: &'static str,
    #[serde(rename = "type")]
    ty: &'static str,
}

fn jnode(n: &Node) -> JNode<'_> {
    JNode { id: &n.id, label: &n.label, kind: n.kind().as_str(), ty: n.ty.as_str() }
}

#[derive(Serialize)]
struct JEvidence<'a> {
    doc: &'a str,
    start: usize,
    end: usize,
    text: &'a str,
}

fn jevidence<'a>(ev: impl IntoIterator<Item = &'a Evidence>) -> Vec<JEvidence<'a>> {
    ev.into_iter().map(|e| JEvidence { doc: &e.doc, start: e.start, end: e.end, text: &e.text }).collect()
}

fn write_json(w: &mut dyn Write, value: &impl Serialize) -> Result<()> {
    serde_json::to_writer_pretty(&mut *w, value).context("writing JSON")?;
    writeln!(w)?;
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Tables.

/// Rows of cells under a header, columns padded to the widest cell; each row may carry
/// indented detail lines (evidence) printed below it.
struct Table {
    head: Vec<&'static str>,
    rows: Vec<(Vec<String>, Vec<String>)>,
}

impl Table {
    fn new(head: &[&'static str]) -> Self {
        Table { head: head.to_vec(), rows: Vec::new() }
    }

    fn row(&mut self, cells: Vec<String>, details: Vec<String>) {
        self.rows.push((cells, details));
    }

    fn write(&self, w: &mut dyn Write) -> io::Result<()> {
        let mut width: Vec<usize> = self.head.iter().map(|h| h.chars().count()).collect();
        for (cells, _) in &self.rows {
            for (i, c) in cells.iter().enumerate() {
                width[i] = width[i].max(c.chars().count());
            }
        }
        let line = |w: &mut dyn Write, cells: &[String]| -> io::Result<()> {
            let mut s = String::new();
            for (i, c) in cells.iter().enumerate() {
                if i + 1 < cells.len() {
                    s.push_str(&format!("{c:<0$}  ", width[i]));
                } else {
                    s.push_str(c);
                }
            }
            writeln!(w, "{}", s.trim_end())
        };
        line(w, &self.head.iter().map(|h| h.to_string()).collect::<Vec<_>>())?;
        for (cells, details) in &self.rows {
            line(w, cells)?;
            for d in details {
                writeln!(w, "      {d}")?;
            }
        }
        Ok(())
    }
}

/// `"text" [doc start-end]` on one line.
fn quote(e: &Evidence) -> String {
    format!("\"{}\" [{} {}-{}]", e.text.split_whitespace().collect::<Vec<_>>().join(" "), e.doc, e.start, e.end)
}

/// Up to three quotes, distinct by text, then how many more there are.
fn quotes<'a>(ev: impl IntoIterator<Item = &'a Evidence>) -> Vec<String> {
    let mut seen: Vec<&Evidence> = Vec::new();
    for e in ev {
        if !seen.iter().any(|s| s.text == e.text) {
            seen.push(e);
        }
    }
    let mut out: Vec<String> = seen.iter().take(3).map(|e| quote(e)).collect();
    if seen.len() > 3 {
        out.push(format!("(+{} more; --json lists all)", seen.len() - 3));
    }
    out
}

/// "person", or "dismissal event".
fn type_name(n: &Node) -> String {
    match n.ty {
        NodeType::Entity(k) => k.as_str().to_string(),
        NodeType::Event(k) => format!("{k} event"),
    }
}

/// `Label (type)`, with modality for events.
fn describe(n: &Node) -> String {
    match &n.event {
        Some(e) => format!("{} ({}, {})", n.label, type_name(n), e.modality.as_str()),
        None => format!("{} ({})", n.label, type_name(n)),
    }
}

// ---------------------------------------------------------------------------------------------
// Commands.

fn find(kg: &KnowledgeGraph, text: &str, limit: usize, json: bool, w: &mut dyn Write) -> Result<i32> {
    let found = query::find::find(kg, text);
    let suggestions = if found.is_empty() { query::find::suggest(kg, text, 3) } else { Vec::new() };
    if found.is_empty() {
        let hint = if suggestions.is_empty() {
            String::new()
        } else {
            format!("; did you mean {}?", suggestions.iter().map(|s| format!("'{s}'")).collect::<Vec<_>>().join(", "))
        };
        eprintln!("newsgraph: nothing matches '{text}'{hint}");
    }
    let shown = &found[..found.len().min(limit)];
    if json {
        #[derive(Serialize)]
        struct JFound<'a> {
            #[serde(flatten)]
            node: JNode<'a>,
            #[serde(rename = "match")]
            how: &'static str,
            name: &'a str,
            aliases: Vec<&'a str>,
            titles: Vec<&'a str>,
            mentions: usize,
        }
        #[derive(Serialize)]
        struct JFind<'a> {
            query: &'a str,
            total: usize,
            matches: Vec<JFound<'a>>,
            suggestions: &'a [String],
        }
        let matches = shown
            .iter()
            .map(|f| {
                let n = kg.node(f.node);
                JFound {
                    node: jnode(n),
                    how: f.kind.as_str(),
                    name: &f.name,
                    aliases: n.aliases.iter().map(String::as_str).collect(),
                    titles: n.titles.iter().map(String::as_str).collect(),
                    mentions: n.mentions.len(),
                }
            })
            .collect();
        write_json(w, &JFind { query: text, total: found.len(), matches, suggestions: &suggestions })?;
    } else if !found.is_empty() {
        let mut t = Table::new(&["#", "NAME", "TYPE", "MATCH", "MENTIONS", "ID"]);
        for (i, f) in shown.iter().enumerate() {
            let n = kg.node(f.node);
            let how = if f.kind == MatchKind::Label || f.name == n.label {
                f.kind.as_str().to_string()
            } else {
                format!("{} '{}'", f.kind.as_str(), f.name)
            };
            let mut details = Vec::new();
            if !n.aliases.is_empty() {
                details.push(format!("aliases: {}", n.aliases.iter().cloned().collect::<Vec<_>>().join("; ")));
            }
            if !n.titles.is_empty() {
                details.push(format!("titles: {}", n.titles.iter().cloned().collect::<Vec<_>>().join("; ")));
            }
            t.row(
                vec![
                    (i + 1).to_string(),
                    n.label.clone(),
                    type_name(n),
                    how,
                    n.mentions.len().to_string(),
                    n.id.clone(),
                ],
                details,
            );
        }
        t.write(w)?;
        if found.len() > shown.len() {
            writeln!(w, "({} more; raise --limit)", found.len() - shown.len())?;
        }
    }
    Ok(found_code(!found.is_empty()))
}

/// The evidence of a connection: its edge's, or both role edges' of its event.
fn via_evidence<'a>(kg: &'a KnowledgeGraph, via: &Via) -> Vec<&'a Evidence> {
    let g = kg.petgraph();
    let mut ev: Vec<&Evidence> = match *via {
        Via::Edge { edge, .. } => g[edge].evidence.iter().collect(),
        Via::Event { from_role, to_role, .. } => g[from_role].evidence.iter().chain(&g[to_role].evidence).collect(),
    };
    ev.sort();
    ev.dedup();
    ev
}

fn arrow(label: EdgeLabel, forward: bool) -> String {
    if forward { format!("-[{}]->", label.as_str()) } else { format!("<-[{}]-", label.as_str()) }
}

fn neighbors(
    kg: &KnowledgeGraph,
    center: NodeIndex,
    opts: &NeighborOptions,
    json: bool,
    w: &mut dyn Write,
) -> Result<i32> {
    let rows = query::neighbors::neighbors(kg, center, opts);
    let g = kg.petgraph();
    if json {
        #[derive(Serialize)]
        #[serde(tag = "kind", rename_all = "snake_case")]
        enum JVia<'a> {
            Edge { relation: &'static str, direction: &'static str },
            Event { event: JNode<'a>, from_role: &'static str, to_role: &'static str },
        }
        #[derive(Serialize)]
        struct JNeighbor<'a> {
            node: JNode<'a>,
            distance: usize,
            from: &'a str,
            via: JVia<'a>,
            evidence: Vec<JEvidence<'a>>,
        }
        #[derive(Serialize)]
        struct JNeighbors<'a> {
            center: JNode<'a>,
            depth: usize,
            neighbors: Vec<JNeighbor<'a>>,
        }
        let neighbors = rows
            .iter()
            .map(|r| JNeighbor {
                node: jnode(kg.node(r.node)),
                distance: r.distance,
                from: &kg.node(r.via.from).id,
                via: match r.via.via {
                    Via::Edge { edge, forward } => {
                        JVia::Edge { relation: g[edge].label.as_str(), direction: if forward { "out" } else { "in" } }
                    }
                    Via::Event { event, from_role, to_role } => JVia::Event {
                        event: jnode(kg.node(event)),
                        from_role: g[from_role].label.as_str(),
                        to_role: g[to_role].label.as_str(),
                    },
                },
                evidence: jevidence(via_evidence(kg, &r.via.via)),
            })
            .collect();
        write_json(w, &JNeighbors { center: jnode(kg.node(center)), depth: opts.depth, neighbors })?;
    } else if rows.is_empty() {
        eprintln!("newsgraph: {} has no neighbors{}", describe(kg.node(center)), filters_note(opts));
    } else {
        writeln!(w, "neighbors of {} within {} step{}:", describe(kg.node(center)), opts.depth, plural(opts.depth))?;
        let mut t = Table::new(&["DIST", "NEIGHBOR", "TYPE", "CONNECTION", "FROM"]);
        for r in &rows {
            let n = kg.node(r.node);
            let (connection, mut details) = match r.via.via {
                Via::Edge { edge, forward } => (arrow(g[edge].label, forward), Vec::new()),
                Via::Event { event, from_role, to_role } => {
                    let e = kg.node(event);
                    (
                        format!("{}: {} / {}", type_name(e), g[from_role].label.as_str(), g[to_role].label.as_str()),
                        vec![format!("event: {} [{}]", describe(e), e.id)],
                    )
                }
            };
            details.extend(quotes(via_evidence(kg, &r.via.via)));
            t.row(
                vec![
                    r.distance.to_string(),
                    n.label.clone(),
                    type_name(n),
                    connection,
                    kg.node(r.via.from).label.clone(),
                ],
                details,
            );
        }
        t.write(w)?;
    }
    Ok(found_code(!rows.is_empty()))
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn filters_note(opts: &NeighborOptions) -> String {
    let mut s = format!(" within {} step{}", opts.depth, plural(opts.depth));
    if let Some(k) = opts.kind {
        s.push_str(&format!(" of type {k}"));
    }
    if opts.filter.is_some() {
        s.push_str(" through the given --relation");
    }
    s
}

fn paths_out(
    kg: &KnowledgeGraph,
    a: NodeIndex,
    b: NodeIndex,
    paths: &[query::Path],
    json: bool,
    w: &mut dyn Write,
) -> Result<i32> {
    let g = kg.petgraph();
    let ends = |e: EdgeIndex| g.edge_endpoints(e).expect("a path's edges are in the graph");
    if json {
        #[derive(Serialize)]
        struct JHop<'a> {
            from: &'a str,
            to: &'a str,
            relation: &'static str,
            direction: &'static str,
            source: &'a str,
            target: &'a str,
            evidence: Vec<JEvidence<'a>>,
        }
        #[derive(Serialize)]
        struct JPath<'a> {
            length: usize,
            nodes: Vec<JNode<'a>>,
            hops: Vec<JHop<'a>>,
        }
        #[derive(Serialize)]
        struct JPaths<'a> {
            from: JNode<'a>,
            to: JNode<'a>,
            paths: Vec<JPath<'a>>,
        }
        let paths = paths
            .iter()
            .map(|p| JPath {
                length: p.len(),
                nodes: p.nodes.iter().map(|n| jnode(kg.node(*n))).collect(),
                hops: p
                    .hops
                    .iter()
                    .enumerate()
                    .map(|(i, h)| {
                        let (s, t) = ends(h.edge);
                        JHop {
                            from: &kg.node(p.nodes[i]).id,
                            to: &kg.node(p.nodes[i + 1]).id,
                            relation: g[h.edge].label.as_str(),
                            direction: if h.forward { "forward" } else { "backward" },
                            source: &kg.node(s).id,
                            target: &kg.node(t).id,
                            evidence: jevidence(&g[h.edge].evidence),
                        }
                    })
                    .collect(),
            })
            .collect();
        write_json(w, &JPaths { from: jnode(kg.node(a)), to: jnode(kg.node(b)), paths })?;
    } else if paths.is_empty() {
        eprintln!("newsgraph: no path between {} and {}", describe(kg.node(a)), describe(kg.node(b)));
    } else {
        for (k, p) in paths.iter().enumerate() {
            if k > 0 {
                writeln!(w)?;
            }
            let count = if paths.len() > 1 { format!("path {} of {}: ", k + 1, paths.len()) } else { "path: ".into() };
            writeln!(w, "{count}{} hop{}", p.len(), plural(p.len()))?;
            for (i, n) in p.nodes.iter().enumerate() {
                let node = kg.node(*n);
                writeln!(w, "  {} [{}]", describe(node), node.id)?;
                if let Some(h) = p.hops.get(i) {
                    let e = &g[h.edge];
                    let q = quotes(&e.evidence);
                    writeln!(w, "      {}  {}", arrow(e.label, h.forward), q.first().map_or("", String::as_str))?;
                    for more in q.iter().skip(1) {
                        writeln!(w, "      {:width$}  {more}", "", width = arrow(e.label, h.forward).chars().count())?;
                    }
                }
            }
        }
    }
    Ok(found_code(!paths.is_empty()))
}

fn score_text(by: Centrality, s: f64) -> String {
    match by {
        Centrality::Degree => format!("{s}"),
        Centrality::PageRank | Centrality::Betweenness => format!("{s:.4}"),
    }
}

fn top(kg: &KnowledgeGraph, by: Centrality, ranked: &[query::Ranked], json: bool, w: &mut dyn Write) -> Result<i32> {
    if json {
        #[derive(Serialize)]
        struct JRanked<'a> {
            rank: usize,
            #[serde(flatten)]
            node: JNode<'a>,
            score: f64,
            degree: usize,
            connections: u64,
        }
        #[derive(Serialize)]
        struct JTop<'a> {
            by: &'static str,
            actors: Vec<JRanked<'a>>,
        }
        let actors = ranked
            .iter()
            .enumerate()
            .map(|(i, r)| JRanked {
                rank: i + 1,
                node: jnode(kg.node(r.node)),
                score: r.score,
                degree: r.degree,
                connections: r.strength,
            })
            .collect();
        write_json(w, &JTop { by: by.as_str(), actors })?;
    } else if ranked.is_empty() {
        eprintln!("newsgraph: no actors to rank");
    } else {
        let head: &'static str = match by {
            Centrality::Degree => "DEGREE",
            Centrality::PageRank => "PAGERANK",
            Centrality::Betweenness => "BETWEENNESS",
        };
        // Degree is the LINKED count itself: the column is shown once.
        let linked = by != Centrality::Degree;
        let mut t = if linked {
            Table::new(&["#", "ACTOR", "TYPE", head, "LINKED", "CONNECTIONS", "ID"])
        } else {
            Table::new(&["#", "ACTOR", "TYPE", head, "CONNECTIONS", "ID"])
        };
        for (i, r) in ranked.iter().enumerate() {
            let n = kg.node(r.node);
            let mut cells = vec![(i + 1).to_string(), n.label.clone(), type_name(n), score_text(by, r.score)];
            if linked {
                cells.push(r.degree.to_string());
            }
            cells.extend([r.strength.to_string(), n.id.clone()]);
            t.row(cells, Vec::new());
        }
        t.write(w)?;
    }
    Ok(found_code(!ranked.is_empty()))
}

fn communities(
    kg: &KnowledgeGraph,
    ag: &ActorGraph,
    p: &query::Partition,
    json: bool,
    w: &mut dyn Write,
) -> Result<i32> {
    if json {
        #[derive(Serialize)]
        struct JCommunity<'a> {
            id: usize,
            size: usize,
            members: Vec<JNode<'a>>,
        }
        #[derive(Serialize)]
        struct JCommunities<'a> {
            algorithm: &'static str,
            actors: usize,
            modularity: f64,
            communities: Vec<JCommunity<'a>>,
        }
        let communities = p
            .communities
            .iter()
            .enumerate()
            .map(|(i, c)| JCommunity {
                id: i + 1,
                size: c.members.len(),
                members: c.members.iter().map(|m| jnode(kg.node(*m))).collect(),
            })
            .collect();
        write_json(w, &JCommunities { algorithm: "louvain", actors: ag.len(), modularity: p.modularity, communities })?;
    } else if p.communities.is_empty() {
        eprintln!("newsgraph: no community of that size among {} actors", ag.len());
    } else {
        writeln!(
            w,
            "{} communit{} (Louvain, modularity {:.3}, {} actors):",
            p.communities.len(),
            if p.communities.len() == 1 { "y" } else { "ies" },
            p.modularity,
            ag.len()
        )?;
        let mut t = Table::new(&["#", "SIZE", "MEMBERS"]);
        for (i, c) in p.communities.iter().enumerate() {
            let members: Vec<String> =
                c.members.iter().map(|m| format!("{} ({})", kg.node(*m).label, type_name(kg.node(*m)))).collect();
            t.row(vec![(i + 1).to_string(), c.members.len().to_string(), members.join(", ")], Vec::new());
        }
        t.write(w)?;
    }
    Ok(found_code(!p.communities.is_empty()))
}

fn events(kg: &KnowledgeGraph, rows: &[query::EventRow], json: bool, w: &mut dyn Write) -> Result<i32> {
    let g = kg.petgraph();
    if json {
        #[derive(Serialize)]
        struct JTime<'a> {
            text: &'a str,
            value: Option<&'a str>,
        }
        #[derive(Serialize)]
        struct JDate {
            first: String,
            last: String,
            source: &'static str,
        }
        #[derive(Serialize)]
        struct JParticipant<'a> {
            role: &'static str,
            #[serde(flatten)]
            node: JNode<'a>,
            evidence: Vec<JEvidence<'a>>,
        }
        #[derive(Serialize)]
        struct JEvent<'a> {
            #[serde(flatten)]
            node: JNode<'a>,
            modality: &'static str,
            time: Option<JTime<'a>>,
            date: Option<JDate>,
            source: Option<&'a str>,
            participants: Vec<JParticipant<'a>>,
            triggers: Vec<JEvidence<'a>>,
        }
        #[derive(Serialize)]
        struct JEvents<'a> {
            events: Vec<JEvent<'a>>,
        }
        let events = rows
            .iter()
            .map(|r| {
                let n = kg.node(r.node);
                let info = n.event.as_ref();
                JEvent {
                    node: jnode(n),
                    modality: info.map_or("asserted", |i| i.modality.as_str()),
                    time: info
                        .and_then(|i| i.time.as_ref())
                        .map(|t| JTime { text: &t.evidence.text, value: t.value.as_deref() }),
                    date: r.date.map(|d| JDate {
                        first: d.first_day(),
                        last: d.last_day(),
                        source: if r.dated_by_document { "document" } else { "event" },
                    }),
                    source: info.and_then(|i| i.source.as_deref()),
                    participants: r
                        .participants
                        .iter()
                        .map(|(p, e)| JParticipant {
                            role: g[*e].label.as_str(),
                            node: jnode(kg.node(*p)),
                            evidence: jevidence(&g[*e].evidence),
                        })
                        .collect(),
                    triggers: jevidence(&n.mentions),
                }
            })
            .collect();
        write_json(w, &JEvents { events })?;
    } else if rows.is_empty() {
        eprintln!("newsgraph: no event matches");
    } else {
        let mut t = Table::new(&["DATE", "TYPE", "MODALITY", "EVENT", "ID"]);
        for r in rows {
            let n = kg.node(r.node);
            let info = n.event.as_ref();
            let date = match (r.date, info.and_then(|i| i.time.as_ref())) {
                (Some(d), _) if r.dated_by_document => format!("{} (article)", span_text(&d)),
                (Some(d), _) => span_text(&d),
                (None, Some(t)) => format!("\"{}\"", t.evidence.text),
                (None, None) => "-".into(),
            };
            let mut by_role: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
            let mut order: Vec<&str> = Vec::new();
            for (p, e) in &r.participants {
                let role = g[*e].label.as_str();
                if !order.contains(&role) {
                    order.push(role);
                }
                by_role.entry(role).or_default().push(&kg.node(*p).label);
            }
            let mut details: Vec<String> = Vec::new();
            if !order.is_empty() {
                details.push(
                    order.iter().map(|r| format!("{r}: {}", by_role[r].join(", "))).collect::<Vec<_>>().join("; "),
                );
            }
            if let Some(t) = info.and_then(|i| i.time.as_ref()) {
                details.push(format!(
                    "time: \"{}\"{}",
                    t.evidence.text,
                    t.value.as_deref().map(|v| format!(" = {v}")).unwrap_or_default()
                ));
            }
            let mut ev: Vec<&Evidence> = r.participants.iter().flat_map(|(_, e)| &g[*e].evidence).collect();
            ev.sort();
            details.extend(quotes(ev));
            t.row(
                vec![
                    date,
                    n.ty.as_str().to_string(),
                    info.map_or("asserted", |i| i.modality.as_str()).into(),
                    n.label.clone(),
                    n.id.clone(),
                ],
                details,
            );
        }
        t.write(w)?;
    }
    Ok(found_code(!rows.is_empty()))
}

/// `2020-11-17`, or `2020-11-01..2020-11-30` for a longer range.
fn span_text(d: &DateRange) -> String {
    if d.start == d.end { d.first_day() } else { format!("{}..{}", d.first_day(), d.last_day()) }
}

fn stats(kg: &KnowledgeGraph, s: &query::Stats, json: bool, w: &mut dyn Write) -> Result<i32> {
    let mut entities = BTreeMap::new();
    let mut events = BTreeMap::new();
    for (ty, n) in &s.node_types {
        match ty {
            NodeType::Entity(k) => entities.insert(k.as_str(), *n),
            NodeType::Event(k) => events.insert(k.as_str(), *n),
        };
    }
    let mut relations = BTreeMap::new();
    let mut roles = BTreeMap::new();
    // Events as actor-to-actor edges, in a graph built with `--view actors`.
    let mut event_edges = BTreeMap::new();
    for (label, n) in &s.edge_labels {
        let map = match label {
            EdgeLabel::Relation(_) => &mut relations,
            EdgeLabel::Role(_) => &mut roles,
            EdgeLabel::Event(_) => &mut event_edges,
        };
        map.insert(label.as_str(), *n);
    }
    if json {
        #[derive(Serialize)]
        struct JStats<'a> {
            documents: usize,
            nodes: usize,
            edges: usize,
            entities: &'a BTreeMap<&'static str, usize>,
            events: &'a BTreeMap<&'static str, usize>,
            relations: &'a BTreeMap<&'static str, usize>,
            roles: &'a BTreeMap<&'static str, usize>,
            event_edges: &'a BTreeMap<&'static str, usize>,
            components: usize,
            largest_component: usize,
            isolated: usize,
            density: f64,
        }
        write_json(
            w,
            &JStats {
                documents: s.documents,
                nodes: s.nodes,
                edges: s.edges,
                entities: &entities,
                events: &events,
                relations: &relations,
                roles: &roles,
                event_edges: &event_edges,
                components: s.components,
                largest_component: s.largest_component,
                isolated: s.isolated,
                density: s.density,
            },
        )?;
        return Ok(0);
    }
    let sum = |m: &BTreeMap<&str, usize>| m.values().sum::<usize>();
    let list = |m: &BTreeMap<&str, usize>| {
        let mut v: Vec<(&&str, &usize)> = m.iter().collect();
        v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        v.iter().map(|(k, n)| format!("{k} {n}")).collect::<Vec<_>>().join(", ")
    };
    let entity_nodes = kg.nodes().filter(|(_, n)| n.kind() == NodeKind::Entity).count();
    let mut t = Table::new(&["WHAT", "COUNT", "BY TYPE"]);
    t.row(vec!["documents".into(), s.documents.to_string(), String::new()], Vec::new());
    t.row(vec!["nodes".into(), s.nodes.to_string(), String::new()], Vec::new());
    t.row(vec!["  entities".into(), entity_nodes.to_string(), list(&entities)], Vec::new());
    t.row(vec!["  events".into(), sum(&events).to_string(), list(&events)], Vec::new());
    t.row(vec!["edges".into(), s.edges.to_string(), String::new()], Vec::new());
    t.row(vec!["  relations".into(), sum(&relations).to_string(), list(&relations)], Vec::new());
    t.row(vec!["  roles".into(), sum(&roles).to_string(), list(&roles)], Vec::new());
    if !event_edges.is_empty() {
        t.row(vec!["  event edges".into(), sum(&event_edges).to_string(), list(&event_edges)], Vec::new());
    }
    t.row(
        vec![
            "components".into(),
            s.components.to_string(),
            format!("largest {} nodes, {} isolated", s.largest_component, s.isolated),
        ],
        Vec::new(),
    );
    t.row(vec!["density".into(), format!("{:.6}", s.density), "edges / (nodes × (nodes - 1))".into()], Vec::new());
    t.write(w)?;
    Ok(0)
}
