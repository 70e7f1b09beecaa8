//! Titles, offices and role nouns: the words that say an unknown name is a person, and what
//! that person's position is.
//!
//! Source: hand-curated general knowledge of English news usage (titles of office, military
//! ranks, honorifics, professions). No names of people or organizations.
//! Licence: same as the crate.

/// What kind of position a title or role noun names; decides the relation a title with an
/// organization gives ("ORG spokesman X" -> spokesperson_of).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoleClass {
    /// Heads an organization or a country (president, director, chairman, leader).
    Leader,
    /// Speaks for an organization.
    Spokesperson,
    /// Belongs to a body (member, senator, representative).
    Member,
    /// Works for an organization (agent, officer, correspondent, prosecutor).
    Employee,
    /// A courtesy title saying nothing of employment (Mr., Dr.).
    Honorific,
    /// A family relation (wife, son).
    Family,
    /// A description of a person with no organization implied (businessman, victim).
    Person,
}

/// Capitalized title heads that may stand before a name, with their class.
#[rustfmt::skip]
pub(crate) const TITLE_HEADS: &[(&str, RoleClass)] = &[
    ("president", RoleClass::Leader), ("vice-president", RoleClass::Leader), ("premier", RoleClass::Leader),
    ("chancellor", RoleClass::Leader), ("king", RoleClass::Leader), ("queen", RoleClass::Leader),
    ("prince", RoleClass::Honorific), ("princess", RoleClass::Honorific), ("emperor", RoleClass::Leader),
    ("sultan", RoleClass::Leader), ("emir", RoleClass::Leader), ("sheikh", RoleClass::Honorific),
    ("pope", RoleClass::Leader), ("cardinal", RoleClass::Employee), ("archbishop", RoleClass::Employee),
    ("bishop", RoleClass::Employee), ("rev.", RoleClass::Honorific), ("reverend", RoleClass::Honorific),
    ("father", RoleClass::Honorific), ("imam", RoleClass::Employee), ("ayatollah", RoleClass::Leader),
    ("rabbi", RoleClass::Employee), ("pastor", RoleClass::Employee),
    ("secretary", RoleClass::Leader), ("minister", RoleClass::Leader), ("ambassador", RoleClass::Employee),
    ("envoy", RoleClass::Employee), ("consul", RoleClass::Employee), ("commissioner", RoleClass::Leader),
    ("governor", RoleClass::Leader), ("gov.", RoleClass::Leader), ("mayor", RoleClass::Leader),
    ("senator", RoleClass::Member), ("sen.", RoleClass::Member), ("representative", RoleClass::Member),
    ("rep.", RoleClass::Member), ("congressman", RoleClass::Member), ("congresswoman", RoleClass::Member),
    ("speaker", RoleClass::Leader), ("leader", RoleClass::Leader), ("whip", RoleClass::Member),
    ("chairman", RoleClass::Leader), ("chairwoman", RoleClass::Leader), ("chair", RoleClass::Leader),
    ("chairperson", RoleClass::Leader), ("director", RoleClass::Leader), ("administrator", RoleClass::Leader),
    ("chief", RoleClass::Leader), ("head", RoleClass::Leader), ("attorney", RoleClass::Employee),
    ("prosecutor", RoleClass::Employee), ("judge", RoleClass::Employee), ("justice", RoleClass::Employee),
    ("magistrate", RoleClass::Employee), ("sheriff", RoleClass::Leader), ("marshal", RoleClass::Employee),
    ("inspector", RoleClass::Employee), ("detective", RoleClass::Employee), ("officer", RoleClass::Employee),
    ("agent", RoleClass::Employee), ("sergeant", RoleClass::Employee), ("sgt.", RoleClass::Employee),
    ("corporal", RoleClass::Employee), ("cpl.", RoleClass::Employee), ("private", RoleClass::Employee),
    ("pvt.", RoleClass::Employee), ("lieutenant", RoleClass::Employee), ("lt.", RoleClass::Employee),
    ("captain", RoleClass::Employee), ("capt.", RoleClass::Employee), ("major", RoleClass::Employee),
    ("maj.", RoleClass::Employee), ("colonel", RoleClass::Employee), ("col.", RoleClass::Employee),
    ("general", RoleClass::Employee), ("gen.", RoleClass::Employee), ("brig.", RoleClass::Employee),
    ("admiral", RoleClass::Employee), ("adm.", RoleClass::Employee), ("commander", RoleClass::Employee),
    ("cmdr.", RoleClass::Employee), ("commandant", RoleClass::Leader), ("dr.", RoleClass::Honorific),
    ("doctor", RoleClass::Honorific), ("professor", RoleClass::Employee), ("prof.", RoleClass::Employee),
    ("mr.", RoleClass::Honorific), ("mrs.", RoleClass::Honorific), ("ms.", RoleClass::Honorific),
    ("mr", RoleClass::Honorific), ("mrs", RoleClass::Honorific), ("ms", RoleClass::Honorific),
    ("miss", RoleClass::Honorific), ("sir", RoleClass::Honorific), ("dame", RoleClass::Honorific),
    ("lord", RoleClass::Honorific), ("lady", RoleClass::Honorific), ("baron", RoleClass::Honorific),
    ("duke", RoleClass::Honorific), ("correspondent", RoleClass::Employee), ("reporter", RoleClass::Employee),
    ("anchor", RoleClass::Employee), ("editor", RoleClass::Employee), ("editor-in-chief", RoleClass::Leader), ("commander-in-chief", RoleClass::Leader), ("spokesman", RoleClass::Spokesperson),
    ("spokeswoman", RoleClass::Spokesperson), ("spokesperson", RoleClass::Spokesperson),
    ("treasurer", RoleClass::Employee), ("auditor", RoleClass::Employee), ("comptroller", RoleClass::Employee),
    ("superintendent", RoleClass::Leader), ("supt.", RoleClass::Leader), ("provost", RoleClass::Leader),
    ("dean", RoleClass::Leader), ("president-elect", RoleClass::Leader), ("astronaut", RoleClass::Employee), ("cosmonaut", RoleClass::Employee),
    ("coach", RoleClass::Employee), ("ceo", RoleClass::Leader), ("cfo", RoleClass::Employee),
    ("founder", RoleClass::Leader), ("co-founder", RoleClass::Leader), ("member", RoleClass::Member),
    ("delegate", RoleClass::Member), ("councilman", RoleClass::Member), ("councilwoman", RoleClass::Member),
    ("councillor", RoleClass::Member), ("councilor", RoleClass::Member), ("alderman", RoleClass::Member),
    ("assemblyman", RoleClass::Member), ("assemblywoman", RoleClass::Member), ("legislator", RoleClass::Member),
    ("lawmaker", RoleClass::Member), ("warden", RoleClass::Employee), ("ombudsman", RoleClass::Employee),
    ("counsel", RoleClass::Employee), ("solicitor", RoleClass::Employee), ("hon.", RoleClass::Honorific),
    ("msgr.", RoleClass::Honorific), ("fr.", RoleClass::Honorific), ("det.", RoleClass::Employee),
    ("insp.", RoleClass::Employee), ("atty.", RoleClass::Employee), ("pres.", RoleClass::Leader),
    ("sens.", RoleClass::Member), ("reps.", RoleClass::Member), ("diplomat", RoleClass::Employee),
    ("pilot", RoleClass::Employee), ("analyst", RoleClass::Employee), ("economist", RoleClass::Employee),
    ("marine", RoleClass::Employee),
];

