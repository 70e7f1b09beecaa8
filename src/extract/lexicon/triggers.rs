//! Event triggers: the words and phrases that name an event, with the event type they name.
//!
//! Source: hand-curated general knowledge of English (verb inflections, nominalizations and
//! phrasal forms for the ACE 2005 / CAMEO event classes newsgraph uses). No article-specific
//! entries. Licence: same as the crate.
//!
//! Each entry is a lower-case word or space-separated phrase matched against consecutive
//! tokens, its event type, and flags that say how it behaves.

use crate::kinds::EventKind::{self, *};

/// The trigger is a noun ("arrest", "extradition"): its possessor and `of` object are
/// participants, and a noun used as a modifier ("arrest warrant") is not an event.
pub(crate) const NOUN: u8 = 1;
/// The trigger only counts near a legal object noun ("dropped the charges").
pub(crate) const LEGAL: u8 = 2;
/// The trigger only counts when followed by "to" ("travel to").
pub(crate) const TO: u8 = 4;
/// The subject of the trigger undergoes the event rather than doing it ("X returned",
/// "X resigned", "X died").
pub(crate) const UNDERGO: u8 = 8;
/// The possessor of a noun trigger does it ("Mexico's threat") rather than undergoes it
/// ("his arrest").
pub(crate) const POSS_AGENT: u8 = 16;

/// The trigger only counts near an electoral noun ("won the runoff").
pub(crate) const VOTE: u8 = 32;

/// The trigger only counts near a noun for property ("blocked the assets").
pub(crate) const ASSETS: u8 = 64;

/// The trigger only counts near a noun for contraband ("distributes drugs", "imported
/// cocaine").
pub(crate) const CONTRABAND: u8 = 128;

/// Nouns that make `CONTRABAND` triggers count when they are near.
#[rustfmt::skip]
pub(crate) const CONTRABAND_NOUNS: &[&str] = &[
    "drugs", "drug", "cocaine", "heroin", "fentanyl", "methamphetamine", "meth", "marijuana",
    "narcotics", "opioids", "cannabis", "weapons", "firearms", "guns", "rifles", "arms",
    "ammunition", "explosives", "contraband",
];

/// Nouns that make `VOTE` triggers count when they are near.
#[rustfmt::skip]
pub(crate) const ELECTORAL_NOUNS: &[&str] = &[
    "election", "elections", "runoff", "run-off", "vote", "votes", "ballot", "presidency",
    "primary", "primaries", "poll", "polls", "race", "seat", "referendum", "mandate", "term",
    "caucus", "caucuses", "nomination", "leadership", "reelection", "re-election", "runoffs",
];

/// Nouns that make `ASSETS` triggers count when they are near.
#[rustfmt::skip]
pub(crate) const ASSET_NOUNS: &[&str] = &["assets", "property", "properties", "accounts", "funds"];

/// Court papers: a `Return` trigger near one hands it down, nobody moves ("returned an
/// indictment", "the verdict was returned").
#[rustfmt::skip]
pub(crate) const COURT_PAPERS: &[&str] = &["indictment", "indictments", "verdict", "verdicts", "judgment", "judgement"];

/// Lands a ruler governs: a `Rule` trigger before one is governing, not a court's ruling
/// ("ruled the country").
#[rustfmt::skip]
pub(crate) const GOVERNED_LANDS: &[&str] = &[
    "country", "nation", "kingdom", "island", "islands", "empire", "province", "territory",
];

/// Texts and records: a `Release` trigger before one publishes it, nobody is set free
/// ("released a statement").
#[rustfmt::skip]
pub(crate) const PUBLISHED_THINGS: &[&str] = &[
    "statement", "statements", "report", "reports", "video", "videos", "footage", "photo", "photos",
    "images", "data", "figures", "results", "details", "findings", "transcript", "documents", "letter",
    "list", "album", "budget",
];

