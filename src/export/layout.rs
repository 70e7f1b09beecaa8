//! Placing nodes on a page, for the drawn formats (SVG, and the HTML view's starting picture).
//!
//! Reads a graph; returns the nodes to draw with their positions, sizes and wrapped label lines,
//! and the links between them. Large graphs are cut down to their most connected nodes
//! ([`most_central`]). The layout is a force-directed one (Fruchterman and Reingold's, with
//! forces measured between node outlines rather than centres so long labels keep apart),
//! followed by a pass that pushes overlapping nodes apart. It starts from a square spiral in
//! centrality order and uses only arithmetic and square roots, which IEEE 754 rounds exactly, so
//! the same graph gives the same picture on every machine.
//!
//! Flow: graph -> **layout** -> svg / html.
//!
//! # Complexity
//! O(n² · I) for n drawn nodes and I = [`ITERATIONS`], plus O(n²) per overlap pass.

use std::collections::BTreeMap;

use petgraph::stable_graph::NodeIndex;

use super::style::{self, Shape};
use crate::graph::{Edge, KnowledgeGraph, Node};

/// Force-layout rounds.
pub(crate) const ITERATIONS: usize = 500;
/// Label font size in pixels; the text width estimate is based on it.
pub(crate) const FONT_SIZE: f64 = 11.0;
/// Characters per label line before wrapping.
pub(crate) const WRAP: usize = 22;
/// Preferred gap between linked node outlines.
const IDEAL: f64 = 35.0;
/// Space kept between node outlines by the overlap pass.
const PAD: f64 = 14.0;
/// Pull towards the centre of a component, per pixel of distance.
const GRAVITY: f64 = 0.1;
/// Space between packed components.
const GAP: f64 = 30.0;

/// A node with its place on the page (centre `x`, `y`; size `w`, `h`).
#[derive(Debug, Clone)]
pub(crate) struct Placed<'a> {
    /// Its index in the graph.
    pub(crate) ix: NodeIndex,
    /// The node.
    pub(crate) node: &'a Node,
    /// Centre.
    pub(crate) x: f64,
    /// Centre.
    pub(crate) y: f64,
    /// Width of the outline's bounding box.
    pub(crate) w: f64,
    /// Height of the outline's bounding box.
    pub(crate) h: f64,
    /// The label, wrapped.
    pub(crate) lines: Vec<String>,
}

/// The edges from one drawn node to another, drawn as one arrow.
#[derive(Debug, Clone)]
pub(crate) struct Link<'a> {
    /// Index into [`Layout::nodes`].
    pub(crate) from: usize,
    /// Index into [`Layout::nodes`].
    pub(crate) to: usize,
    /// The edges, in graph edge order.
    pub(crate) edges: Vec<&'a Edge>,
}

impl Link<'_> {
    /// The relations of the edges, joined by `", "`.
    pub(crate) fn label(&self) -> String {
        self.edges.iter().map(|e| e.label.as_str()).collect::<Vec<_>>().join(", ")
    }
}

/// A laid-out graph.
#[derive(Debug, Clone)]
pub(crate) struct Layout<'a> {
    /// The drawn nodes, in node-id order.
    pub(crate) nodes: Vec<Placed<'a>>,
    /// Links between drawn nodes, in edge order.
    pub(crate) links: Vec<Link<'a>>,
    /// Page width (the nodes lie within `MARGIN..width - MARGIN`).
    pub(crate) width: f64,
    /// Page height.
    pub(crate) height: f64,
    /// Nodes in the graph.
    pub(crate) total_nodes: usize,
    /// Edges in the graph.
    pub(crate) total_edges: usize,
    /// Edges among the drawn nodes.
    pub(crate) drawn_edges: usize,
}

impl Layout<'_> {
    /// True when only part of the graph is drawn.
    pub(crate) fn is_partial(&self) -> bool {
        self.nodes.len() < self.total_nodes
    }
}

