//! Lexicons: general-knowledge word lists and gazetteers, and user lexicons.
//!
//! Two kinds live here. Small hand-curated closed lists are Rust constants in the submodules
//! ([`words`], [`roles`], [`heads`], [`triggers`]). Large generated lists (countries with
//! demonyms, regions, first-level subdivisions, cities, given names, surnames, common English
//! words) are data files under `data/`, embedded at compile time; each file's header records its
//! source, licence and the command that regenerates it (`scripts/gen_lexicons.py`).
//!
//! [`Lexicon::standard`] parses the embedded files once per process. A user lexicon
//! ([`Lexicon::with_user_file`], format in `docs/lexicons.md`) adds entries of any entity type
//! with their aliases; they take precedence over everything else.
//!
//! Read by the mention and entity passes; writes nothing.

/// Declares `fn $name(w: &str) -> bool` answering whether `w` is in the word list `$list`,
/// through a hash set built once: the lists are consulted for every token.
macro_rules! word_set {
    ($(#[$m:meta])* $vis:vis fn $name:ident = $list:expr) => {
        $(#[$m])*
        $vis fn $name(w: &str) -> bool {
            static SET: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
                std::sync::LazyLock::new(|| $list.iter().copied().collect());
            SET.contains(w)
        }
    };
}
pub(crate) use word_set;

pub(crate) mod heads;
pub mod roles;
pub(crate) mod triggers;
pub(crate) mod words;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::borrow::Cow;
use std::path::Path;
use std::sync::{Arc, LazyLock};

use crate::error::{Error, Result};
use crate::kinds::EntityKind;

/// What sort of place a gazetteer entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlaceKind {
    /// A sovereign country or a major territory.
    Country,
    /// A continent or world region.
    Region,
    /// A celestial body used as a place ("Earth").
    Celestial,
    /// A state, province or other first-level subdivision.
    Subdivision,
    /// A city or town.
    City,
}

/// One gazetteer or user-lexicon entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// Canonical name: the label the entity gets.
    pub name: String,
    /// The entity type it gives.
    pub kind: EntityKind,
    /// For places: what sort.
    pub place: Option<PlaceKind>,
    /// For subdivisions and cities: ISO country code.
    pub country: Option<String>,
    /// For cities: population (0 when unknown).
    pub population: u32,
    /// Weak evidence only: the name is also a common word or a surname.
    pub weak: bool,
    /// From a user lexicon.
    pub user: bool,
}

/// How a surface form names its entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// The name or an alias ("United States", "U.S.").
    Name,
    /// A demonym ("Mexican", "Americans").
    Demonym,
}

/// A lexicon hit: which entry, and in which form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// Index into [`Lexicon::entry`].
    pub entry: usize,
    /// Name or demonym.
    pub form: Form,
}

/// All lexicons one extraction run uses.
///
/// Every table is shared (`Arc`), so a copy is cheap: the command line copies the standard
/// lexicon to add user lexicons to, and only a copy that gets user entries copies the tables
/// it changes (`Arc::make_mut`).
#[derive(Debug, Clone)]
pub struct Lexicon {
    entries: Arc<Vec<Entry>>,
    surfaces: Arc<HashMap<String, Vec<Hit>>>,
    max_words: usize,
    /// For each first word of a surface form, the most words a form starting with it has.
    first_words: Arc<HashMap<String, usize>>,
    given: Arc<WordSet>,
    given_common: Arc<WordSet>,
    /// Given names borne (nearly) only by men (true) or only by women (false).
    given_gender: Arc<HashMap<String, bool>>,
    surnames: Arc<WordSet>,
    common: Arc<WordSet>,
    country_by_code: Arc<HashMap<String, usize>>,
}

/// A word list: lines of an embedded file, lower-cased. Lines already in lower case (all of
/// the large common-word list) are borrowed from the file, not copied.
type WordSet = HashSet<Cow<'static, str>>;

macro_rules! data {
    ($f:literal) => {
        include_str!(concat!("data/", $f))
    };
}

static STANDARD: LazyLock<Lexicon> = LazyLock::new(Lexicon::build_standard);

