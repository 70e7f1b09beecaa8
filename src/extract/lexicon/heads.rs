//! Head words: the last word of a name that says what kind of thing it names ("Justice
//! Department" is an organization, "Kennedy Space Center" a facility, "Clean Air Act" a law),
//! and common nouns for collective actors ("cartels", "prosecutors").
//!
//! Source: hand-curated general knowledge (organization and place suffixes of English names).
//! Licence: same as the crate.

/// Last words of organization names (lower case).
#[rustfmt::skip]
pub(crate) const ORG_HEADS: &[&str] = &[
    "department", "ministry", "agency", "administration", "bureau", "office", "service",
    "services", "commission", "committee", "subcommittee", "council", "court", "tribunal",
    "cartel", "party", "bank", "police", "army", "navy", "forces", "force", "guard", "corps",
    "university", "college", "academy", "institute", "institution", "association", "union",
    "federation", "league", "organization", "organisation", "foundation", "fund", "group",
    "company", "corporation", "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "llc", "co.", "plc",
    "ag", "gmbh", "sa", "holdings", "partners", "airlines", "airways", "times", "post", "news",
    "press", "journal", "herald", "tribune", "gazette", "network", "broadcasting", "radio",
    "television", "tv", "congress", "senate", "parliament", "assembly", "cabinet", "government",
    "division", "section", "works", "unit", "brigade", "battalion", "regiment", "command", "club", "church", "board",
    "authority", "secretariat", "directorate", "alliance", "coalition", "front", "movement",
    "brotherhood", "militia", "gang", "syndicate", "federation", "caucus", "commission",
    "society", "trust", "bloc", "junta", "cabinet", "kremlin", "pentagon", "house", "service",
    "enterprises", "industries", "systems", "technologies", "labs", "laboratories", "motors",
    "energy", "petroleum", "oil", "pharmaceuticals", "insurance", "capital", "ventures",
    "media", "magazine", "channel", "studios", "records", "reserve", "treasury", "legion",
    "mafia", "clan", "organization", "agencies", "nations", "council", "secretariat",
    "terminals", "ports", "maritime", "shipping", "logistics", "resources", "minerals", "metals",
    "steel", "electronics", "telecom", "communications", "foods", "brands", "mining", "aerospace",
    "automotive", "chemicals", "construction", "properties", "solutions", "therapeutics",
    "biotech", "pharma", "securities", "financial", "investments", "airways", "railways",
];

/// Organization heads of companies: "of" after them names where the company is ("Huang
/// Holdings of Singapore"), not part of its name.
#[rustfmt::skip]
pub(crate) const CORPORATE_HEADS: &[&str] = &[
    "company", "corporation", "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "llc", "co.", "plc",
    "ag", "gmbh", "sa", "holdings", "partners", "airlines", "airways", "enterprises", "industries",
    "systems", "technologies", "labs", "motors", "energy", "petroleum", "pharmaceuticals",
    "insurance", "capital", "ventures", "media", "studios", "records", "shipping", "logistics",
    "mining", "group", "works",
];

/// Common nouns for organizations in an apposition ("X, a Boston-based bank,").
#[rustfmt::skip]
pub(crate) const ORG_NOUNS: &[&str] = &[
    "firm", "company", "bank", "lender", "insurer", "operator", "manufacturer", "maker",
    "producer", "retailer", "conglomerate", "startup", "publisher", "broadcaster", "newspaper",
    "charity", "nonprofit", "non-profit", "group", "agency", "party", "union", "organization",
    "organisation", "militia", "coalition", "alliance", "movement", "network", "outlet",
    "subsidiary", "contractor", "supplier", "exporter", "importer", "developer", "carrier",
    "airline", "automaker", "shipper", "miner", "utility", "fund", "foundation", "institute",
    "think-tank", "watchdog", "regulator", "ministry", "department", "court", "cartel", "gang",
];

/// Last words of facility and place names (lower case).
#[rustfmt::skip]
pub(crate) const PLACE_HEADS: &[&str] = &[
    "city", "county", "province", "state", "district", "region", "territory", "island",
    "islands", "river", "lake", "sea", "ocean", "bay", "gulf", "mountain", "mountains", "valley",
    "desert", "peninsula", "strait", "canal", "coast", "border", "airport", "station", "base",
    "port", "harbor", "harbour", "bridge", "square", "street", "avenue", "road", "park",
    "stadium", "arena", "palace", "building", "tower", "plaza", "mall", "prison", "jail",
    "penitentiary", "center", "centre", "hall", "cathedral", "mosque", "temple", "camp",
    "field", "heights", "hills", "beach", "forest", "canyon", "falls", "springs", "village",
    "town", "neighborhood", "quarter", "zone", "corridor", "highway", "boulevard", "terminal",
    "complex", "compound", "embassy", "consulate", "memorial", "monument", "museum", "zoo",
];

