//! How each node type looks in the drawn formats (GEXF colours, Mermaid, SVG, HTML): one
//! palette and one shape per type, taken from the DOT export so that every picture of a graph
//! uses the same colours.
//!
//! Flow: exporter -> **style** (colour, shape, legend order) -> drawing.

use super::dot;
use crate::graph::NodeType;
use crate::kinds::{EntityKind, EventKind};

/// A node outline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    /// Persons.
    Ellipse,
    /// Organizations.
    Box,
    /// Locations.
    Hexagon,
    /// Groups.
    Octagon,
    /// Other entities: a box with a dashed outline.
    Note,
    /// Events.
    Diamond,
}

impl Shape {
    /// The shape's name (CSS class, legend).
    pub(crate) const fn as_str(self) -> &'static str {
        match self {
            Shape::Ellipse => "ellipse",
            Shape::Box => "box",
            Shape::Hexagon => "hexagon",
            Shape::Octagon => "octagon",
            Shape::Note => "note",
            Shape::Diamond => "diamond",
        }
    }
}

/// The fill colour of a node type, `#rrggbb` (the DOT palette).
pub(crate) fn fill(ty: NodeType) -> &'static str {
    dot::style(ty).1
}

/// The outline of a node type.
pub(crate) fn shape(ty: NodeType) -> Shape {
    match ty {
        NodeType::Entity(EntityKind::Person) => Shape::Ellipse,
        NodeType::Entity(EntityKind::Organization) => Shape::Box,
        NodeType::Entity(EntityKind::Location) => Shape::Hexagon,
        NodeType::Entity(EntityKind::Group) => Shape::Octagon,
        NodeType::Entity(_) => Shape::Note,
        NodeType::Event(_) => Shape::Diamond,
    }
}

/// The class of a node type in drawings and legends: the entity type's name, or `event`.
pub(crate) fn class(ty: NodeType) -> &'static str {
    match ty {
        NodeType::Entity(k) => k.as_str(),
        NodeType::Event(_) => "event",
    }
}

/// A `#rrggbb` colour as numbers (black for anything else).
pub(crate) fn rgb(hex: &str) -> (u8, u8, u8) {
    let h = hex.trim_start_matches('#');
    let part = |i: usize| h.get(i..i + 2).and_then(|p| u8::from_str_radix(p, 16).ok()).unwrap_or(0);
    if h.len() == 6 { (part(0), part(2), part(4)) } else { (0, 0, 0) }
}

/// The legend: one entry per entity type, then one for all events (events share a style).
pub(crate) fn legend() -> Vec<(&'static str, NodeType)> {
    let mut v: Vec<(&'static str, NodeType)> =
        EntityKind::ALL.iter().map(|k| (k.as_str(), NodeType::Entity(*k))).collect();
    v.push((class(NodeType::Event(EventKind::Arrest)), NodeType::Event(EventKind::Arrest)));
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_hex_colours() {
        assert_eq!(rgb("#a6cee3"), (0xa6, 0xce, 0xe3));
        assert_eq!(rgb("nope"), (0, 0, 0));
    }

    #[test]
    fn types_look_different() {
        let legend = legend();
        for (i, (_, a)) in legend.iter().enumerate() {
            for (_, b) in &legend[i + 1..] {
                assert!(shape(*a) != shape(*b) || fill(*a) != fill(*b), "{a:?} and {b:?} look the same");
            }
        }
    }
}
