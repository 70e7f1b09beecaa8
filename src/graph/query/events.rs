//! `events`: events with their participants, roles, modality and time, filtered by type,
//! participant and date.
//!
//! An event's date is its time expression's ISO 8601 value when extraction resolved one (a day,
//! month, ISO week, year or decade: each is a range of days); otherwise the date of the article
//! it comes from, marked as such, because a news event is dated by its report when the text
//! gives nothing better. Date filters keep events whose range overlaps the one asked for.
//!
//! Reads a [`KnowledgeGraph`]; writes nothing.

use std::collections::BTreeMap;

use petgraph::Direction;
use petgraph::stable_graph::{EdgeIndex, NodeIndex};
use petgraph::visit::EdgeRef;

use crate::graph::{EdgeLabel, KnowledgeGraph, NodeKind};
use crate::kinds::EventKind;

/// An inclusive range of days, from an ISO 8601 date, month, week, year or decade.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DateRange {
    /// First day, in days since 1970-01-01.
    pub start: i64,
    /// Last day, in days since 1970-01-01.
    pub end: i64,
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's `days_from_civil`).
fn days(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// `YYYY-MM-DD` of a day since 1970-01-01 (H. Hinnant's `civil_from_days`).
fn iso(z: i64) -> String {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

fn month_len(y: i64, m: i64) -> i64 {
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    days(ny, nm, 1) - days(y, m, 1)
}

impl DateRange {
    /// Reads `2020-11-17` (a time after it, as in `2020-11-17T08:00Z`, is ignored), `2020-11`,
    /// `2020-W47`, `2020` or `198X` (a decade).
    pub fn parse(s: &str) -> Option<DateRange> {
        let s = s.trim();
        let num =
            |t: &str| (!t.is_empty() && t.bytes().all(|b| b.is_ascii_digit())).then(|| t.parse::<i64>().ok()).flatten();
        let year = num(s.get(..4)?);
        let rest = &s[4..];
        if let (Some(dec), Some("X" | "x")) = (s.get(..3).and_then(num), s.get(3..)) {
            return Some(DateRange { start: days(dec * 10, 1, 1), end: days(dec * 10 + 10, 1, 1) - 1 });
        }
        let y = year?;
        if rest.is_empty() {
            return Some(DateRange { start: days(y, 1, 1), end: days(y + 1, 1, 1) - 1 });
        }
        let rest = rest.strip_prefix('-')?;
        if let Some(w) = rest.strip_prefix('W') {
            let w = num(w).filter(|w| (1..=53).contains(w))?;
            let jan4 = days(y, 1, 4);
            let monday = jan4 - (jan4 + 3).rem_euclid(7);
            let start = monday + (w - 1) * 7;
            return Some(DateRange { start, end: start + 6 });
        }
        let m = num(rest.get(..2)?).filter(|m| (1..=12).contains(m))?;
        let rest = &rest[2..];
        if rest.is_empty() {
            return Some(DateRange { start: days(y, m, 1), end: days(y, m, 1) + month_len(y, m) - 1 });
        }
        let rest = rest.strip_prefix('-')?;
        let d = num(rest.get(..2)?).filter(|d| (1..=month_len(y, m)).contains(d))?;
        let tail = &rest[2..];
        if !(tail.is_empty() || tail.starts_with(['T', ' '])) {
            return None;
        }
        let day = days(y, m, d);
        Some(DateRange { start: day, end: day })
    }

    /// The first day as `YYYY-MM-DD`.
    pub fn first_day(&self) -> String {
        iso(self.start)
    }

    /// The last day as `YYYY-MM-DD`.
    pub fn last_day(&self) -> String {
        iso(self.end)
    }

    /// True when the two ranges share a day.
    pub fn overlaps(&self, other: &DateRange) -> bool {
        self.start <= other.end && other.start <= self.end
    }
}

/// Which events [`events`] lists.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct EventFilter {
    /// Only this type.
    pub kind: Option<EventKind>,
    /// Only events this node takes part in.
    pub actor: Option<NodeIndex>,
    /// Only events on or after this date's first day.
    pub from: Option<DateRange>,
    /// Only events on or before this date's last day.
    pub to: Option<DateRange>,
}

/// An event with what it involves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventRow {
    /// The event node.
    pub node: NodeIndex,
    /// Participants, each with the role edge that links it (by role, then participant id).
    pub participants: Vec<(NodeIndex, EdgeIndex)>,
    /// When, if known.
    pub date: Option<DateRange>,
    /// True when `date` is the article's date, not the event's own.
    pub dated_by_document: bool,
}