/// Last words of names of other things: laws, programs, operations, events, works.
#[rustfmt::skip]
pub(crate) const OTHER_HEADS: &[&str] = &[
    "act", "law", "treaty", "accord", "accords", "agreement", "convention", "resolution",
    "amendment", "bill", "program", "programme", "initiative", "plan", "project", "doctrine",
    "war", "olympics", "games", "cup", "championship", "summit", "conference", "festival",
    "prize", "award", "awards", "report", "protocol", "code", "constitution", "declaration",
    "charter", "strategy", "policy", "campaign", "operation", "mission", "module", "rover",
    "satellite", "telescope", "vaccine", "virus", "pandemic", "crisis", "revolution",
    "uprising", "scandal", "affair", "gate", "trial", "case",
];

/// Common nouns that introduce a vehicle, vessel or craft named right after them ("the space
/// shuttle Endeavour", "the aircraft carrier Nimitz"): the name is a thing (`other`).
#[rustfmt::skip]
pub(crate) const CRAFT_NOUNS: &[&str] = &[
    "shuttle", "spacecraft", "ship", "vessel", "boat", "yacht", "tanker", "freighter",
    "carrier", "submarine", "destroyer", "frigate", "cruiser", "warship", "aircraft", "plane",
    "jet", "helicopter", "rocket", "capsule", "probe", "rover", "satellite", "module", "orbiter",
    "lander", "telescope", "station", "train", "ferry", "liner", "drone", "missile", "compartment",
    "laboratory", "lab", "spaceship", "airliner",
];

/// Plural (or collective) nouns for groups of people that act together in news events.
#[rustfmt::skip]
pub(crate) const GROUP_NOUNS: &[&str] = &[
    "cartels", "gangs", "militias", "rebels", "insurgents", "militants", "guerrillas",
    "terrorists", "extremists", "jihadists", "separatists", "protesters", "demonstrators",
    "prosecutors", "investigators", "lawmakers", "legislators", "traffickers", "smugglers",
    "kingpins", "migrants", "immigrants", "refugees", "astronauts", "crewmembers", "diplomats",
    "troops", "soldiers", "police", "agents", "officials", "authorities", "judges", "jurors",
    "jury", "voters", "strikers", "hackers", "pirates", "gunmen", "attackers", "kidnappers",
    "leaders", "forces", "crew", "individuals", "targets", "fighters", "activists", "senators",
    "members", "marines", "sailors", "paratroopers", "commandos", "guards", "officers", "detectives",
    "ministers", "negotiators", "inspectors", "observers", "peacekeepers",
];

/// Lower-case nouns that can modify a group noun inside its name ("drug cartels", "cartel
/// leaders", "border agents"); anything else before a group noun is left out of its label.
#[rustfmt::skip]
pub(crate) const GROUP_MODIFIERS: &[&str] = &[
    "drug", "cartel", "gang", "border", "police", "security", "army", "military", "rebel",
    "opposition", "government", "party", "union", "crime", "terror", "terrorist", "immigration",
    "enforcement", "mafia", "militia", "tribal", "student", "peace", "rights", "trade", "farm",
    "news", "state", "civic", "human", "labor", "oil", "aid", "relief", "rescue", "medical",
    "coast", "navy", "naval", "intelligence", "customs", "prison", "court", "city", "county",
    "election", "campaign", "shuttle", "station", "space", "mission", "union", "health", "fire",
    "tax", "bank", "industry", "company", "church", "school", "university", "hospital", "jury",
];

/// Nouns that never stand for an actor on their own, even capitalized at a sentence start.
#[rustfmt::skip]
pub(crate) const NON_ACTOR_NOUNS: &[&str] = &[
    "today", "yesterday", "tomorrow", "transcript", "copyright", "photo", "video", "audio",
    "update", "editor", "note", "advertisement",
];

super::word_set!(
    /// An organization head word.
    pub(crate) fn is_org_head = ORG_HEADS
);
super::word_set!(
    /// A company head word ("Holdings").
    pub(crate) fn is_corporate_head = CORPORATE_HEADS
);
super::word_set!(
    /// A common noun for an organization ("firm").
    pub(crate) fn is_org_noun = ORG_NOUNS
);
super::word_set!(
    /// A place head word.
    pub(crate) fn is_place_head = PLACE_HEADS
);
super::word_set!(
    /// A head word of laws, programs and other named things.
    pub(crate) fn is_other_head = OTHER_HEADS
);
super::word_set!(
    /// A craft noun ("shuttle").
    pub(crate) fn is_craft_noun = CRAFT_NOUNS
);
super::word_set!(
    /// A group noun ("cartels").
    pub(crate) fn is_group_noun = GROUP_NOUNS
);
super::word_set!(
    /// A noun that may modify a group noun ("drug").
    pub(crate) fn is_group_modifier = GROUP_MODIFIERS
);
super::word_set!(
    /// A noun that never stands for an actor.
    pub(crate) fn is_non_actor = NON_ACTOR_NOUNS
);