/// Splits a label into lines of at most [`WRAP`] characters at spaces (a longer word keeps a
/// line of its own); line breaks in the label are kept.
pub(crate) fn wrap(label: &str) -> Vec<String> {
    let mut lines = Vec::new();
    for part in label.split('\n') {
        let mut line = String::new();
        for word in part.split_whitespace() {
            if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > WRAP {
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        if !line.is_empty() {
            lines.push(line);
        }
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
}

/// The size of a node's outline for its wrapped label.
fn size(shape: Shape, lines: &[String]) -> (f64, f64) {
    let chars = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0) as f64;
    let tw = (chars * FONT_SIZE * 0.58).max(20.0);
    let th = lines.len() as f64 * (FONT_SIZE + 3.0);
    match shape {
        Shape::Diamond => (tw * 1.3 + 22.0, th * 1.5 + 12.0),
        Shape::Ellipse => (tw * 1.2 + 16.0, th * 1.3 + 12.0),
        Shape::Hexagon | Shape::Octagon => (tw + 34.0, th + 14.0),
        Shape::Box | Shape::Note => (tw + 18.0, th + 12.0),
    }
}

/// Up to `limit` nodes with the most distinct neighbours (then the most mentions, then the
/// smallest id), returned in node-id order.
pub(crate) fn most_central(kg: &KnowledgeGraph, limit: usize) -> Vec<NodeIndex> {
    let g = kg.petgraph();
    let mut scored: Vec<(usize, usize, &str, NodeIndex)> = kg
        .nodes()
        .map(|(ix, n)| {
            let mut nb: Vec<NodeIndex> = g.neighbors_undirected(ix).filter(|&o| o != ix).collect();
            nb.sort_unstable();
            nb.dedup();
            (nb.len(), n.mentions.len(), n.id.as_str(), ix)
        })
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)).then(a.2.cmp(b.2)));
    scored.truncate(limit);
    scored.sort_by(|a, b| a.2.cmp(b.2));
    scored.into_iter().map(|s| s.3).collect()
}

/// The `i`-th cell of a square spiral around the origin.
fn spiral(i: usize) -> (i64, i64) {
    let (mut x, mut y, mut dx, mut dy) = (0i64, 0i64, 1i64, 0i64);
    let (mut leg, mut run, mut turns) = (1i64, 0i64, 0u8);
    for _ in 0..i {
        x += dx;
        y += dy;
        run += 1;
        if run == leg {
            run = 0;
            (dx, dy) = (-dy, dx);
            turns += 1;
            if turns == 2 {
                turns = 0;
                leg += 1;
            }
        }
    }
    (x, y)
}

/// Lays out the whole graph, or its `limit` most central nodes.
pub(crate) fn layout(kg: &KnowledgeGraph, limit: Option<usize>) -> Layout<'_> {
    let chosen: Vec<NodeIndex> = match limit {
        Some(l) if kg.node_count() > l => most_central(kg, l),
        _ => kg.nodes().map(|(ix, _)| ix).collect(),
    };
    let slot: BTreeMap<NodeIndex, usize> = chosen.iter().enumerate().map(|(i, &ix)| (ix, i)).collect();
    let mut nodes: Vec<Placed<'_>> = chosen
        .iter()
        .map(|&ix| {
            let node = kg.node(ix);
            let lines = wrap(&node.label);
            let (w, h) = size(style::shape(node.ty), &lines);
            Placed { ix, node, x: 0.0, y: 0.0, w, h, lines }
        })
        .collect();
    let mut links: Vec<Link<'_>> = Vec::new();
    let mut drawn_edges = 0;
    for (a, b, e) in kg.edges() {
        let (Some(&from), Some(&to)) = (slot.get(&a), slot.get(&b)) else { continue };
        drawn_edges += 1;
        match links.iter_mut().find(|l| l.from == from && l.to == to) {
            Some(l) => l.edges.push(e),
            None => links.push(Link { from, to, edges: vec![e] }),
        }
    }
    place(&mut nodes, &links, &seed_order(kg, &chosen));
    let (width, height) = fit(&mut nodes);
    Layout { nodes, links, width, height, total_nodes: kg.node_count(), total_edges: kg.edge_count(), drawn_edges }
}

/// Slots of the chosen nodes, most connected first (the order the spiral is seeded in).
fn seed_order(kg: &KnowledgeGraph, chosen: &[NodeIndex]) -> Vec<usize> {
    let g = kg.petgraph();
    let mut order: Vec<(usize, usize)> = chosen
        .iter()
        .enumerate()
        .map(|(s, &ix)| {
            let mut nb: Vec<NodeIndex> = g.neighbors_undirected(ix).filter(|&o| o != ix).collect();
            nb.sort_unstable();
            nb.dedup();
            (nb.len(), s)
        })
        .collect();
    order.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    order.into_iter().map(|(_, s)| s).collect()
}

/// A node's box during layout.
#[derive(Debug, Clone, Copy)]
struct Body {
    x: f64,
    y: f64,
    w: f64,
    h: f64,
}

impl Body {
    /// Radius of the circle the outline roughly fills.
    fn radius(&self) -> f64 {
        (self.w + self.h) / 4.0
    }
}