fn lines(s: &str) -> impl Iterator<Item = &str> {
    s.lines().map(str::trim_end).filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

fn list(s: &str) -> impl Iterator<Item = &str> {
    s.split(';').map(str::trim).filter(|x| !x.is_empty())
}

fn data_set(s: &'static str) -> WordSet {
    // (sized for every line at once: growing a set of 60,000 words step by step cost more
    // than filling it)
    let mut set = WordSet::with_capacity_and_hasher(line_count(s), Default::default());
    set.extend(lines(s).map(|l| {
        let w = l.trim();
        // (a word each of whose characters lower-cases to itself is its own lower case)
        let lower = if w.is_ascii() {
            !w.bytes().any(|b| b.is_ascii_uppercase())
        } else {
            w.chars().all(|c| {
                let mut l = c.to_lowercase();
                l.next() == Some(c) && l.next().is_none()
            })
        };
        if lower { Cow::Borrowed(w) } else { Cow::Owned(w.to_lowercase()) }
    }));
    set
}

/// An upper bound on the entries a data file gives: its number of lines.
fn line_count(s: &str) -> usize {
    s.bytes().filter(|&b| b == b'\n').count() + 1
}

/// Lower-cases a surface form and folds runs of white space, the key every lookup uses.
pub fn key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    if s.is_ascii() {
        // (the same for ASCII text, byte by byte: `split_whitespace` splits at the ASCII
        // characters `char::is_whitespace` accepts)
        for w in s.split(|c: char| c.is_whitespace()).filter(|w| !w.is_empty()) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.extend(w.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        }
        return out;
    }
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(w.chars().flat_map(char::to_lowercase));
    }
    out
}