/// Institutions that one capitalized word names on its own, even opening a sentence.
#[rustfmt::skip]
pub(crate) const STANDALONE_INSTITUTIONS: &[&str] = &[
    "congress", "parliament", "senate", "kremlin", "pentagon", "knesset", "duma", "bundestag",
    "vatican", "interpol", "europol", "nato", "cabinet",
];
super::word_set!(
    /// One word that names an institution by itself ("Congress", "Parliament").
    pub(crate) fn is_standalone_institution = STANDALONE_INSTITUTIONS
);

/// First words of Spanish, Portuguese and French organization names, before "de", "del", "da",
/// "do", "des" or "du" ("Cártel del Noreste", "Partido de los Trabajadores").
#[rustfmt::skip]
pub(crate) const FOREIGN_ORG_FIRSTS: &[&str] = &[
    "cártel", "cartel", "partido", "frente", "ejército", "ejercito", "movimiento", "banco", "fuerzas",
    "policía", "policia", "ministerio", "secretaría", "secretaria", "fiscalía", "fiscalia", "tribunal",
    "corte", "consejo", "instituto", "universidad", "comisión", "comision", "asociación", "asociacion",
    "sindicato", "federación", "federacion", "confederación", "confederacion", "guardia", "armada",
    "procuraduría", "procuraduria", "suprema", "cámara", "camara", "congreso", "senado", "empresa",
    "grupo", "compañía", "compania", "organización", "organizacion", "parti", "front", "conseil",
    "ministère", "banque", "exército", "polícia", "supremo",
];

super::word_set!(
    /// The first word of a Spanish, Portuguese or French organization name ("Cártel del X").
    pub(crate) fn is_foreign_org_first = FOREIGN_ORG_FIRSTS
);

/// Last words of the names of state bodies, which are part of the place they are named after
/// ("Houston Police Department", "Mexican Foreign Ministry"); other organizations named after
/// a place are only based there.
#[rustfmt::skip]
pub(crate) const STATE_BODY_HEADS: &[&str] = &[
    "department", "ministry", "agency", "administration", "bureau", "office", "service", "commission",
    "committee", "subcommittee", "council", "court", "tribunal", "police", "army", "navy", "forces",
    "force", "guard", "corps", "congress", "senate", "parliament", "assembly", "cabinet", "government",
    "division", "section", "unit", "brigade", "battalion", "regiment", "command", "authority",
    "secretariat", "directorate", "prosecutor's", "judiciary", "legislature", "presidency", "embassy",
    "consulate", "mission", "marines", "military", "constabulary", "gendarmerie", "prison", "prisons",
];

super::word_set!(
    /// The last word of a state body's name ("Department" in "Houston Police Department").
    pub(crate) fn is_state_body_head = STATE_BODY_HEADS
);

/// Adjectives of creed, ideology or a side of the world, capitalized in English but no names
/// before a common noun ("the jihadist group", "Eastern envoys").
#[rustfmt::skip]
pub(crate) const CREED_ADJECTIVES: &[&str] = &[
    "islamist", "islamic", "jihadist", "jihadi", "muslim", "christian", "catholic", "protestant",
    "evangelical", "orthodox", "jewish", "sunni", "shiite", "shia", "hindu", "buddhist",
    "communist", "marxist", "maoist", "socialist", "fascist", "western", "eastern", "northern",
    "southern", "central", "arab", "kurdish",
];
super::word_set!(
    /// A creed or side-of-the-world adjective ("Sunni", "Eastern").
    pub(crate) fn is_creed_adjective = CREED_ADJECTIVES
);

/// Lower-case nouns for built places that a name before them can name ("the X bridge", "the Y
/// prison").
#[rustfmt::skip]
pub(crate) const FACILITY_HEADS: &[&str] = &[
    "bridge", "airport", "stadium", "prison", "jail", "penitentiary", "palace", "square", "highway",
    "terminal", "dam", "refinery", "mosque", "cathedral", "museum", "hospital",
];
super::word_set!(
    /// A facility noun a name before it names.
    pub(crate) fn is_facility_head = FACILITY_HEADS
);

/// Words naming a crime or a violent trade inside an organization's name ("the Vela drug
/// trafficking organization", "the Reis arms smuggling network").
#[rustfmt::skip]
pub(crate) const CRIME_MODIFIERS: &[&str] = &[
    "drug", "drugs", "trafficking", "drug-trafficking", "narcotics", "criminal", "crime",
    "smuggling", "money", "laundering", "money-laundering", "terrorist", "terror", "militant",
    "armed", "transnational", "organized", "kidnapping", "extortion", "arms", "weapons", "gun",
    "gun-running", "human", "migrant",
];
super::word_set!(
    /// A crime word that may stand between a name and its organization noun.
    pub(crate) fn is_crime_modifier = CRIME_MODIFIERS
);