/// Connected components (by links) as lists of slots, each in `order`; the largest first.
fn components(n: usize, links: &[Link<'_>], order: &[usize]) -> Vec<Vec<usize>> {
    let mut uf = petgraph::unionfind::UnionFind::<usize>::new(n);
    for l in links {
        uf.union(l.from, l.to);
    }
    let mut comps: Vec<Vec<usize>> = Vec::new();
    let mut root_of: BTreeMap<usize, usize> = BTreeMap::new();
    for &s in order {
        let r = uf.find(s);
        let c = *root_of.entry(r).or_insert_with(|| {
            comps.push(Vec::new());
            comps.len() - 1
        });
        comps[c].push(s);
    }
    // stable: equal sizes keep the order of their most central node
    comps.sort_by_key(|c| std::cmp::Reverse(c.len()));
    comps
}

/// Lays out each connected component on its own, then packs them in rows; `order` (most
/// connected first) seeds the spirals.
fn place(nodes: &mut [Placed<'_>], links: &[Link<'_>], order: &[usize]) {
    let comps = components(nodes.len(), links, order);
    let mut boxes: Vec<Vec<Body>> = Vec::new();
    for comp in &comps {
        let local: BTreeMap<usize, usize> = comp.iter().enumerate().map(|(i, &s)| (s, i)).collect();
        let mut bodies: Vec<Body> =
            comp.iter().map(|&s| Body { x: 0.0, y: 0.0, w: nodes[s].w, h: nodes[s].h }).collect();
        let springs: Vec<(usize, usize)> = links
            .iter()
            .filter(|l| l.from != l.to)
            .filter_map(|l| Some((*local.get(&l.from)?, *local.get(&l.to)?)))
            .collect();
        let mut degree = vec![0usize; bodies.len()];
        for &(a, b) in &springs {
            degree[a] += 1;
            degree[b] += 1;
        }
        let mass: Vec<f64> = degree.iter().map(|&d| (d as f64 + 1.0).sqrt()).collect();
        force(&mut bodies, &springs, &mass);
        remove_overlaps(&mut bodies);
        boxes.push(bodies);
    }
    pack(&mut boxes);
    for (comp, bodies) in comps.iter().zip(&boxes) {
        for (&s, b) in comp.iter().zip(bodies) {
            nodes[s].x = b.x;
            nodes[s].y = b.y;
        }
    }
}

/// The force layout of one component (bodies in seeding order, springs between them). Bodies
/// repel in proportion to their masses (the square root of one plus the degree), as in
/// ForceAtlas2, so hubs clear room for their neighbours.
fn force(bodies: &mut [Body], springs: &[(usize, usize)], mass: &[f64]) {
    let n = bodies.len();
    for (k, b) in bodies.iter_mut().enumerate() {
        let (gx, gy) = spiral(k);
        // a small fixed jitter keeps nodes of one row from lining up exactly
        let jitter = ((k * 7919) % 11) as f64 - 5.0;
        b.x = gx as f64 * 140.0 + jitter;
        b.y = gy as f64 * 80.0 - jitter;
    }
    if n < 2 {
        return;
    }
    let k2 = IDEAL * IDEAL;
    let t0 = 20.0 + 6.0 * (n as f64).sqrt();
    let mut disp = vec![(0.0f64, 0.0f64); n];
    for it in 0..ITERATIONS {
        disp.iter_mut().for_each(|d| *d = (0.0, 0.0));
        for i in 0..n {
            for j in i + 1..n {
                let (dx, dy, d) = delta(&bodies[i], &bodies[j], i);
                let gap = (d - bodies[i].radius() - bodies[j].radius()).max(2.0);
                let f = k2 * mass[i] * mass[j] / gap;
                disp[i].0 += dx / d * f;
                disp[i].1 += dy / d * f;
                disp[j].0 -= dx / d * f;
                disp[j].1 -= dy / d * f;
            }
        }
        for &(i, j) in springs {
            let (dx, dy, d) = delta(&bodies[i], &bodies[j], i);
            let gap = (d - bodies[i].radius() - bodies[j].radius()).max(0.0);
            let f = gap * gap / IDEAL;
            disp[i].0 -= dx / d * f;
            disp[i].1 -= dy / d * f;
            disp[j].0 += dx / d * f;
            disp[j].1 += dy / d * f;
        }
        let t = t0 * (1.0 - it as f64 / ITERATIONS as f64) + 0.5;
        for (b, d) in bodies.iter_mut().zip(&disp) {
            // gravity towards the centre, stronger along y for a page wider than tall
            let (gx, gy) = (d.0 - b.x * GRAVITY, d.1 - b.y * GRAVITY * 1.6);
            let len = (gx * gx + gy * gy).sqrt();
            if len > 0.0 {
                let step = len.min(t);
                b.x += gx / len * step;
                b.y += gy / len * step;
            }
        }
    }
}

/// Vector from `b` to `a` and its length (never zero: coincident nodes part along x).
fn delta(a: &Body, b: &Body, i: usize) -> (f64, f64, f64) {
    let (dx, dy) = (a.x - b.x, a.y - b.y);
    let d = (dx * dx + dy * dy).sqrt();
    if d < 0.01 { (if i % 2 == 0 { 0.01 } else { -0.01 }, 0.0, 0.01) } else { (dx, dy, d) }
}

/// Pushes apart nodes whose boxes (with [`PAD`]) overlap, along the axis that needs less.
fn remove_overlaps(bodies: &mut [Body]) {
    let n = bodies.len();
    for _ in 0..400 {
        let mut moved = false;
        for i in 0..n {
            for j in i + 1..n {
                let (dx, dy) = (bodies[i].x - bodies[j].x, bodies[i].y - bodies[j].y);
                let ox = (bodies[i].w + bodies[j].w) / 2.0 + PAD - dx.abs();
                let oy = (bodies[i].h + bodies[j].h) / 2.0 + PAD - dy.abs();
                if ox <= 0.0 || oy <= 0.0 {
                    continue;
                }
                moved = true;
                if ox < oy * 2.0 {
                    let s = if dx > 0.0 || (dx == 0.0 && i % 2 == 0) { 1.0 } else { -1.0 };
                    bodies[i].x += s * (ox / 2.0 + 0.5);
                    bodies[j].x -= s * (ox / 2.0 + 0.5);
                } else {
                    let s = if dy > 0.0 || (dy == 0.0 && i % 2 == 0) { 1.0 } else { -1.0 };
                    bodies[i].y += s * (oy / 2.0 + 0.5);
                    bodies[j].y -= s * (oy / 2.0 + 0.5);
                }
            }
        }
        if !moved {
            break;
        }
    }
}

/// Packs laid-out components into rows (largest first), aiming at a page about 1.6 times as
/// wide as it is tall; moves every body to its place on the page.
fn pack(comps: &mut [Vec<Body>]) {
    let bbox = |bs: &[Body]| {
        let l = bs.iter().map(|b| b.x - b.w / 2.0).fold(f64::INFINITY, f64::min);
        let t = bs.iter().map(|b| b.y - b.h / 2.0).fold(f64::INFINITY, f64::min);
        let r = bs.iter().map(|b| b.x + b.w / 2.0).fold(f64::NEG_INFINITY, f64::max);
        let bt = bs.iter().map(|b| b.y + b.h / 2.0).fold(f64::NEG_INFINITY, f64::max);
        (l, t, r - l, bt - t)
    };
    let boxes: Vec<(f64, f64, f64, f64)> = comps.iter().map(|c| bbox(c)).collect();
    let area: f64 = boxes.iter().map(|b| (b.2 + GAP) * (b.3 + GAP)).sum();
    let widest = boxes.iter().map(|b| b.2).fold(0.0, f64::max);
    let row_width = widest.max((area * 1.6).sqrt());
    let (mut x, mut y, mut row_h) = (0.0, 0.0, 0.0f64);
    for (c, (l, t, w, h)) in comps.iter_mut().zip(boxes) {
        if x > 0.0 && x + w > row_width {
            x = 0.0;
            y += row_h + GAP;
            row_h = 0.0;
        }
        for b in c.iter_mut() {
            b.x += x - l;
            b.y += y - t;
        }
        x += w + GAP;
        row_h = row_h.max(h);
    }
}

/// Page margin around the drawing.
pub(crate) const MARGIN: f64 = 24.0;

/// Moves the drawing to start at the margin, rounds positions to tenths, returns the page size.
fn fit(nodes: &mut [Placed<'_>]) -> (f64, f64) {
    if nodes.is_empty() {
        return (2.0 * MARGIN, 2.0 * MARGIN);
    }
    let min_x = nodes.iter().map(|p| p.x - p.w / 2.0).fold(f64::INFINITY, f64::min);
    let min_y = nodes.iter().map(|p| p.y - p.h / 2.0).fold(f64::INFINITY, f64::min);
    let round = |v: f64| (v * 10.0).round() / 10.0;
    for p in nodes.iter_mut() {
        p.x = round(p.x - min_x + MARGIN);
        p.y = round(p.y - min_y + MARGIN);
        p.w = round(p.w);
        p.h = round(p.h);
    }
    let max_x = nodes.iter().map(|p| p.x + p.w / 2.0).fold(0.0, f64::max);
    let max_y = nodes.iter().map(|p| p.y + p.h / 2.0).fold(0.0, f64::max);
    (round(max_x + MARGIN).ceil(), round(max_y + MARGIN).ceil())
}

/// Where the line from a node's centre towards `(dx, dy)` leaves its outline, relative to the
/// centre.
pub(crate) fn boundary(shape: Shape, w: f64, h: f64, dx: f64, dy: f64) -> (f64, f64) {
    let (a, b) = (w / 2.0, h / 2.0);
    if dx == 0.0 && dy == 0.0 {
        return (0.0, 0.0);
    }
    let t = match shape {
        Shape::Ellipse => 1.0 / ((dx / a).powi(2) + (dy / b).powi(2)).sqrt(),
        Shape::Diamond => 1.0 / (dx.abs() / a + dy.abs() / b),
        Shape::Box | Shape::Note | Shape::Hexagon | Shape::Octagon => {
            let tx = if dx == 0.0 { f64::INFINITY } else { a / dx.abs() };
            let ty = if dy == 0.0 { f64::INFINITY } else { b / dy.abs() };
            tx.min(ty)
        }
    };
    (dx * t, dy * t)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::testgraph;

    #[test]
    fn wraps_at_spaces_and_keeps_breaks() {
        assert_eq!(wrap("statement by Andrea Maria Rocha Garcia"), ["statement by Andrea", "Maria Rocha Garcia"]);
        assert_eq!(wrap("Line one\nLine two"), ["Line one", "Line two"]);
        assert_eq!(wrap(""), [""]);
        assert_eq!(wrap("Supercalifragilisticexpialidocious x"), ["Supercalifragilisticexpialidocious", "x"]);
    }

    #[test]
    fn spiral_visits_distinct_cells() {
        let cells: Vec<(i64, i64)> = (0..49).map(spiral).collect();
        let mut sorted = cells.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), 49);
        assert!(cells.iter().all(|(x, y)| x.abs() <= 3 && y.abs() <= 3));
    }

    #[test]
    fn no_two_nodes_overlap() {
        let g = testgraph::hostile();
        let l = layout(&g, None);
        assert_eq!(l.nodes.len(), g.node_count());
        for (i, a) in l.nodes.iter().enumerate() {
            assert!(a.x - a.w / 2.0 >= MARGIN - 0.1 && a.x + a.w / 2.0 <= l.width - MARGIN + 1.0);
            for b in &l.nodes[i + 1..] {
                let apart = (a.x - b.x).abs() >= (a.w + b.w) / 2.0 || (a.y - b.y).abs() >= (a.h + b.h) / 2.0;
                assert!(apart, "{} overlaps {}", a.node.id, b.node.id);
            }
        }
    }

    #[test]
    fn limit_keeps_the_most_connected() {
        let g = testgraph::small();
        let l = layout(&g, Some(2));
        assert!(l.is_partial());
        let ids: Vec<&str> = l.nodes.iter().map(|p| p.node.id.as_str()).collect();
        // the arrest has three neighbours, Ana two (the arrest and the cooperative)
        assert_eq!(ids, ["event:d1:arrest:1", "person:ana-perez"]);
        assert_eq!(l.drawn_edges, 1);
    }

    #[test]
    fn empty_graph_has_a_page() {
        let g = KnowledgeGraph::new();
        let l = layout(&g, Some(80));
        assert!(l.nodes.is_empty() && l.width > 0.0 && l.height > 0.0);
    }

    #[test]
    fn boundary_points_lie_on_the_outline() {
        let (x, y) = boundary(Shape::Ellipse, 40.0, 20.0, 3.0, 4.0);
        assert!(((x / 20.0).powi(2) + (y / 10.0).powi(2) - 1.0).abs() < 1e-9);
        let (x, y) = boundary(Shape::Box, 40.0, 20.0, 10.0, 1.0);
        assert!((x - 20.0).abs() < 1e-9 && (y - 2.0).abs() < 1e-9);
        let (x, y) = boundary(Shape::Diamond, 40.0, 20.0, 1.0, 1.0);
        assert!((x.abs() / 20.0 + y.abs() / 10.0 - 1.0).abs() < 1e-9);
    }
}