impl Lexicon {
    /// The embedded general-knowledge lexicons (parsed once per process).
    pub fn standard() -> &'static Lexicon {
        &STANDARD
    }

    fn build_standard() -> Lexicon {
        // (the tables are sized for the data up front, as in `data_set`: one surface form a
        // line and one a ';'-separated alias at most, doubled for the forms without periods)
        let places = [data!("countries.tsv"), data!("regions.tsv"), data!("subdivisions.tsv"), data!("cities.tsv")];
        let forms: usize = places.iter().map(|s| line_count(s) + s.bytes().filter(|&b| b == b';').count()).sum();
        let mut lx = Lexicon {
            entries: Arc::new(Vec::with_capacity(places.iter().map(|s| line_count(s)).sum())),
            surfaces: Arc::new(HashMap::with_capacity_and_hasher(forms, Default::default())),
            max_words: 1,
            first_words: Arc::new(HashMap::with_capacity_and_hasher(forms, Default::default())),
            given: Arc::new(data_set(data!("given_names.txt"))),
            given_common: Arc::new(data_set(data!("given_names_common_words.txt"))),
            given_gender: Arc::new(
                lines(data!("given_names_gender.tsv"))
                    .filter_map(|l| l.split_once('\t'))
                    .map(|(n, g)| (n.trim().to_lowercase(), g.trim() == "m"))
                    .collect(),
            ),
            surnames: Arc::new(data_set(data!("surnames.txt"))),
            common: Arc::new(data_set(data!("common_words.txt"))),
            country_by_code: Arc::default(),
        };
        for l in lines(data!("countries.tsv")) {
            let c: Vec<&str> = l.split('\t').collect();
            let (Some(name), Some(code)) = (c.first(), c.get(1)) else { continue };
            let e = lx.push(Entry {
                name: name.to_string(),
                kind: EntityKind::Location,
                place: Some(PlaceKind::Country),
                country: Some(code.to_string()),
                population: 0,
                weak: false,
                user: false,
            });
            Arc::make_mut(&mut lx.country_by_code).insert(code.to_string(), e);
            lx.add_surface(name, e, Form::Name);
            for a in c.get(2).into_iter().flat_map(|x| list(x)) {
                lx.add_surface(a, e, Form::Name);
            }
            for d in c.get(3).into_iter().flat_map(|x| list(x)) {
                lx.add_surface(d, e, Form::Demonym);
            }
        }
        for l in lines(data!("regions.tsv")) {
            let c: Vec<&str> = l.split('\t').collect();
            let Some(name) = c.first() else { continue };
            let place = if c.get(1) == Some(&"celestial") { PlaceKind::Celestial } else { PlaceKind::Region };
            let e = lx.push(Entry {
                name: name.to_string(),
                kind: EntityKind::Location,
                place: Some(place),
                country: None,
                population: 0,
                weak: false,
                user: false,
            });
            lx.add_surface(name, e, Form::Name);
            for a in c.get(2).into_iter().flat_map(|x| list(x)) {
                lx.add_surface(a, e, Form::Name);
            }
            for d in c.get(3).into_iter().flat_map(|x| list(x)) {
                lx.add_surface(d, e, Form::Demonym);
            }
        }
        for l in lines(data!("subdivisions.tsv")) {
            let c: Vec<&str> = l.split('\t').collect();
            let Some(name) = c.first() else { continue };
            let e = lx.push(Entry {
                name: name.to_string(),
                kind: EntityKind::Location,
                place: Some(PlaceKind::Subdivision),
                country: c.get(2).map(|s| s.to_string()),
                population: 0,
                weak: false,
                user: false,
            });
            lx.add_surface(name, e, Form::Name);
            for a in c.get(3).into_iter().flat_map(|x| list(x)) {
                lx.add_surface(a, e, Form::Name);
            }
        }
        for l in lines(data!("cities.tsv")) {
            let c: Vec<&str> = l.split('\t').collect();
            let Some(name) = c.first() else { continue };
            let flags = c.get(5).copied().unwrap_or("");
            let population: u32 = c.get(2).and_then(|p| p.parse().ok()).unwrap_or(0);
            // A city name that is also a common word or a surname is weak evidence, unless
            // the city is large enough that news means the city.
            let weak = (flags.contains("common_word") && population < 1_000_000)
                || (flags.contains("surname") && population < 500_000);
            let e = lx.push(Entry {
                name: name.to_string(),
                kind: EntityKind::Location,
                place: Some(PlaceKind::City),
                country: c.get(1).map(|s| s.to_string()),
                population,
                weak,
                user: false,
            });
            lx.add_surface(name, e, Form::Name);
            for a in c.get(4).into_iter().flat_map(|x| list(x)) {
                lx.add_surface(a, e, Form::Name);
            }
        }
        lx
    }

    fn push(&mut self, e: Entry) -> usize {
        let entries = Arc::make_mut(&mut self.entries);
        entries.push(e);
        entries.len() - 1
    }

    fn add_surface(&mut self, surface: &str, entry: usize, form: Form) {
        // "Washington, D.C." is also written "Washington, DC".
        if surface.contains('.') && surface.chars().filter(|c| c.is_uppercase()).count() >= 2 {
            let bare: String = surface.chars().filter(|&c| c != '.').collect();
            if bare != surface && bare.trim().len() >= 2 {
                self.add_key(key(&bare), entry, form);
            }
        }
        self.add_key(key(surface), entry, form);
    }

    fn add_key(&mut self, k: String, entry: usize, form: Form) {
        if k.is_empty() {
            return;
        }
        let words = 1 + k.bytes().filter(|&b| b == b' ' || b == b',').count();
        self.max_words = self.max_words.max(words);
        let first = k.split([' ', ',', '\'', '’']).next().unwrap_or("");
        let first_words = Arc::make_mut(&mut self.first_words);
        match first_words.get_mut(first) {
            Some(m) => *m = (*m).max(words),
            None => {
                first_words.insert(first.to_string(), words);
            }
        }
        let hits = Arc::make_mut(&mut self.surfaces).entry(k).or_default();
        if !hits.iter().any(|h| h.entry == entry && h.form == form) {
            hits.push(Hit { entry, form });
        }
    }

    /// A copy of this lexicon with a user lexicon file added.
    ///
    /// # Errors
    /// [`Error::Io`] when the file cannot be read, [`Error::BadLexicon`] for a bad line.
    pub fn with_user_file(&self, path: &Path) -> Result<Lexicon> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        self.with_user_entries(path, &text)
    }

    /// A copy of this lexicon with user entries (the text of a user lexicon file) added.
    ///
    /// # Errors
    /// [`Error::BadLexicon`] for a line that is not `name<TAB>type[<TAB>aliases]`.
    pub fn with_user_entries(&self, path: &Path, text: &str) -> Result<Lexicon> {
        let mut lx = self.clone();
        for (n, line) in text.lines().enumerate() {
            let l = line.trim_end();
            if l.trim().is_empty() || l.trim_start().starts_with('#') {
                continue;
            }
            let bad = |reason: &str| Error::BadLexicon { path: path.to_path_buf(), line: n + 1, reason: reason.into() };
            let c: Vec<&str> = l.split('\t').collect();
            if c.len() < 2 || c[0].trim().is_empty() {
                return Err(bad("expected 'name<TAB>type[<TAB>alias;alias...]'"));
            }
            let kind = EntityKind::parse(c[1].trim()).ok_or_else(|| {
                bad(&format!("unknown type '{}' (person, organization, location, group, other)", c[1].trim()))
            })?;
            let e = lx.push(Entry {
                name: c[0].trim().to_string(),
                kind,
                place: None,
                country: None,
                population: 0,
                weak: false,
                user: true,
            });
            lx.add_surface(c[0], e, Form::Name);
            for a in c.get(2).into_iter().flat_map(|x| list(x)) {
                lx.add_surface(a, e, Form::Name);
            }
        }
        Ok(lx)
    }

    /// The entry at an index.
    pub fn entry(&self, i: usize) -> &Entry {
        &self.entries[i]
    }

    /// Hits for a surface form (any case; white space folded).
    pub fn lookup(&self, surface: &str) -> &[Hit] {
        self.lookup_key(&key(surface))
    }

    /// Hits for an already folded key.
    pub fn lookup_key(&self, k: &str) -> &[Hit] {
        self.surfaces.get(k).map_or(&[], Vec::as_slice)
    }

    /// The most words a surface form starting with this (lower-case) word has, if any starts
    /// with it.
    pub fn max_words_from(&self, first: &str) -> Option<usize> {
        self.first_words.get(first).copied()
    }

    /// The best hit for a lower-cased slice of text: no new string when it is already in key
    /// form (single spaces, no capitals), as running text almost always is.
    pub fn best_lower(&self, lower: &str) -> Option<Hit> {
        let b = lower.as_bytes();
        let key_form = !b.is_empty()
            && b.is_ascii()
            && b[0] != b' '
            && b[b.len() - 1] != b' '
            && !b.iter().any(|&c| c.is_ascii_uppercase() || matches!(c, b'\n' | b'\r' | b'\t'))
            && !b.windows(2).any(|w| w == b"  ");
        if key_form { self.best(lower) } else { self.best(&key(lower)) }
    }

    /// The longest surface form, in words.
    pub fn max_words(&self) -> usize {
        self.max_words
    }

    /// The best hit for a key: user entries first, then countries, regions, subdivisions,
    /// cities by population.
    pub fn best(&self, k: &str) -> Option<Hit> {
        self.lookup_key(k).iter().copied().min_by_key(|h| {
            let e = &self.entries[h.entry];
            let rank = match (e.user, e.place) {
                (true, _) => 0,
                (_, Some(PlaceKind::Country)) => 1,
                (_, Some(PlaceKind::Region | PlaceKind::Celestial)) => 2,
                (_, Some(PlaceKind::Subdivision)) => 3,
                _ => 4,
            };
            (rank, u32::MAX - e.population, h.entry)
        })
    }

    /// The country entry with an ISO code.
    pub fn country(&self, iso2: &str) -> Option<usize> {
        self.country_by_code.get(iso2).copied()
    }

    /// True for a known given name (lower case).
    pub fn is_given_name(&self, w: &str) -> bool {
        self.given.contains(w)
    }

    /// The gender a given name (lower case) almost always goes with: `Some(true)` for men.
    pub fn given_gender(&self, w: &str) -> Option<bool> {
        self.given_gender.get(w).copied()
    }

    /// True for a given name that is also a common English word ("will", "mark").
    pub fn is_given_name_common_word(&self, w: &str) -> bool {
        self.given_common.contains(w)
    }

    /// True for a known surname (lower case).
    pub fn is_surname(&self, w: &str) -> bool {
        self.surnames.contains(w)
    }

    /// True for a common English word (lower case).
    pub fn is_common_word(&self, w: &str) -> bool {
        self.common.contains(w) || words::is_function_word(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_aliases_and_demonyms() {
        let lx = Lexicon::standard();
        let us = lx.best("u.s.").expect("U.S.");
        assert_eq!(lx.entry(us.entry).name, "United States");
        let mx = lx.best("mexican").expect("Mexican");
        assert_eq!(mx.form, Form::Demonym);
        assert_eq!(lx.entry(mx.entry).name, "Mexico");
        assert_eq!(lx.entry(lx.best("los angeles").unwrap().entry).place, Some(PlaceKind::City));
    }

    #[test]
    fn name_lists() {
        let lx = Lexicon::standard();
        assert!(lx.is_given_name("william"));
        assert!(lx.is_surname("smith"));
        assert!(lx.is_common_word("today"));
        assert!(!lx.is_common_word("mexico"));
    }

    #[test]
    fn user_entries_take_precedence() {
        let lx = Lexicon::standard()
            .with_user_entries(Path::new("u.tsv"), "# mine\nAcme Widgets\torganization\tAcme;AWC\n")
            .unwrap();
        let h = lx.best("awc").unwrap();
        assert_eq!(lx.entry(h.entry).name, "Acme Widgets");
        assert_eq!(lx.entry(h.entry).kind, EntityKind::Organization);
        let e = Lexicon::standard().with_user_entries(Path::new("u.tsv"), "X\tplanet\n").unwrap_err();
        assert!(e.to_string().contains("line 1"), "{e}");
    }
}
