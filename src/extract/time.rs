//! Time expressions and their normalization against the document date.
//!
//! Reads one sentence's tokens and the document date (front matter `date`, ISO); returns the
//! time expressions found ("last month", "on Thursday", "July 20, 2009", "in 2019", "the
//! 1980s") with an ISO 8601 value when one can be computed: a day (`2015-06-11`), a month
//! (`2020-10`), an ISO week (`2020-W46`), a year (`2019`) or a decade (`198X`). Without a
//! document date, relative expressions keep their words but get no value.
//!
//! Used by the events pass to date events.

use super::TimeExpr;
use super::lexicon::words::{month, weekday};
use crate::text::{Document, Span, TokenKind};

/// A date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Ymd(pub i32, pub u32, pub u32);

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if is_leap(y) => 29,
        _ => 28,
    }
}

/// Days since 1970-01-01 (proleptic Gregorian).
fn days(d: Ymd) -> i64 {
    let (y, m, dd) = (i64::from(d.0), i64::from(d.1), i64::from(d.2));
    let y2 = if m <= 2 { y - 1 } else { y };
    let era = y2.div_euclid(400);
    let yoe = y2 - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + dd - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn from_days(z: i64) -> Ymd {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    Ymd((if m <= 2 { y + 1 } else { y }) as i32, m, d)
}

/// Monday = 0.
fn weekday_of(d: Ymd) -> u32 {
    ((days(d) + 3).rem_euclid(7)) as u32
}

fn iso_week(d: Ymd) -> (i32, u32) {
    let wd = i64::from(weekday_of(d));
    let thursday = from_days(days(d) - wd + 3);
    let jan1 = days(Ymd(thursday.0, 1, 1));
    (thursday.0, ((days(thursday) - jan1) / 7 + 1) as u32)
}

fn fmt_day(d: Ymd) -> String {
    format!("{:04}-{:02}-{:02}", d.0, d.1, d.2)
}

fn shift_month(y: i32, m: u32, by: i32) -> (i32, u32) {
    let t = y * 12 + m as i32 - 1 + by;
    (t.div_euclid(12), (t.rem_euclid(12) + 1) as u32)
}

/// Finds time expressions in sentence `si` of `doc`.
pub fn find_times(doc: &Document, si: usize) -> Vec<TimeExpr> {
    let dd = doc.meta().ymd().map(|(y, m, d)| Ymd(y, m, d));
    let toks = doc.sentence_tokens(si);
    let w = |i: usize| doc.slice_lower(toks[i].span);
    let num = |i: usize| -> Option<u32> {
        (i < toks.len() && toks[i].kind == TokenKind::Number)
            .then(|| w(i).trim_end_matches(|c: char| c.is_alphabetic()).parse().ok())
            .flatten()
    };
    let span = |a: usize, b: usize| Span::new(toks[a].span.start, toks[b - 1].span.end);
    let mut out = Vec::new();
    let n = toks.len();
    let mut i = 0;
    while i < n {
        let wi = w(i);
        // relative words
        let rel = match wi {
            "today" | "tonight" => dd.map(fmt_day).map(|v| (1, v)),
            "yesterday" => dd.map(|d| (1, fmt_day(from_days(days(d) - 1)))),
            "tomorrow" => dd.map(|d| (1, fmt_day(from_days(days(d) + 1)))),
            _ => None,
        };
        if matches!(wi, "today" | "tonight" | "yesterday" | "tomorrow") {
            out.push(TimeExpr { span: span(i, i + 1), value: rel.map(|r| r.1) });
            i += 1;
            continue;
        }
        if matches!(wi, "this" | "last" | "next" | "past") && i + 1 < n {
            let unit = w(i + 1);
            let by = match wi {
                "last" | "past" => -1,
                "next" => 1,
                _ => 0,
            };
            let value = match unit {
                "week" => dd.map(|d| {
                    let (y, wk) = iso_week(from_days(days(d) + 7 * i64::from(by)));
                    format!("{y}-W{wk:02}")
                }),
                "month" => dd.map(|d| {
                    let (y, m) = shift_month(d.0, d.1, by);
                    format!("{y}-{m:02}")
                }),
                "year" => dd.map(|d| format!("{}", d.0 + by)),
                _ => None,
            };
            if matches!(unit, "week" | "month" | "year") {
                out.push(TimeExpr { span: span(i, i + 2), value });
                i += 2;
                continue;
            }
            if let Some(wd) = weekday(unit) {
                let value = dd.map(|d| {
                    let back = (i64::from(weekday_of(d)) - i64::from(wd)).rem_euclid(7);
                    let back = if back == 0 { 7 } else { back };
                    fmt_day(from_days(days(d) - back + if by == 1 { 14 - 7 } else { 0 }))
                });
                out.push(TimeExpr { span: span(i, i + 2), value });
                i += 2;
                continue;
            }
        }
        if let Some(wd) = weekday(wi) {
            // a bare weekday: the nearest one in the week around the document date (news uses
            // the past tense for most events: prefer the latest not after the date)
            let value = dd.map(|d| {
                let back = (i64::from(weekday_of(d)) - i64::from(wd)).rem_euclid(7);
                fmt_day(from_days(days(d) - back))
            });
            out.push(TimeExpr { span: span(i, i + 1), value });
            i += 1;
            continue;
        }
        if let Some(m) = month(wi) {
            // "July 20, 2009", "Jan. 5", "June 2012", "in January"
            // ("may", "march": verbs and nouns unless capitalized)
            if !toks[i].is_cap() {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            let mut day = None;
            let mut year = None;
            if let Some(d) = num(j).filter(|d| (1..=31).contains(d)) {
                day = Some(d);
                j += 1;
                if j + 1 < n && w(j) == "," {
                    if let Some(y) = num(j + 1).filter(|y| (1000..=2999).contains(y)) {
                        year = Some(y as i32);
                        j += 2;
                    }
                }
            } else if let Some(y) = num(j).filter(|y| (1000..=2999).contains(y)) {
                year = Some(y as i32);
                j += 1;
            }
            // a month without a year is in the document's year, unless it lies more than two
            // months after the date (news rarely names a later month without its year)
            let year = year.or_else(|| dd.map(|d| if m > d.1 + 2 { d.0 - 1 } else { d.0 }));
            let value = year.map(|y| match day {
                Some(d) if d <= days_in_month(y, m) => fmt_day(Ymd(y, m, d)),
                _ => format!("{y}-{m:02}"),
            });
            out.push(TimeExpr { span: span(i, j), value });
            i = j;
            continue;
        }
        if toks[i].kind == TokenKind::Number {
            let t = doc.slice(toks[i].span);
            // "in 2019", "the 1990s", "the 1980’s"
            let digits: String = t.chars().take_while(char::is_ascii_digit).collect();
            let prev = if i > 0 { w(i - 1) } else { "" };
            if digits.len() == 4
                && matches!(
                    prev,
                    "in" | "since" | "until" | "of" | "the" | "by" | "before" | "after" | "during" | "from"
                )
            {
                let y: i32 = digits.parse().unwrap_or(0);
                if (1000..=2999).contains(&y) {
                    let decade = t.ends_with('s') || (i + 1 < n && toks[i + 1].kind == TokenKind::Possessive);
                    let end = if i + 1 < n && toks[i + 1].kind == TokenKind::Possessive { i + 2 } else { i + 1 };
                    let value = if decade { format!("{}X", &digits[..3]) } else { digits.clone() };
                    out.push(TimeExpr { span: span(i, end), value: Some(value) });
                    i = end;
                    continue;
                }
            }
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn times(date: &str, text: &str) -> Vec<(String, Option<String>)> {
        let doc = Document::new("t", format!("---\ndate: {date}\n---\n{text}"));
        (0..doc.sentences().len())
            .flat_map(|s| find_times(&doc, s))
            .map(|t| (doc.slice(t.span).to_string(), t.value))
            .collect()
    }

    #[test]
    fn calendar_arithmetic() {
        assert_eq!(from_days(days(Ymd(2024, 2, 29))), Ymd(2024, 2, 29));
        assert_eq!(weekday_of(Ymd(2015, 6, 12)), 4); // a Friday
        assert_eq!(iso_week(Ymd(2021, 1, 1)), (2020, 53));
    }

    #[test]
    fn relative_expressions() {
        let t = times(
            "2015-06-12",
            "He was sentenced Thursday. Last month it rained. This week too. It happened in 2019 and in the 1980s.",
        );
        assert_eq!(t[0], ("Thursday".into(), Some("2015-06-11".into())));
        assert_eq!(t[1], ("Last month".into(), Some("2015-05".into())));
        assert_eq!(t[2], ("This week".into(), Some("2015-W24".into())));
        assert_eq!(t[3], ("2019".into(), Some("2019".into())));
        assert_eq!(t[4], ("1980s".into(), Some("198X".into())));
    }

    #[test]
    fn absolute_dates() {
        let t = times(
            "2009-07-20",
            "On July 20, 2009 and in January and on August 6 and in June 2012. In December it snowed.",
        );
        assert_eq!(t[0].1.as_deref(), Some("2009-07-20"));
        assert_eq!(t[1].1.as_deref(), Some("2009-01"));
        assert_eq!(t[2].1.as_deref(), Some("2009-08-06"));
        assert_eq!(t[3].1.as_deref(), Some("2012-06"));
        // a month long after the date, without a year, is last year's
        assert_eq!(t[4].1.as_deref(), Some("2008-12"));
    }

    #[test]
    fn no_date_no_value() {
        let doc = Document::new("t", "He spoke on Thursday.");
        let t = find_times(&doc, 0);
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].value, None);
    }
}