/// The trigger table.
#[rustfmt::skip]
pub(crate) const TRIGGERS: &[(&str, EventKind, u8)] = &[
    // arrest
    ("arrest", Arrest, 0), ("arrests", Arrest, 0), ("arrested", Arrest, 0), ("arresting", Arrest, 0),
    ("arrest", Arrest, NOUN), ("detain", Arrest, 0), ("detains", Arrest, 0), ("detained", Arrest, 0),
    ("detaining", Arrest, 0), ("detention", Arrest, NOUN), ("apprehend", Arrest, 0), ("apprehends", Arrest, 0),
    ("apprehended", Arrest, 0), ("apprehension", Arrest, NOUN), ("captured", Arrest, 0), ("capture", Arrest, NOUN), ("capture", Arrest, 0),
    ("taken into custody", Arrest, 0), ("took into custody", Arrest, 0), ("take into custody", Arrest, 0),
    ("jailed", Arrest, 0), ("imprisoned", Sentence, 0),
    // charge
    ("charged", Charge, 0), ("charges", Charge, NOUN | LEGAL), ("charge", Charge, NOUN | LEGAL),
    ("indicted", Charge, 0), ("indict", Charge, 0), ("indictment", Charge, NOUN), ("indictments", Charge, NOUN),
    ("prosecuted", Charge, 0), ("prosecute", Charge, 0), ("prosecutes", Charge, 0), ("prosecuting", Charge, 0), ("prosecution", Charge, NOUN),
    // dismissal
    ("dismissed", Dismissal, LEGAL), ("dismiss", Dismissal, LEGAL), ("dismissal", Dismissal, NOUN),
    ("dropped", Dismissal, LEGAL), ("drop", Dismissal, LEGAL), ("dropping", Dismissal, LEGAL), ("drops", Dismissal, LEGAL),
    ("withdrew", Dismissal, LEGAL), ("withdrawn", Dismissal, LEGAL),
    // release
    ("released", Release, 0), ("release", Release, NOUN), ("release", Release, 0), ("releases", Release, 0), ("releasing", Release, 0),
    ("set free", Release, 0), ("sets free", Release, 0), ("freed", Release, 0), ("frees", Release, 0),
    ("paroled", Release, 0), ("parole", Release, NOUN),
    // return / movement
    ("returned", Return, UNDERGO), ("return", Return, NOUN | UNDERGO), ("return", Return, UNDERGO), ("returns", Return, UNDERGO),
    ("returning", Return, UNDERGO), ("flown back", Return, UNDERGO), ("sent back", Return, 0),
    ("brought back", Return, 0), ("deported", Return, 0), ("deport", Return, 0), ("deportation", Return, NOUN),
    ("repatriated", Return, 0), ("repatriation", Return, NOUN), ("landed", Return, UNDERGO),
    ("landing", Return, NOUN | UNDERGO), ("touched down", Return, UNDERGO), ("touching down", Return, UNDERGO),
    ("touches down", Return, UNDERGO), ("to land", Return, UNDERGO), ("undocked", Return, UNDERGO),
    ("undocks", Return, UNDERGO), ("splashed down", Return, UNDERGO), ("splashdown", Return, NOUN | UNDERGO), ("travel", Return, TO | UNDERGO),
    ("travels", Return, TO | UNDERGO), ("traveled", Return, TO | UNDERGO), ("travelled", Return, TO | UNDERGO),
    ("flew", Return, TO | UNDERGO), ("arrived", Return, UNDERGO), ("arrival", Return, NOUN | UNDERGO),
    ("handed over", Extradite, 0), ("turned over", Extradite, 0), ("handed", Extradite, 0),
    // extradite
    ("extradite", Extradite, 0), ("extradited", Extradite, 0), ("extradites", Extradite, 0),
    ("extraditing", Extradite, 0), ("extradition", Extradite, NOUN),
    // threaten
    ("threaten", Threaten, 0), ("threatened", Threaten, 0), ("threatens", Threaten, 0), ("threatening", Threaten, 0),
    ("threat", Threaten, NOUN | POSS_AGENT), ("threats", Threaten, NOUN | POSS_AGENT),
    // accuse
    ("accuse", Accuse, 0), ("accused", Accuse, 0), ("accuses", Accuse, 0), ("accusing", Accuse, 0),
    ("accusation", Accuse, NOUN | POSS_AGENT), ("accusations", Accuse, NOUN | POSS_AGENT), ("blamed", Accuse, 0),
    ("blames", Accuse, 0), ("condemn", Accuse, 0), ("condemned", Accuse, 0), ("condemns", Accuse, 0),
    ("denounced", Accuse, 0), ("denounces", Accuse, 0), ("criticized", Accuse, 0), ("criticised", Accuse, 0),
    ("criticizes", Accuse, 0),
    // investigate
    ("investigate", Investigate, 0), ("investigated", Investigate, 0), ("investigates", Investigate, 0),
    ("investigating", Investigate, 0), ("investigation", Investigate, NOUN | POSS_AGENT),
    ("investigations", Investigate, NOUN | POSS_AGENT), ("probe", Investigate, NOUN | POSS_AGENT),
    ("probing", Investigate, 0), ("inquiry", Investigate, NOUN | POSS_AGENT),
    // request
    ("request", Request, 0), ("request", Request, NOUN | POSS_AGENT), ("requested", Request, 0), ("requests", Request, 0), ("requesting", Request, 0),
    ("urge", Request, 0), ("urged", Request, 0), ("urges", Request, 0), ("urging", Request, 0),
    ("demand", Request, 0), ("demand", Request, NOUN | POSS_AGENT), ("demanded", Request, 0), ("demands", Request, 0), ("ordered", Request, 0),
    ("called on", Request, 0), ("calls on", Request, 0), ("call on", Request, 0), ("called for", Request, 0),
    ("calls for", Request, 0), ("appealed", Request, 0),
    // sanction
    ("sanction", Sanction, 0), ("sanctions", Sanction, NOUN | POSS_AGENT), ("sanctioned", Sanction, 0),
    ("sanctioning", Sanction, 0), ("designated", Sanction, 0), ("designate", Sanction, 0), ("designating", Sanction, 0), ("designates", Sanction, 0),
    ("designation", Sanction, NOUN | POSS_AGENT), ("designations", Sanction, NOUN | POSS_AGENT),
    ("blocked", Sanction, ASSETS), ("blocks", Sanction, ASSETS), ("froze", Sanction, ASSETS),
    ("frozen", Sanction, ASSETS), ("freezes", Sanction, ASSETS), ("freezing", Sanction, ASSETS),
    ("blacklist", Sanction, NOUN | POSS_AGENT), ("blacklisted", Sanction, 0), ("blacklists", Sanction, 0),
    ("visa restrictions", Sanction, NOUN | POSS_AGENT), ("visa restriction", Sanction, NOUN | POSS_AGENT),
    ("visa ban", Sanction, NOUN | POSS_AGENT), ("visa bans", Sanction, NOUN | POSS_AGENT),
    ("travel ban", Sanction, NOUN | POSS_AGENT), ("travel bans", Sanction, NOUN | POSS_AGENT),
    // courts
    ("convicted", Convict, 0), ("convict", Convict, 0), ("conviction", Convict, NOUN), ("found guilty", Convict, 0),
    ("sentenced", Sentence, 0), ("sentence", Sentence, NOUN), ("sentence", Sentence, 0), ("sentencing", Sentence, NOUN),
    ("pleaded", Plead, UNDERGO), ("pled", Plead, UNDERGO), ("pleads", Plead, UNDERGO), ("plea", Plead, NOUN | POSS_AGENT),
    ("acquitted", Acquit, 0), ("acquit", Acquit, 0), ("acquittal", Acquit, NOUN),
    ("sued", Sue, 0), ("sue", Sue, 0), ("sues", Sue, 0), ("suing", Sue, 0), ("lawsuit", Sue, NOUN | POSS_AGENT),
    ("ruled", Rule, 0), ("ruling", Rule, NOUN | POSS_AGENT), ("verdict", Rule, NOUN | POSS_AGENT),
    ("annulled", Rule, 0), ("annuls", Rule, 0), ("overturned", Rule, 0), ("overturns", Rule, 0),
    ("struck down", Rule, 0), ("upheld", Rule, 0), ("upholds", Rule, 0), ("challenged", Sue, 0),
    // contact
    ("meet", Meet, 0), ("meets", Meet, 0), ("met", Meet, 0), ("meeting", Meet, NOUN | POSS_AGENT),
    ("talks", Meet, NOUN | POSS_AGENT), ("discussions", Meet, NOUN | POSS_AGENT), ("negotiations", Meet, NOUN | POSS_AGENT), ("summit", Meet, NOUN | POSS_AGENT), ("visit", Meet, NOUN | POSS_AGENT),
    ("visited", Meet, 0), ("visit", Meet, 0), ("visits", Meet, 0), ("visiting", Meet, 0),
    ("messages", Communicate, NOUN | POSS_AGENT), ("message", Communicate, NOUN | POSS_AGENT),
    ("took questions", Communicate, 0), ("answered questions", Communicate, 0), ("takes questions", Communicate, 0),
    ("phone call", Communicate, NOUN), ("spoke with", Communicate, 0), ("talked with", Communicate, 0),
    ("contacted", Communicate, 0), ("communicated", Communicate, 0), ("sent a letter", Communicate, 0),
    ("wrote a letter", Communicate, 0), ("sent letters", Communicate, 0),
    ("informed", Communicate, 0), ("informs", Communicate, 0), ("notified", Communicate, 0),
    ("notifies", Communicate, 0), ("briefed", Communicate, 0), ("phoned", Communicate, 0),
    ("call", Communicate, 0), ("called", Communicate, 0), ("calls", Communicate, 0),
    ("cooperation", Cooperate, NOUN | POSS_AGENT), ("cooperate", Cooperate, 0), ("cooperated", Cooperate, 0),
    ("collaboration", Cooperate, NOUN | POSS_AGENT), ("collaborate", Cooperate, 0),
    ("coordination", Cooperate, NOUN | POSS_AGENT), ("partnership", Cooperate, NOUN | POSS_AGENT),
    // statements
    ("said", Statement, 0), ("says", Statement, 0), ("told", Statement, 0), ("tells", Statement, 0),
    ("announced", Statement, 0), ("announces", Statement, 0), ("announcement", Statement, NOUN | POSS_AGENT),
    ("statement", Statement, NOUN | POSS_AGENT), ("praised", Statement, 0), ("stated", Statement, 0),
    ("wrote", Statement, 0), ("added", Statement, 0), ("noted", Statement, 0), ("declared", Statement, 0),
    // conflict and life
    ("attack", Attack, NOUN | POSS_AGENT), ("attack", Attack, 0), ("attacks", Attack, NOUN | POSS_AGENT), ("attacked", Attack, 0),
    ("invasion", Attack, NOUN | POSS_AGENT), ("invaded", Attack, 0), ("killed", Attack, 0), ("bombing", Attack, NOUN),
    ("shooting", Attack, NOUN), ("airstrikes", Attack, NOUN | POSS_AGENT), ("war", Attack, NOUN | POSS_AGENT),
    ("died", Die, UNDERGO), ("dies", Die, UNDERGO), ("death", Die, NOUN),
    // personnel
    ("elected", Elect, 0), ("election", Elect, NOUN), ("reelected", Elect, 0), ("re-elected", Elect, 0),
    ("won", Elect, UNDERGO | VOTE), ("wins", Elect, UNDERGO | VOTE), ("win", Elect, UNDERGO | VOTE),
    ("appointed", Appoint, 0), ("appoint", Appoint, 0), ("appointment", Appoint, NOUN), ("nominated", Appoint, 0),
    ("nomination", Appoint, NOUN), ("named", Appoint, TO), ("picked", Appoint, 0), ("tapped", Appoint, TO),
    ("taking over", Appoint, UNDERGO), ("took over", Appoint, UNDERGO), ("takes over", Appoint, UNDERGO),
    ("sworn in", Appoint, UNDERGO), ("succeeded", Appoint, 0), ("succeeds", Appoint, 0),
    ("resigned", Resign, UNDERGO), ("resign", Resign, UNDERGO), ("resigns", Resign, UNDERGO),
    ("resignation", Resign, NOUN), ("steps down", Resign, UNDERGO), ("stepped down", Resign, UNDERGO),
    ("step down", Resign, UNDERGO), ("stepping down", Resign, UNDERGO), ("ousted", Resign, 0),
    ("escaped", Escape, UNDERGO), ("escape", Escape, NOUN | UNDERGO), ("escape", Escape, UNDERGO), ("fled", Escape, UNDERGO),
    // property and money
    ("seized", Seize, 0), ("seize", Seize, 0), ("seizure", Seize, NOUN), ("confiscated", Seize, 0),
    ("smuggled", Traffic, 0), ("smuggling", Traffic, NOUN), ("trafficking", Traffic, NOUN),
    ("trafficked", Traffic, 0), ("importing", Traffic, 0),
    ("smuggles", Traffic, 0), ("smuggle", Traffic, 0), ("traffics", Traffic, 0),
    ("imports", Traffic, CONTRABAND), ("imported", Traffic, CONTRABAND), ("distributes", Traffic, CONTRABAND),
    ("distributed", Traffic, CONTRABAND), ("distributing", Traffic, CONTRABAND), ("transports", Traffic, CONTRABAND),
    ("transported", Traffic, CONTRABAND), ("transporting", Traffic, CONTRABAND), ("supplies", Traffic, CONTRABAND),
    ("supplied", Traffic, CONTRABAND), ("shipped", Traffic, CONTRABAND), ("ships", Traffic, CONTRABAND),
    ("acquired", Acquire, 0), ("acquisition", Acquire, NOUN | POSS_AGENT), ("bought", Acquire, 0),
    ("acquire", Acquire, 0), ("acquires", Acquire, 0), ("acquiring", Acquire, 0), ("buy", Acquire, 0),
    ("buys", Acquire, 0), ("buying", Acquire, 0), ("purchased", Acquire, 0), ("purchase", Acquire, 0),
    ("purchases", Acquire, 0), ("takeover", Acquire, NOUN | POSS_AGENT),
    ("bribe", Fund, 0), ("bribes", Fund, NOUN), ("bribed", Fund, 0), ("bribery", Fund, NOUN),
    ("payment", Fund, NOUN), ("payments", Fund, NOUN), ("kickback", Fund, NOUN), ("kickbacks", Fund, NOUN),
    ("paid", Fund, 0), ("paying", Fund, 0), ("funded", Fund, 0), ("financed", Fund, 0), ("funding", Fund, NOUN),
];

