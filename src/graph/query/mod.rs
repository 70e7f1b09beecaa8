//! Questions asked of a [`KnowledgeGraph`]: find an entity by name, list its neighbors, the
//! chain of relations and events between two actors, the subgraph around one, who is central,
//! which clusters exist, which events happened, and overall counts.
//!
//! Every query is a free function over `&KnowledgeGraph` that returns our own types holding
//! petgraph indices; the caller (the `query` command) formats them. One file per question:
//!
//! - [`find`]: names to nodes, ranked, with "did you mean" suggestions ([`find::find`],
//!   [`find::resolve`]).
//! - [`actors`]: how two actors are connected (a relation, or an event both take part in), and
//!   the weighted actor-to-actor graph that centrality and communities run on.
//! - [`neighbors`], [`path`], [`ego`]: traversals that keep the evidence of every step.
//! - [`centrality`], [`communities`]: degree, PageRank, betweenness, Louvain.
//! - [`events`], [`stats`]: listings and counts.
//!
//! Traversals treat edges as undirected (an arrest links the police and the person arrested
//! whichever way the role edge points) but report each edge's direction. Results are sorted,
//! so the same graph and question always give the same answer.
//!
//! Flow: graph -> **query** -> `newsgraph query` tables or JSON.

pub mod actors;
pub mod centrality;
pub mod communities;
pub mod ego;
pub mod events;
pub mod find;
pub mod neighbors;
pub mod path;
pub mod stats;

pub use actors::{ActorGraph, Connection, ConnectionFilter, Via};
pub use centrality::{Centrality, Ranked};
pub use communities::{Community, Partition};
pub use events::{DateRange, EventFilter, EventRow};
pub use find::{Found, MatchKind, Resolved};
pub use neighbors::{Neighbor, NeighborOptions};
pub use path::{Hop, Path};
pub use stats::Stats;

#[cfg(test)]
pub(crate) mod fixture {
    //! Small hand-built graphs shared by the unit tests of every query.

    use std::collections::BTreeSet;

    use crate::graph::{Edge, EdgeLabel, EventInfo, Evidence, KnowledgeGraph, Node, NodeType};
    use crate::kinds::{EntityKind, EventKind, Modality, RelationKind, Role};
    use petgraph::stable_graph::NodeIndex;

    pub(crate) fn evidence(text: &str) -> Evidence {
        Evidence { doc: "d".into(), start: 0, end: text.chars().count(), text: text.into() }
    }

    pub(crate) fn entity(kg: &mut KnowledgeGraph, kind: EntityKind, label: &str, aliases: &[&str]) -> NodeIndex {
        kg.upsert_node(Node {
            id: format!("{}:{}", kind.as_str(), crate::graph::slug(label)),
            ty: NodeType::Entity(kind),
            label: label.into(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            titles: BTreeSet::new(),
            attributes: BTreeSet::new(),
            mentions: vec![evidence(label)],
            event: None,
        })
    }

    pub(crate) fn event(kg: &mut KnowledgeGraph, kind: EventKind, n: usize, time: Option<&str>) -> NodeIndex {
        kg.upsert_node(Node {
            id: format!("event:d:{}:{n}", kind.as_str()),
            ty: NodeType::Event(kind),
            label: format!("{} {n}", kind.as_str()),
            aliases: BTreeSet::new(),
            titles: BTreeSet::new(),
            attributes: BTreeSet::new(),
            mentions: vec![evidence(kind.as_str())],
            event: Some(EventInfo {
                modality: Modality::Asserted,
                time: time.map(|v| crate::graph::Time { evidence: evidence(v), value: Some(v.into()) }),
                source: None,
            }),
        })
    }

    pub(crate) fn role(kg: &mut KnowledgeGraph, ev: NodeIndex, r: Role, who: NodeIndex, text: &str) {
        kg.upsert_edge(ev, who, Edge { label: EdgeLabel::Role(r), evidence: vec![evidence(text)] });
    }

    pub(crate) fn relation(kg: &mut KnowledgeGraph, a: NodeIndex, r: RelationKind, b: NodeIndex, text: &str) {
        kg.upsert_edge(a, b, Edge { label: EdgeLabel::Relation(r), evidence: vec![evidence(text)] });
    }

    /// Ana (person) and Bo (person) are linked by a dismissal Ana asked for; Bo works for Acme;
    /// Acme is based in Lima; Cy (person) is alone.
    ///
    /// ```text
    /// Ana <-agent- dismissal:1 -patient-> Bo -employee_of-> Acme -based_in-> Lima    Cy
    /// ```
    pub(crate) struct Small {
        pub(crate) kg: KnowledgeGraph,
        pub(crate) ana: NodeIndex,
        pub(crate) bo: NodeIndex,
        pub(crate) acme: NodeIndex,
        pub(crate) lima: NodeIndex,
        pub(crate) cy: NodeIndex,
        pub(crate) dismissal: NodeIndex,
    }

    pub(crate) fn small() -> Small {
        let mut kg = KnowledgeGraph::new();
        let ana = entity(&mut kg, EntityKind::Person, "Ana Núñez", &["Núñez"]);
        let bo = entity(&mut kg, EntityKind::Person, "Bo Berg", &[]);
        let acme = entity(&mut kg, EntityKind::Organization, "Acme Corp", &["Acme"]);
        let lima = entity(&mut kg, EntityKind::Location, "Lima", &[]);
        let cy = entity(&mut kg, EntityKind::Person, "Cy Young", &[]);
        let dismissal = event(&mut kg, EventKind::Dismissal, 1, Some("2020-11"));
        role(&mut kg, dismissal, Role::Agent, ana, "Ana Núñez dropped the charges against Bo Berg.");
        role(&mut kg, dismissal, Role::Patient, bo, "Ana Núñez dropped the charges against Bo Berg.");
        relation(&mut kg, bo, RelationKind::EmployeeOf, acme, "Bo Berg of Acme Corp");
        relation(&mut kg, acme, RelationKind::BasedIn, lima, "Acme Corp, based in Lima");
        Small { kg, ana, bo, acme, lima, cy, dismissal }
    }
}