/// Capitalized words that may stand inside a title before its head ("Chief U.S. District
/// Judge", "Assistant Attorney General", "Outgoing Secretary of State").
#[rustfmt::skip]
pub(crate) const TITLE_MODIFIERS: &[&str] = &[
    "former", "retired", "late", "acting", "cabinet", "interim", "deputy", "assistant", "associate", "vice",
    "chief", "senior", "junior", "special", "principal", "executive", "managing", "general",
    "attorney", "surgeon", "district", "circuit", "federal", "supreme", "superior", "appellate",
    "administrative", "magistrate", "foreign", "defense", "defence", "interior", "home", "finance",
    "treasury", "justice", "economy", "economic", "trade", "commerce", "labor", "labour",
    "education", "health", "energy", "agriculture", "environment", "state", "homeland",
    "security", "transportation", "outgoing", "incoming", "first", "lead", "top", "ranking",
    "presiding", "sitting", "majority", "minority", "house", "senate", "army", "navy", "air",
    "force", "marine", "police", "fire", "public", "prime", "crown", "grand", "high", "national",
    "regional", "county", "city", "municipal", "staff", "field", "flight", "space", "brigadier",
    "lieutenant", "major", "rear", "sergeant", "master", "command", "civil", "press",
    "communications", "campaign", "border", "customs", "immigration", "intelligence",
    "international", "foreign-affairs", "mission", "station", "head", "co", "then", "then-",
    "u.s.", "us", "u.n.", "un", "eu", "state-run", "white", "senior-most", "ex", "ex-", "vice-", "under", "trial",
];

