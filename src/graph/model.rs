//! The graph's node and edge types.
//!
//! A node is an entity or an event; it keeps every mention with its document and character
//! offsets. An edge is a relation between entities or a role linking an event to a
//! participant; it keeps the phrases or sentences that state it. These are plain data: the
//! exporters read them, `graph::build` and `graph::merge` write them.

use std::collections::BTreeSet;
use std::sync::Arc;

use crate::kinds::{EntityKind, EventKind, Modality, RelationKind, Role};

/// Entity or event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NodeKind {
    /// A person, organization, place, group or other named thing.
    Entity,
    /// Something that happened (or was said, planned, denied).
    Event,
}

impl NodeKind {
    /// `entity` or `event`.
    pub const fn as_str(self) -> &'static str {
        match self {
            NodeKind::Entity => "entity",
            NodeKind::Event => "event",
        }
    }
}

/// A node's type: an entity type or an event type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NodeType {
    /// An entity's type.
    Entity(EntityKind),
    /// An event's type.
    Event(EventKind),
}

impl NodeType {
    /// The type name ("person", "arrest").
    pub const fn as_str(self) -> &'static str {
        match self {
            NodeType::Entity(k) => k.as_str(),
            NodeType::Event(k) => k.as_str(),
        }
    }

    /// Entity or event.
    pub const fn kind(self) -> NodeKind {
        match self {
            NodeType::Entity(_) => NodeKind::Entity,
            NodeType::Event(_) => NodeKind::Event,
        }
    }
}

/// A place in a document: character offsets and the text there.
///
/// The document id and the text are shared strings: a graph holds the same sentence or name
/// once however many edges or mentions cite it (see [`crate::graph::KnowledgeGraph::intern`]).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Evidence {
    /// Document id.
    pub doc: Arc<str>,
    /// First character (Unicode scalar value) offset.
    pub start: usize,
    /// One past the last character.
    pub end: usize,
    /// The text between them.
    pub text: Arc<str>,
}

impl Evidence {
    /// Evidence from plain strings.
    pub fn new(doc: &str, start: usize, end: usize, text: &str) -> Self {
        Evidence { doc: Arc::from(doc), start, end, text: Arc::from(text) }
    }
}

/// A time attached to an event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Time {
    /// The words and where they are.
    pub evidence: Evidence,
    /// ISO 8601 value when resolved.
    pub value: Option<String>,
}

/// What an event node has beyond an entity node.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventInfo {
    /// Asserted, negated, planned, hypothetical, reported.
    pub modality: Modality,
    /// When.
    pub time: Option<Time>,
    /// Id of the entity node that reports it.
    pub source: Option<String>,
}

/// A node of the knowledge graph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    /// Stable id (`person:william-barr`, `event:doc:arrest:1`).
    pub id: String,
    /// Type.
    pub ty: NodeType,
    /// Canonical name, or a short description for events.
    pub label: String,
    /// Other names.
    pub aliases: BTreeSet<String>,
    /// Titles and roles.
    pub titles: BTreeSet<String>,
    /// Attributes ("retired").
    pub attributes: BTreeSet<String>,
    /// Mentions (entities) or triggers (events), sorted.
    pub mentions: Vec<Evidence>,
    /// For events.
    pub event: Option<EventInfo>,
}

impl Node {
    /// Entity or event.
    pub fn kind(&self) -> NodeKind {
        self.ty.kind()
    }

    /// The entity type, for entity nodes.
    pub fn entity_kind(&self) -> Option<EntityKind> {
        match self.ty {
            NodeType::Entity(k) => Some(k),
            NodeType::Event(_) => None,
        }
    }

    /// The event type, for event nodes.
    pub fn event_kind(&self) -> Option<EventKind> {
        match self.ty {
            NodeType::Event(k) => Some(k),
            NodeType::Entity(_) => None,
        }
    }

    /// Documents that mention it, sorted and unique.
    pub fn documents(&self) -> BTreeSet<&str> {
        self.mentions.iter().map(|m| m.doc.as_ref()).collect()
    }
}

/// What an edge says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EdgeLabel {
    /// A participant's role (event -> entity).
    Role(Role),
    /// A relation (entity -> entity).
    Relation(RelationKind),
    /// An event between two actors, in the actor view (entity -> entity, e.g. "arrest").
    Event(EventKind),
}

impl EdgeLabel {
    /// The name written in outputs ("agent", "employee_of").
    pub const fn as_str(self) -> &'static str {
        match self {
            EdgeLabel::Role(r) => r.as_str(),
            EdgeLabel::Relation(r) => r.as_str(),
            EdgeLabel::Event(k) => k.as_str(),
        }
    }

    /// Reads a name back.
    pub fn parse(s: &str) -> Option<Self> {
        Role::parse(s)
            .map(EdgeLabel::Role)
            .or_else(|| RelationKind::parse(s).map(EdgeLabel::Relation))
            .or_else(|| EventKind::parse(s).map(EdgeLabel::Event))
    }
}

/// An edge of the knowledge graph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edge {
    /// Relation or role.
    pub label: EdgeLabel,
    /// Where the text states it, sorted.
    pub evidence: Vec<Evidence>,
}

/// A document the graph was built from (serialized as is in an out-of-core build's runs).
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct DocInfo {
    /// Id.
    pub id: String,
    /// Path it was read from.
    pub path: Option<String>,
    /// Title.
    pub title: Option<String>,
    /// Date.
    pub date: Option<String>,
    /// Source.
    pub source: Option<String>,
    /// URL.
    pub url: Option<String>,
}
