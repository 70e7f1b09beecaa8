//! The closed vocabularies shared by extraction, the graph and the exporters: entity types,
//! event types (with their ACE 2005 subtype and CAMEO code), participant roles, relation
//! types, polarity and modality.
//!
//! Each enum has `as_str` (the name written in every output format) and `parse` (its inverse,
//! used when a graph is read back).

use std::fmt;

macro_rules! named_enum {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $v:ident = $s:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum $name { $($(#[$vm])* $v),+ }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$v),+];

            /// The name used in outputs.
            pub const fn as_str(self) -> &'static str {
                match self { $($name::$v => $s),+ }
            }

            /// The variant with this output name.
            pub fn parse(s: &str) -> Option<Self> {
                match s { $($s => Some($name::$v),)+ _ => None }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

named_enum! {
    /// What an entity is.
    EntityKind {
        /// A person.
        Person = "person",
        /// An organization: agency, company, court, party, cartel, media outlet.
        Organization = "organization",
        /// A place: country, region, city, facility.
        Location = "location",
        /// A collective actor named by a common noun ("cartels", "prosecutors").
        Group = "group",
        /// Anything else with a name: a law, a program, a vessel, a work.
        Other = "other",
    }
}

named_enum! {
    /// What an event is. The names are the scorer's and issue's event types.
    EventKind {
        /// Taking someone into custody.
        Arrest = "arrest",
        /// Charging or indicting.
        Charge = "charge",
        /// Dropping or dismissing charges or a case.
        Dismissal = "dismissal",
        /// Releasing someone from custody.
        Release = "release",
        /// Returning, transporting or moving someone or something to a place.
        Return = "return",
        /// Extraditing someone to another country.
        Extradite = "extradite",
        /// Threatening.
        Threaten = "threaten",
        /// Accusing, blaming, condemning.
        Accuse = "accuse",
        /// Investigating.
        Investigate = "investigate",
        /// Requesting, urging, demanding.
        Request = "request",
        /// Sanctioning, designating, blacklisting.
        Sanction = "sanction",
        /// Convicting.
        Convict = "convict",
        /// Sentencing.
        Sentence = "sentence",
        /// Pleading (guilty or not).
        Plead = "plead",
        /// Acquitting.
        Acquit = "acquit",
        /// Suing.
        Sue = "sue",
        /// A court or official ruling.
        Rule = "rule",
        /// Meeting, talks, visits.
        Meet = "meet",
        /// Communicating at a distance: calls, messages, questions and answers.
        Communicate = "communicate",
        /// Cooperating.
        Cooperate = "cooperate",
        /// Saying or announcing something.
        Statement = "statement",
        /// Attacking, killing, violence.
        Attack = "attack",
        /// Dying.
        Die = "die",
        /// Electing.
        Elect = "elect",
        /// Appointing, nominating, taking office.
        Appoint = "appoint",
        /// Resigning or leaving office.
        Resign = "resign",
        /// Escaping.
        Escape = "escape",
        /// Seizing property.
        Seize = "seize",
        /// Trafficking, smuggling.
        Traffic = "traffic",
        /// Acquiring a company or asset.
        Acquire = "acquire",
        /// Funding, paying, bribing.
        Fund = "fund",
    }
}

impl EventKind {
    /// The ACE 2005 event subtype this type corresponds to, if ACE has one.
    pub const fn ace(self) -> Option<&'static str> {
        use EventKind::*;
        Some(match self {
            Arrest => "Justice:Arrest-Jail",
            Charge => "Justice:Charge-Indict",
            Release => "Justice:Release-Parole",
            Return => "Movement:Transport",
            Extradite => "Justice:Extradite",
            Convict => "Justice:Convict",
            Sentence => "Justice:Sentence",
            Acquit => "Justice:Acquit",
            Sue => "Justice:Sue",
            Meet => "Contact:Meet",
            Communicate => "Contact:Phone-Write",
            Attack => "Conflict:Attack",
            Die => "Life:Die",
            Elect => "Personnel:Elect",
            Appoint => "Personnel:Start-Position",
            Resign => "Personnel:End-Position",
            Seize => "Transaction:Transfer-Ownership",
            Acquire => "Business:Merge-Org",
            Fund => "Transaction:Transfer-Money",
            Rule | Dismissal | Threaten | Accuse | Investigate | Request | Sanction | Plead | Cooperate | Statement
            | Escape | Traffic => return None,
        })
    }

    /// The CAMEO event code this type corresponds to, if CAMEO has one.
    pub const fn cameo(self) -> Option<&'static str> {
        use EventKind::*;
        Some(match self {
            Statement => "010",
            Request => "020",
            Cooperate => "050",
            Meet => "040",
            Communicate => "041",
            Fund => "071",
            Release => "0841",
            Investigate => "090",
            Accuse => "112",
            Threaten => "130",
            Sanction => "163",
            Seize => "171",
            Arrest | Charge => "173",
            Extradite | Return => "174",
            Attack => "190",
            Dismissal | Convict | Sentence | Plead | Acquit | Sue | Rule | Die | Elect | Appoint | Resign | Escape
            | Traffic | Acquire => return None,
        })
    }
}

named_enum! {
    /// The role a participant plays in an event (the label of an event -> entity edge).
    Role {
        /// Who does it.
        Agent = "agent",
        /// Who or what undergoes it (the person arrested, charged, sanctioned, elected).
        Patient = "patient",
        /// Where it happens.
        Place = "place",
        /// Where someone or something goes.
        Destination = "destination",
        /// Where someone or something comes from.
        Origin = "origin",
        /// Who it is done with (talks, cooperation).
        Partner = "partner",
        /// Who it is aimed at, or addressed to.
        Target = "target",
        /// Whom it is about (an accusation's subject, a statement's topic).
        Topic = "topic",
        /// Who reports it.
        Source = "source",
        /// Who was replaced (appointments).
        Predecessor = "predecessor",
        /// Who it benefits or pays.
        Beneficiary = "beneficiary",
        /// Who asked for it or made it possible.
        Instigator = "instigator",
        /// Someone else taking part.
        Participant = "participant",
    }
}

named_enum! {
    /// A relation between two entities (the label of an entity -> entity edge), after TAC KBP
    /// and ACE relation names.
    RelationKind {
        /// Works for (a person and an organization or government).
        EmployeeOf = "employee_of",
        /// Belongs to (a person or group and an organization or body).
        MemberOf = "member_of",
        /// Heads.
        LeaderOf = "leader_of",
        /// Speaks for.
        SpokespersonOf = "spokesperson_of",
        /// A place inside another place.
        LocatedIn = "located_in",
        /// A person or organization based in a place.
        BasedIn = "based_in",
        /// A person's nationality.
        CitizenOf = "citizen_of",
        /// An organization that is part of another, or an agency of a government.
        PartOf = "part_of",
        /// A person's or organization's tie to a country given by a title or adjective
        /// ("U.S. Attorney General", "Belarusian leader").
        AffiliatedWith = "affiliated_with",
        /// Family.
        Family = "family",
        /// An alias or acronym link kept as an edge (used only across documents).
        SameAs = "same_as",
        /// Two names in one sentence, with no stated relation (only with `--cooccurrence`).
        Cooccurs = "co_occurs",
    }
}

named_enum! {
    /// Whether the text asserts an event, denies it, or only plans or supposes it.
    Modality {
        /// Stated as fact.
        Asserted = "asserted",
        /// Stated as not having happened ("we never threatened").
        Negated = "negated",
        /// Planned or intended ("plans to extradite").
        Planned = "planned",
        /// Possible or conditional ("could face").
        Hypothetical = "hypothetical",
        /// Second-hand ("reportedly", "according to").
        Reported = "reported",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for k in EventKind::ALL {
            assert_eq!(EventKind::parse(k.as_str()), Some(*k));
        }
        for k in Role::ALL {
            assert_eq!(Role::parse(k.as_str()), Some(*k));
        }
        for k in RelationKind::ALL {
            assert_eq!(RelationKind::parse(k.as_str()), Some(*k));
        }
        assert_eq!(EntityKind::parse("place"), None);
    }

    #[test]
    fn codes() {
        assert_eq!(EventKind::Arrest.ace(), Some("Justice:Arrest-Jail"));
        assert_eq!(EventKind::Arrest.cameo(), Some("173"));
        assert_eq!(EventKind::Sanction.cameo(), Some("163"));
    }
}
