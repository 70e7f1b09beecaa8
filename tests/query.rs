//! `newsgraph query`, run as the real binary: on the seed article's graph (built by the binary
//! into a temporary folder) for the answers the issue asks for, and on a small hand-written
//! graph for exact output.
//!
//! See: issue #5.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use assert_cmd::Command;
use serde_json::Value;

const SEED: &str = "data/000_d85db44f8ae8b12d.txt";

fn newsgraph() -> Command {
    let mut c = Command::cargo_bin("newsgraph").expect("the newsgraph binary");
    c.current_dir(env!("CARGO_MANIFEST_DIR"));
    c
}

/// The seed article's graph, built once per test run by `newsgraph build`.
fn seed_graph() -> &'static Path {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    let dir = DIR.get_or_init(|| {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let out = dir.path().join("seed.json");
        newsgraph().args(["build", SEED, "-o"]).arg(&out).assert().success();
        dir
    });
    Box::leak(dir.path().join("seed.json").into_boxed_path())
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn query(graph: &Path, args: &[&str]) -> Run {
    let out = newsgraph().arg("query").arg(graph).args(args).output().expect("newsgraph runs");
    Run {
        code: out.status.code().expect("an exit code"),
        stdout: String::from_utf8(out.stdout).expect("UTF-8 output"),
        stderr: String::from_utf8(out.stderr).expect("UTF-8 errors"),
    }
}

fn json(graph: &Path, args: &[&str]) -> (i32, Value) {
    let mut all = args.to_vec();
    all.push("--json");
    let r = query(graph, &all);
    let v = serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("{e}: {}\n{}", r.stdout, r.stderr));
    (r.code, v)
}