/// Lower-case role nouns that make an adjacent name a person ("astronaut Mara Kessler",
/// "Jane Doe, a Moscow judge"), with their class.
#[rustfmt::skip]
pub(crate) const ROLE_NOUNS: &[(&str, RoleClass)] = &[
    ("agent", RoleClass::Employee), ("judge", RoleClass::Employee), ("spokesman", RoleClass::Spokesperson),
    ("spokeswoman", RoleClass::Spokesperson), ("spokesperson", RoleClass::Spokesperson),
    ("correspondent", RoleClass::Employee), ("reporter", RoleClass::Employee), ("journalist", RoleClass::Employee),
    ("minister", RoleClass::Leader), ("ambassador", RoleClass::Employee), ("president", RoleClass::Leader),
    ("secretary", RoleClass::Leader), ("general", RoleClass::Employee), ("senator", RoleClass::Member),
    ("lawmaker", RoleClass::Member), ("congressman", RoleClass::Member), ("congresswoman", RoleClass::Member),
    ("representative", RoleClass::Member), ("governor", RoleClass::Leader), ("mayor", RoleClass::Leader),
    ("lawyer", RoleClass::Employee), ("attorney", RoleClass::Employee), ("prosecutor", RoleClass::Employee),
    ("investigator", RoleClass::Employee), ("official", RoleClass::Employee), ("officer", RoleClass::Employee),
    ("astronaut", RoleClass::Employee), ("cosmonaut", RoleClass::Employee), ("commander", RoleClass::Employee), ("leader", RoleClass::Leader),
    ("director", RoleClass::Leader), ("chairman", RoleClass::Leader), ("chairwoman", RoleClass::Leader),
    ("chief", RoleClass::Leader), ("head", RoleClass::Leader), ("analyst", RoleClass::Employee),
    ("expert", RoleClass::Person), ("professor", RoleClass::Employee), ("businessman", RoleClass::Person),
    ("businesswoman", RoleClass::Person), ("accountant", RoleClass::Person), ("co-defendant", RoleClass::Person), ("codefendant", RoleClass::Person), ("accomplice", RoleClass::Person), ("driver", RoleClass::Person),
    ("financier", RoleClass::Person), ("backer", RoleClass::Person), ("relative", RoleClass::Family),
    ("organizer", RoleClass::Person), ("organiser", RoleClass::Person), ("coordinator", RoleClass::Employee),
    ("diplomat", RoleClass::Employee), ("envoy", RoleClass::Employee), ("activist", RoleClass::Person),
    ("candidate", RoleClass::Person), ("member", RoleClass::Member), ("founder", RoleClass::Leader),
    ("executive", RoleClass::Employee), ("manager", RoleClass::Employee), ("employee", RoleClass::Employee),
    ("worker", RoleClass::Employee), ("soldier", RoleClass::Employee), ("pilot", RoleClass::Employee),
    ("doctor", RoleClass::Person), ("nurse", RoleClass::Employee), ("teacher", RoleClass::Employee),
    ("student", RoleClass::Person), ("farmer", RoleClass::Person), ("resident", RoleClass::Person),
    ("citizen", RoleClass::Person), ("witness", RoleClass::Person), ("victim", RoleClass::Person),
    ("suspect", RoleClass::Person), ("defendant", RoleClass::Person), ("detainee", RoleClass::Person),
    ("prisoner", RoleClass::Person), ("inmate", RoleClass::Person), ("kingpin", RoleClass::Leader),
    ("trafficker", RoleClass::Person), ("smuggler", RoleClass::Person), ("boss", RoleClass::Leader),
    ("deputy", RoleClass::Employee), ("aide", RoleClass::Employee), ("adviser", RoleClass::Employee),
    ("advisor", RoleClass::Employee), ("counselor", RoleClass::Employee), ("economist", RoleClass::Employee),
    ("scientist", RoleClass::Employee), ("researcher", RoleClass::Employee), ("writer", RoleClass::Person),
    ("author", RoleClass::Person), ("singer", RoleClass::Person), ("actor", RoleClass::Person),
    ("actress", RoleClass::Person), ("athlete", RoleClass::Person), ("player", RoleClass::Employee),
    ("coach", RoleClass::Employee), ("priest", RoleClass::Employee), ("bishop", RoleClass::Employee),
    ("cleric", RoleClass::Person), ("rabbi", RoleClass::Employee), ("imam", RoleClass::Employee),
    ("king", RoleClass::Leader), ("queen", RoleClass::Leader), ("prince", RoleClass::Person),
    ("princess", RoleClass::Person), ("dictator", RoleClass::Leader), ("strongman", RoleClass::Leader),
    ("premier", RoleClass::Leader), ("chancellor", RoleClass::Leader), ("commissioner", RoleClass::Leader),
    ("administrator", RoleClass::Leader), ("superintendent", RoleClass::Leader), ("sheriff", RoleClass::Leader),
    ("detective", RoleClass::Employee), ("inspector", RoleClass::Employee), ("sergeant", RoleClass::Employee),
    ("captain", RoleClass::Employee), ("colonel", RoleClass::Employee), ("lieutenant", RoleClass::Employee),
    ("admiral", RoleClass::Employee), ("marshal", RoleClass::Employee), ("warden", RoleClass::Employee),
    ("engineer", RoleClass::Employee), ("specialist", RoleClass::Employee), ("consultant", RoleClass::Employee), ("lobbyist", RoleClass::Employee),
    ("volunteer", RoleClass::Person), ("organizer", RoleClass::Person), ("protester", RoleClass::Person),
    ("militant", RoleClass::Member), ("rebel", RoleClass::Member), ("gunman", RoleClass::Person),
    ("informant", RoleClass::Person), ("host", RoleClass::Employee), ("anchor", RoleClass::Employee),
    ("editor", RoleClass::Employee), ("editor-in-chief", RoleClass::Leader), ("columnist", RoleClass::Employee), ("commentator", RoleClass::Person),
    ("photographer", RoleClass::Employee), ("producer", RoleClass::Employee), ("filmmaker", RoleClass::Person),
    ("novelist", RoleClass::Person), ("poet", RoleClass::Person), ("artist", RoleClass::Person),
    ("musician", RoleClass::Person), ("owner", RoleClass::Leader), ("ceo", RoleClass::Leader),
    ("entrepreneur", RoleClass::Person), ("investor", RoleClass::Person), ("banker", RoleClass::Employee),
    ("heir", RoleClass::Person), ("tycoon", RoleClass::Person), ("billionaire", RoleClass::Person),
    ("mother", RoleClass::Family), ("father", RoleClass::Family), ("son", RoleClass::Family),
    ("daughter", RoleClass::Family), ("wife", RoleClass::Family), ("husband", RoleClass::Family),
    ("brother", RoleClass::Family), ("sister", RoleClass::Family), ("widow", RoleClass::Family),
    ("grandson", RoleClass::Family), ("granddaughter", RoleClass::Family), ("uncle", RoleClass::Family),
    ("aunt", RoleClass::Family), ("cousin", RoleClass::Family), ("nephew", RoleClass::Family),
    ("niece", RoleClass::Family), ("spouse", RoleClass::Family), ("legislator", RoleClass::Member),
    ("delegate", RoleClass::Member), ("commander-in-chief", RoleClass::Leader), ("treasurer", RoleClass::Employee),
];