/// Nouns that make `LEGAL` triggers count when they are near.
#[rustfmt::skip]
pub(crate) const LEGAL_OBJECTS: &[&str] = &[
    "charge", "charges", "case", "cases", "indictment", "indictments", "lawsuit", "suit",
    "count", "counts", "prosecution", "allegations", "accusations", "it", "conviction",
    "complaint", "sentence",
];

/// Verbs that govern a `charges` noun as a real charge ("faces charges", "filed charges").
#[rustfmt::skip]
pub(crate) const CHARGE_GOVERNORS: &[&str] = &[
    "face", "faces", "facing", "faced", "filed", "file", "brought", "bring", "brings",
    "announced", "pressed", "on", "against", "with", "of",
];

super::word_set!(
    /// A legal object noun.
    pub(crate) fn is_legal_object = LEGAL_OBJECTS
);
super::word_set!(
    /// A noun that makes an `ASSETS` trigger count.
    pub(crate) fn is_asset_noun = ASSET_NOUNS
);
super::word_set!(
    /// A noun that makes a `VOTE` trigger count.
    pub(crate) fn is_electoral_noun = ELECTORAL_NOUNS
);
super::word_set!(
    /// A noun for contraband (a `CONTRABAND` trigger counts near one).
    pub(crate) fn is_contraband_noun = CONTRABAND_NOUNS
);
super::word_set!(
    /// A court paper (a `Return` near one is no movement).
    pub(crate) fn is_court_paper = COURT_PAPERS
);
super::word_set!(
    /// A land a ruler governs (a `Rule` before one is no court ruling).
    pub(crate) fn is_governed_land = GOVERNED_LANDS
);
super::word_set!(
    /// A text or record (a `Release` before one is no release of a person).
    pub(crate) fn is_published_thing = PUBLISHED_THINGS
);
super::word_set!(
    /// A word that governs a "charges" noun as a real charge.
    pub(crate) fn is_charge_governor = CHARGE_GOVERNORS
);