/// Events that pass `filter`: dated ones in date order, then the others, each by id.
///
/// # Complexity
/// O(V + E) plus O(k log k) to sort the k events kept.
pub fn events(kg: &KnowledgeGraph, filter: &EventFilter) -> Vec<EventRow> {
    let g = kg.petgraph();
    let doc_dates: BTreeMap<&str, DateRange> =
        kg.documents().filter_map(|d| Some((d.id.as_str(), DateRange::parse(d.date.as_deref()?)?))).collect();
    let mut out = Vec::new();
    for (i, n) in kg.nodes() {
        if n.kind() != NodeKind::Event || filter.kind.is_some_and(|k| n.event_kind() != Some(k)) {
            continue;
        }
        let mut participants: Vec<(NodeIndex, EdgeIndex)> = g
            .edges_directed(i, Direction::Outgoing)
            .filter(|e| matches!(e.weight().label, EdgeLabel::Role(_)))
            .map(|e| (e.target(), e.id()))
            .collect();
        if filter.actor.is_some_and(|a| !participants.iter().any(|p| p.0 == a)) {
            continue;
        }
        participants.sort_by(|a, b| (g[a.1].label, &kg.node(a.0).id).cmp(&(g[b.1].label, &kg.node(b.0).id)));
        let own =
            n.event.as_ref().and_then(|e| e.time.as_ref()).and_then(|t| t.value.as_deref()).and_then(DateRange::parse);
        let from_doc = || n.mentions.first().and_then(|m| doc_dates.get(m.doc.as_str()).copied());
        let (date, dated_by_document) = match own {
            Some(d) => (Some(d), false),
            None => (from_doc(), from_doc().is_some()),
        };
        let dated_ok = |bound: Option<DateRange>, ok: fn(&DateRange, &DateRange) -> bool| {
            bound.is_none_or(|b| date.as_ref().is_some_and(|d| ok(d, &b)))
        };
        if !dated_ok(filter.from, |d, b| d.end >= b.start) || !dated_ok(filter.to, |d, b| d.start <= b.end) {
            continue;
        }
        out.push(EventRow { node: i, participants, date, dated_by_document });
    }
    out.sort_by(|a, b| {
        let key = |r: &EventRow| (r.date.is_none(), r.date, kg.node(r.node).id.clone());
        key(a).cmp(&key(b))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::DocInfo;
    use crate::graph::query::fixture::{self, small};
    use crate::kinds::Role;

    fn range(a: &str, b: &str) -> DateRange {
        DateRange { start: DateRange::parse(a).unwrap().start, end: DateRange::parse(b).unwrap().end }
    }

    #[test]
    fn dates_and_their_ranges() {
        assert_eq!(days(1970, 1, 1), 0);
        assert_eq!(days(2000, 3, 1), 11_017);
        for d in [-1, 0, 59, 11_016, 11_017, 18_600, 40_000] {
            let r = DateRange { start: d, end: d };
            assert_eq!(DateRange::parse(&r.first_day()), Some(r));
        }
        assert_eq!(DateRange::parse("2020-02").unwrap().last_day(), "2020-02-29");
        assert_eq!(DateRange::parse("2020-11"), Some(range("2020-11-01", "2020-11-30")));
        assert_eq!(DateRange::parse("2020-02"), Some(range("2020-02-01", "2020-02-29")));
        assert_eq!(DateRange::parse("2019"), Some(range("2019-01-01", "2019-12-31")));
        assert_eq!(DateRange::parse("198X"), Some(range("1980-01-01", "1989-12-31")));
        // ISO week 1 of 2021 starts on Monday 4 January; week 53 of 2020 on 28 December.
        assert_eq!(DateRange::parse("2021-W01"), Some(range("2021-01-04", "2021-01-10")));
        assert_eq!(DateRange::parse("2020-W53"), Some(range("2020-12-28", "2021-01-03")));
        assert_eq!(DateRange::parse("2020-11-17T08:00:00Z"), DateRange::parse("2020-11-17"));
        for bad in ["", "20", "2020-13", "2021-02-29", "2020/11/17", "yesterday", "2020-W60", "2020-11-17x"] {
            assert_eq!(DateRange::parse(bad), None, "{bad}");
        }
        assert!(range("2020-01-01", "2020-01-31").overlaps(&range("2020-01-31", "2020-02-02")));
        assert!(!range("2020-01-01", "2020-01-30").overlaps(&range("2020-01-31", "2020-02-02")));
    }

    #[test]
    fn filters_by_type_actor_and_date() {
        let mut s = small();
        let arrest = fixture::event(&mut s.kg, EventKind::Arrest, 1, Some("2019"));
        fixture::role(&mut s.kg, arrest, Role::Patient, s.cy, "Cy was arrested.");
        let undated = fixture::event(&mut s.kg, EventKind::Arrest, 2, None);
        let all = events(&s.kg, &EventFilter::default());
        assert_eq!(all.iter().map(|r| r.node).collect::<Vec<_>>(), [arrest, s.dismissal, undated]);
        assert_eq!(all[1].participants.iter().map(|p| p.0).collect::<Vec<_>>(), [s.ana, s.bo]);
        let only = |f: EventFilter| events(&s.kg, &f).into_iter().map(|r| r.node).collect::<Vec<_>>();
        assert_eq!(only(EventFilter { kind: Some(EventKind::Arrest), ..Default::default() }), [arrest, undated]);
        assert_eq!(only(EventFilter { actor: Some(s.bo), ..Default::default() }), [s.dismissal]);
        assert_eq!(only(EventFilter { from: DateRange::parse("2020-11-30"), ..Default::default() }), [s.dismissal]);
        assert_eq!(only(EventFilter { to: DateRange::parse("2020-10"), ..Default::default() }), [arrest]);
        assert!(only(EventFilter { from: DateRange::parse("2021"), ..Default::default() }).is_empty());
    }

    #[test]
    fn the_article_date_stands_in() {
        let mut s = small();
        s.kg.add_document_info(DocInfo { id: "d".into(), date: Some("2018-05-02".into()), ..Default::default() });
        let undated = fixture::event(&mut s.kg, EventKind::Arrest, 2, None);
        let rows = events(&s.kg, &EventFilter { to: DateRange::parse("2018"), ..Default::default() });
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].node, undated);
        assert!(rows[0].dated_by_document);
        assert_eq!(rows[0].date, DateRange::parse("2018-05-02"));
    }
}