/// The class of a capitalized title head ("president", "gen."), lower case.
pub(crate) fn title_class(w: &str) -> Option<RoleClass> {
    static MAP: std::sync::LazyLock<rustc_hash::FxHashMap<&'static str, RoleClass>> =
        std::sync::LazyLock::new(|| TITLE_HEADS.iter().copied().collect());
    MAP.get(w).copied().or_else(|| {
        // "Secretary-General", "Director-General", "President-elect"
        let (head, rest) = w.split_once('-')?;
        matches!(rest, "general" | "designate" | "elect" | "at-large" | "in-chief")
            .then(|| MAP.get(head).copied())
            .flatten()
    })
}

/// The class of a lower-case role noun, singular or plural ("agent", "agents").
pub(crate) fn role_class(w: &str) -> Option<RoleClass> {
    static MAP: std::sync::LazyLock<rustc_hash::FxHashMap<&'static str, RoleClass>> =
        std::sync::LazyLock::new(|| ROLE_NOUNS.iter().copied().collect());
    MAP.get(w).copied().or_else(|| w.strip_suffix('s').and_then(|x| MAP.get(x).copied()))
}

/// The class of a lower-case role noun in its exact form ("agent" but not "agents").
pub(crate) fn role_class_exact(w: &str) -> Option<RoleClass> {
    static MAP: std::sync::LazyLock<rustc_hash::FxHashMap<&'static str, RoleClass>> =
        std::sync::LazyLock::new(|| ROLE_NOUNS.iter().copied().collect());
    MAP.get(w).copied()
}