/// Case and accents folded, as an analyst would compare names.
fn fold(s: &str) -> String {
    s.to_lowercase()
        .chars()
        .map(|c| match c {
            'á' | 'à' | 'ä' => 'a',
            'é' | 'è' | 'ë' => 'e',
            'í' | 'ï' => 'i',
            'ó' | 'ö' => 'o',
            'ú' | 'ü' => 'u',
            'ñ' => 'n',
            c => c,
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// The seed article.

/// The U.S. attorney general asked for the charges against the former Mexican defense
/// secretary to be dropped: the chain between them must run through that dismissal, and each
/// hop must carry its evidence.
#[test]
fn seed_path_from_the_attorney_general_to_the_former_defense_secretary_goes_through_the_dismissal() {
    let g = seed_graph();
    let (code, v) = json(g, &["path", "William Barr", "Salvador Cienfuegos Zepeda"]);
    assert_eq!(code, 0, "{v:#}");
    let path = &v["paths"][0];
    let nodes = path["nodes"].as_array().expect("nodes");
    assert_eq!(fold(nodes[0]["label"].as_str().unwrap()), "william barr");
    assert!(fold(nodes.last().unwrap()["label"].as_str().unwrap()).contains("cienfuegos"));
    let at = nodes.iter().position(|n| n["kind"] == "event" && n["type"] == "dismissal");
    let Some(at) = at else {
        panic!("the shortest path does not go through a dismissal event: {:#}", path["nodes"]);
    };
    let hops = path["hops"].as_array().expect("hops");
    for h in &hops[at - 1..=at] {
        let ev = h["evidence"].as_array().expect("evidence");
        assert!(!ev.is_empty(), "a hop without evidence: {h:#}");
    }
    let texts: Vec<String> = hops[at - 1..=at]
        .iter()
        .flat_map(|h| h["evidence"].as_array().unwrap().iter().map(|e| fold(e["text"].as_str().unwrap())))
        .collect();
    assert!(texts.iter().any(|t| t.contains("dropped") || t.contains("dismiss")), "{texts:#?}");
}

#[test]
fn seed_find_lopez_obrador_finds_the_mexican_president() {
    let g = seed_graph();
    let (code, v) = json(g, &["find", "lopez obrador"]);
    assert_eq!(code, 0);
    let first = &v["matches"][0];
    assert_eq!(first["type"], "person", "{v:#}");
    assert!(fold(first["label"].as_str().unwrap()).ends_with("lopez obrador"), "{first:#}");
    let table = query(g, &["find", "LÓPEZ OBRADOR"]);
    assert_eq!(table.code, 0);
    assert!(fold(&table.stdout).contains("lopez obrador"), "{}", table.stdout);
}

#[test]
fn seed_find_with_no_match_exits_1_with_a_suggestion() {
    let r = query(seed_graph(), &["find", "Wiliam Bar"]);
    assert_eq!(r.code, 1);
    assert_eq!(r.stdout, "");
    assert!(r.stderr.starts_with("newsgraph: nothing matches 'Wiliam Bar'; did you mean "), "{}", r.stderr);
    assert!(r.stderr.contains("'William Barr'"), "{}", r.stderr);
}

#[test]
fn seed_unknown_name_is_an_error_with_a_suggestion() {
    let r = query(seed_graph(), &["neighbors", "Wiliam Bar"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.starts_with("newsgraph: no entity matches 'Wiliam Bar'; did you mean "), "{}", r.stderr);
    assert!(r.stderr.contains("'William Barr'"), "{}", r.stderr);
}

#[test]
fn seed_every_neighbor_has_evidence() {
    let (code, v) = json(seed_graph(), &["neighbors", "William Barr"]);
    assert_eq!(code, 0);
    let ns = v["neighbors"].as_array().unwrap();
    assert!(!ns.is_empty());
    for n in ns {
        assert!(!n["evidence"].as_array().unwrap().is_empty(), "{n:#}");
    }
}

#[test]
fn seed_output_is_deterministic() {
    let g = seed_graph();
    for args in [&["top", "--by", "pagerank"][..], &["communities"], &["stats"], &["events"]] {
        let (a, b) = (query(g, args), query(g, args));
        assert_eq!(a.code, 0, "{args:?}: {}", a.stderr);
        assert_eq!(a.stdout, b.stdout, "{args:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// Errors.

#[test]
fn a_malformed_graph_exits_2_with_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("bad.json");
    std::fs::write(&p, "{\n  \"nodes\": [\n    {\"id\": 1,}\n  ]\n}\n").unwrap();
    let r = query(&p, &["stats"]);
    assert_eq!(r.code, 2);
    let head = format!("newsgraph: {}: invalid graph JSON at line 3, column 12: ", p.display());
    assert!(r.stderr.starts_with(&head), "{}", r.stderr);
    assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
}

#[test]
fn a_link_to_a_missing_node_exits_2_with_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("dangling.json");
    let text = small_graph_json().replace("\"target\": \"location:lima\"", "\"target\": \"location:nowhere\"");
    std::fs::write(&p, text).unwrap();
    let r = query(&p, &["stats"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("invalid graph JSON at line "), "{}", r.stderr);
    assert!(r.stderr.contains("names a node that does not exist"), "{}", r.stderr);
}

#[test]
fn a_missing_graph_exits_2_naming_the_file() {
    let r = query(Path::new("no/such/graph.json"), &["stats"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.starts_with("newsgraph: reading 'no/such/graph.json': "), "{}", r.stderr);
}

#[test]
fn bad_flags_exit_2() {
    let g = small_graph();
    assert_eq!(query(&g.1, &["neighbors", "Bo Berg", "--type", "planet"]).code, 2);
    assert_eq!(query(&g.1, &["events", "--from", "last week"]).code, 2);
    assert_eq!(query(&g.1, &["top", "--by", "closeness"]).code, 2);
    assert_eq!(query(&g.1, &["ego", "Bo Berg", "--format", "pdf"]).code, 2);
}

// ---------------------------------------------------------------------------------------------
// A small graph written by hand: exact answers.
//
//   Ana Núñez <-agent- dismissal (2020-11) -patient-> Bo Berg -employee_of-> Acme Corp
//   Acme Corp -based_in-> Lima <-place- arrest (2019) -patient-> Cy Young

fn small_graph_json() -> String {
    let ev = |text: &str| format!(r#"[{{"doc": "d", "start": 0, "end": {}, "text": "{text}"}}]"#, text.chars().count());
    let entity = |id: &str, ty: &str, label: &str, aliases: &str| {
        format!(
            r#"{{"id": "{id}", "kind": "entity", "type": "{ty}", "label": "{label}", "aliases": [{aliases}], "mentions": {}}}"#,
            ev(label)
        )
    };
    let event = |id: &str, ty: &str, label: &str, value: &str| {
        format!(
            r#"{{"id": "{id}", "kind": "event", "type": "{ty}", "label": "{label}", "aliases": [], "modality": "asserted", "time": {{"text": "{value}", "value": "{value}", "doc": "d", "start": 0, "end": 4}}, "mentions": {}}}"#,
            ev(ty)
        )
    };
    let link = |s: &str, t: &str, r: &str, text: &str| {
        format!(r#"{{"source": "{s}", "target": "{t}", "relation": "{r}", "evidence": {}}}"#, ev(text))
    };
    let nodes = [
        event("event:d:arrest:1", "arrest", "arrest of Cy Young", "2019"),
        event("event:d:dismissal:1", "dismissal", "dismissal of Bo Berg", "2020-11"),
        entity("location:lima", "location", "Lima", ""),
        entity("organization:acme-corp", "organization", "Acme Corp", r#""Acme""#),
        entity("person:ana-nunez", "person", "Ana Núñez", r#""Núñez""#),
        entity("person:bo-berg", "person", "Bo Berg", ""),
        entity("person:cy-young", "person", "Cy Young", ""),
    ];
    let links = [
        link("event:d:arrest:1", "location:lima", "place", "Police arrested Cy Young in Lima."),
        link("event:d:arrest:1", "person:cy-young", "patient", "Police arrested Cy Young in Lima."),
        link("event:d:dismissal:1", "person:ana-nunez", "agent", "Ana Núñez dropped the charges against Bo Berg."),
        link("event:d:dismissal:1", "person:bo-berg", "patient", "Ana Núñez dropped the charges against Bo Berg."),
        link("organization:acme-corp", "location:lima", "based_in", "Acme Corp, based in Lima"),
        link("person:bo-berg", "organization:acme-corp", "employee_of", "Bo Berg of Acme Corp"),
    ];
    format!(
        "{{\n\"directed\": true,\n\"multigraph\": true,\n\"graph\": {{\"documents\": [{{\"id\": \"d\"}}]}},\n\"nodes\": [\n{}\n],\n\"links\": [\n{}\n]\n}}\n",
        nodes.join(",\n"),
        links.join(",\n")
    )
}

fn small_graph() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("small.json");
    std::fs::write(&p, small_graph_json()).unwrap();
    (dir, p)
}

#[test]
fn small_path_table() {
    let (_d, g) = small_graph();
    let r = query(&g, &["path", "nunez", "Lima"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stdout,
        "\
path: 4 hops
  Ana Núñez (person) [person:ana-nunez]
      <-[agent]-  \"Ana Núñez dropped the charges against Bo Berg.\" [d 0-46]
  dismissal of Bo Berg (dismissal event, asserted) [event:d:dismissal:1]
      -[patient]->  \"Ana Núñez dropped the charges against Bo Berg.\" [d 0-46]
  Bo Berg (person) [person:bo-berg]
      -[employee_of]->  \"Bo Berg of Acme Corp\" [d 0-20]
  Acme Corp (organization) [organization:acme-corp]
      -[based_in]->  \"Acme Corp, based in Lima\" [d 0-24]
  Lima (location) [location:lima]
"
    );
}

#[test]
fn small_path_json_shows_direction_and_all_paths() {
    let (_d, g) = small_graph();
    let (code, v) = json(&g, &["path", "Lima", "Bo Berg"]);
    assert_eq!(code, 0);
    let hops = v["paths"][0]["hops"].as_array().unwrap();
    assert_eq!(hops.len(), 2);
    assert_eq!(hops[0]["relation"], "based_in");
    assert_eq!(hops[0]["direction"], "backward");
    assert_eq!(hops[0]["source"], "organization:acme-corp");
    assert_eq!(hops[0]["evidence"][0]["text"], "Acme Corp, based in Lima");
    let (code, v) = json(&g, &["path", "Cy Young", "Ana Núñez", "--all", "--max-len", "8"]);
    assert_eq!(code, 0);
    assert_eq!(v["paths"].as_array().unwrap().len(), 1);
    assert_eq!(v["paths"][0]["length"], 6);
    let (code, v) = json(&g, &["path", "Cy Young", "Ana Núñez", "--max-len", "5"]);
    assert_eq!((code, v["paths"].as_array().unwrap().len()), (1, 0));
}

#[test]
fn small_neighbors() {
    let (_d, g) = small_graph();
    let (code, v) = json(&g, &["neighbors", "Bo Berg"]);
    assert_eq!(code, 0);
    let got: Vec<(&str, &str)> = v["neighbors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| (n["node"]["id"].as_str().unwrap(), n["via"]["kind"].as_str().unwrap()))
        .collect();
    assert_eq!(got, [("organization:acme-corp", "edge"), ("person:ana-nunez", "event")]);
    let ana = &v["neighbors"][1];
    assert_eq!(ana["via"]["event"]["id"], "event:d:dismissal:1");
    assert_eq!((ana["via"]["from_role"].as_str(), ana["via"]["to_role"].as_str()), (Some("patient"), Some("agent")));
    assert_eq!(ana["evidence"][0]["text"], "Ana Núñez dropped the charges against Bo Berg.");

    let (_, v) = json(&g, &["neighbors", "Ana Núñez", "--depth", "4", "--type", "person"]);
    let got: Vec<(&str, u64)> = v["neighbors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| (n["node"]["label"].as_str().unwrap(), n["distance"].as_u64().unwrap()))
        .collect();
    assert_eq!(got, [("Bo Berg", 1), ("Cy Young", 4)]);

    let r = query(&g, &["neighbors", "Bo Berg", "--relation", "arrest"]);
    assert_eq!(r.code, 1);
    assert_eq!(r.stdout, "");
    let r = query(&g, &["neighbors", "Bo Berg", "--relation", "employee_of"]);
    assert_eq!(r.code, 0);
    assert!(r.stdout.contains("Acme Corp") && !r.stdout.contains("Ana"), "{}", r.stdout);
}

#[test]
fn small_top_communities_stats() {
    let (_d, g) = small_graph();
    let r = query(&g, &["top", "-n", "2"]);
    assert_eq!(r.code, 0);
    assert_eq!(
        r.stdout,
        "\
#  ACTOR      TYPE          DEGREE  CONNECTIONS  ID
1  Acme Corp  organization  2       2            organization:acme-corp
2  Bo Berg    person        2       2            person:bo-berg
"
    );
    let (_, v) = json(&g, &["top", "--by", "betweenness", "--type", "person"]);
    assert_eq!(v["actors"][0]["id"], "person:bo-berg");
    assert_eq!(query(&g, &["top", "--type", "group"]).code, 1);

    let (code, v) = json(&g, &["communities"]);
    assert_eq!(code, 0);
    let sizes: u64 = v["communities"].as_array().unwrap().iter().map(|c| c["size"].as_u64().unwrap()).sum();
    assert_eq!(sizes, 5, "a chain of five actors: every one in a community of two or more");
    assert!(v["modularity"].as_f64().unwrap() > 0.0);

    let (code, v) = json(&g, &["stats"]);
    assert_eq!(code, 0);
    assert_eq!((v["nodes"].as_u64(), v["edges"].as_u64(), v["components"].as_u64()), (Some(7), Some(6), Some(1)));
    assert_eq!(v["events"]["dismissal"], 1);
    assert_eq!(v["relations"]["employee_of"], 1);
    assert_eq!(v["roles"]["patient"], 2);
}

#[test]
fn small_events_filters() {
    let (_d, g) = small_graph();
    let ids = |args: &[&str]| -> (i32, Vec<String>) {
        let (code, v) = json(&g, args);
        let ids = v["events"].as_array().unwrap().iter().map(|e| e["id"].as_str().unwrap().to_string()).collect();
        (code, ids)
    };
    assert_eq!(ids(&["events"]).1, ["event:d:arrest:1", "event:d:dismissal:1"]);
    assert_eq!(ids(&["events", "--from", "2020"]).1, ["event:d:dismissal:1"]);
    assert_eq!(ids(&["events", "--to", "2019-12-31"]).1, ["event:d:arrest:1"]);
    assert_eq!(ids(&["events", "--actor", "Cy Young"]).1, ["event:d:arrest:1"]);
    assert_eq!(ids(&["events", "--type", "sue"]), (1, vec![]));
    let (_, v) = json(&g, &["events", "--type", "dismissal"]);
    let e = &v["events"][0];
    assert_eq!(e["date"]["first"], "2020-11-01");
    assert_eq!(e["date"]["last"], "2020-11-30");
    assert_eq!(e["participants"][0]["role"], "agent");
    assert_eq!(e["participants"][0]["id"], "person:ana-nunez");
    assert_eq!(query(&g, &["events", "--actor", "Nobody Known"]).code, 2);
}

#[test]
fn small_ego_in_any_format() {
    let (d, g) = small_graph();
    let dot = d.path().join("ego.dot");
    let r = newsgraph().arg("query").arg(&g).args(["ego", "Bo Berg", "--depth", "1", "-o"]).arg(&dot).output().unwrap();
    assert_eq!(r.status.code(), Some(0));
    assert!(std::fs::read_to_string(&dot).unwrap().starts_with("digraph"));
    let (code, v) = json(&g, &["ego", "Bo Berg", "--depth", "1"]);
    assert_eq!(code, 0);
    let ids: Vec<&str> = v["nodes"].as_array().unwrap().iter().map(|n| n["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["event:d:dismissal:1", "organization:acme-corp", "person:ana-nunez", "person:bo-berg"]);
    // The subgraph is itself a graph `query` can read.
    let sub = d.path().join("ego.json");
    std::fs::write(&sub, serde_json::to_string(&v).unwrap()).unwrap();
    let (code, v) = json(&sub, &["stats"]);
    assert_eq!((code, v["nodes"].as_u64(), v["edges"].as_u64()), (0, Some(4), Some(3)));
}

#[test]
fn small_find_ranks_and_folds() {
    let (_d, g) = small_graph();
    let (code, v) = json(&g, &["find", "NUNEZ"]);
    assert_eq!(code, 0);
    assert_eq!(v["matches"][0]["id"], "person:ana-nunez");
    assert_eq!(v["matches"][0]["match"], "alias");
    let (code, v) = json(&g, &["find", "acme"]);
    assert_eq!((code, v["total"].as_u64()), (0, Some(1)));
    let (code, v) = json(&g, &["find", "Bo Burg"]);
    assert_eq!((code, v["suggestions"][0].as_str()), (1, Some("Bo Berg")));
}

#[test]
fn cache_snapshot_is_used_refreshed_and_survives_damage() {
    let (d, g) = small_graph();
    let snap = d.path().join("small.json.ngsnap");
    let plain = query(&g, &["neighbors", "Bo Berg"]);
    let first = query(&g, &["--cache", "neighbors", "Bo Berg"]);
    assert_eq!((first.code, &first.stdout), (0, &plain.stdout));
    assert_eq!(first.stderr, format!("newsgraph: cached the graph in '{}'\n", snap.display()));
    let second = query(&g, &["neighbors", "Bo Berg", "--cache"]);
    assert_eq!((second.code, &second.stdout, second.stderr.as_str()), (0, &plain.stdout, ""));
    // A changed graph is read again, and the snapshot follows it.
    std::fs::write(&g, small_graph_json().replace("Bo Berg of Acme Corp", "Bo Berg, an Acme Corp manager")).unwrap();
    let changed = query(&g, &["--cache", "neighbors", "Bo Berg"]);
    assert!(changed.stdout.contains("an Acme Corp manager"), "{}", changed.stdout);
    assert!(changed.stderr.contains("cached the graph"), "{}", changed.stderr);
    // A damaged snapshot is reported and replaced.
    let mut bytes = std::fs::read(&snap).unwrap();
    bytes.truncate(bytes.len() - 10);
    std::fs::write(&snap, bytes).unwrap();
    let damaged = query(&g, &["--cache", "neighbors", "Bo Berg"]);
    assert_eq!((damaged.code, &damaged.stdout), (0, &changed.stdout));
    assert!(damaged.stderr.contains("damaged snapshot at byte"), "{}", damaged.stderr);
    assert_eq!(query(&g, &["--cache", "neighbors", "Bo Berg"]).stderr, "");
}