super::word_set!(
    /// A word that may stand inside a title before its head.
    pub(crate) fn is_title_modifier = TITLE_MODIFIERS
);

/// The last words of a government portfolio after "Minister of" or "Secretary for" ("Public
/// Finance", "Foreign Affairs"): the portfolio is part of the title, not an organization.
#[rustfmt::skip]
pub(crate) const PORTFOLIO_HEADS: &[&str] = &[
    "finance", "finances", "affairs", "defense", "defence", "justice", "interior", "health", "education",
    "economy", "trade", "commerce", "industry", "agriculture", "energy", "labor", "labour", "employment",
    "transport", "transportation", "security", "works", "environment", "development", "planning",
    "culture", "tourism", "communications", "information", "mines", "mining", "fisheries", "housing",
    "welfare", "treasury", "relations", "cooperation", "integration", "infrastructure", "telecommunications",
    "budget", "revenue", "taxation", "investment", "technology", "sports", "youth", "women", "immigration",
];

super::word_set!(
    /// The last word of a government portfolio ("Finance" in "Minister of Public Finance").
    pub(crate) fn is_portfolio_head = PORTFOLIO_HEADS
);

/// Titles of envoys, which name where they are sent with "to" ("Ambassador to Mexico").
pub(crate) fn is_envoy(w: &str) -> bool {
    matches!(w, "ambassador" | "envoy" | "representative" | "emissary" | "delegate" | "liaison")
}
