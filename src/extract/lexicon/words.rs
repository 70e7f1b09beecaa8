//! Closed-class English words: function words, calendar words, name connectors, pronouns.
//!
//! Source: hand-curated general knowledge of English grammar (no article-specific entries).
//! Licence: same as the crate.

/// Function words and very common sentence openers: a capitalized one at the start of a
/// sentence is never a name by itself.
#[rustfmt::skip]
pub(crate) const FUNCTION_WORDS: &[&str] = &[
    "a", "about", "above", "according", "across", "after", "afterwards", "again", "against", "ago",
    "all", "almost", "along", "already", "also", "although", "always", "among", "an", "and",
    "another", "any", "anyone", "anything", "are", "around", "as", "at", "back", "be", "because",
    "been", "before", "being", "below", "besides", "between", "beyond", "both", "but", "by",
    "can", "could", "despite", "did", "do", "does", "doing", "done", "down", "during", "each",
    "earlier", "either", "else", "even", "ever", "every", "everyone", "everything", "few",
    "finally", "first", "for", "from", "further", "had", "has", "have", "having", "he", "her",
    "here", "hers", "herself", "him", "himself", "his", "how", "however", "i", "if", "in",
    "including", "indeed", "instead", "into", "is", "it", "its", "itself", "just", "last",
    "later", "least", "less", "like", "many", "may", "maybe", "me", "meanwhile", "might", "more",
    "moreover", "most", "much", "must", "my", "neither", "never", "nevertheless", "new", "next",
    "no", "nobody", "none", "nor", "not", "nothing", "now", "of", "off", "often", "on", "once",
    "one", "only", "or", "other", "others", "otherwise", "our", "ours", "out", "over", "own",
    "perhaps", "please", "rather", "same", "several", "shall", "she", "should", "since", "so",
    "some", "someone", "something", "sometimes", "soon", "still", "such", "than", "that", "the",
    "their", "theirs", "them", "themselves", "then", "there", "therefore", "these", "they",
    "this", "those", "though", "through", "thus", "to", "today", "together", "tomorrow", "too",
    "toward", "towards", "under", "unless", "until", "up", "upon", "us", "usually", "very", "was",
    "we", "well", "were", "what", "whatever", "when", "whenever", "where", "whereas", "wherever",
    "whether", "which", "while", "who", "whoever", "whole", "whom", "whose", "why", "will",
    "with", "within", "without", "would", "yes", "yesterday", "yet", "you", "your", "yours",
    "tonight", "recently", "currently", "later", "initially", "eventually", "separately",
    "additionally", "similarly", "unfortunately", "fortunately", "asked", "speaking",
    "sources", "officials", "authorities", "police", "prosecutors", "experts", "critics",
    "analysts", "residents", "witnesses", "people", "it's", "that's", "there's", "here's",
    "don't", "didn't", "doesn't", "can't", "won't", "isn't", "wasn't", "aren't", "weren't",
    "i'm", "we're", "they're", "you're", "he's", "she's", "let's", "what's", "who's",
    "mr", "mrs", "ms", "dear", "thank", "thanks", "hello", "oh", "ok", "okay",
];

/// Month names and their abbreviations.
#[rustfmt::skip]
pub(crate) const MONTHS: &[(&str, u32)] = &[
    ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6),
    ("july", 7), ("august", 8), ("september", 9), ("october", 10), ("november", 11),
    ("december", 12), ("jan.", 1), ("feb.", 2), ("mar.", 3), ("apr.", 4), ("jun.", 6),
    ("jul.", 7), ("aug.", 8), ("sep.", 9), ("sept.", 9), ("oct.", 10), ("nov.", 11), ("dec.", 12),
];

/// Weekday names (Monday = 0).
#[rustfmt::skip]
pub(crate) const WEEKDAYS: &[(&str, u32)] = &[
    ("monday", 0), ("tuesday", 1), ("wednesday", 2), ("thursday", 3), ("friday", 4),
    ("saturday", 5), ("sunday", 6),
];

/// Lower-case particles that may sit inside a person's or place's name ("Oscar de la Hoya",
/// "Ludwig van Beethoven", "Osama bin Laden", "Juan Ortiz y Pérez").
#[rustfmt::skip]
pub(crate) const NAME_CONNECTORS: &[&str] = &[
    "de", "del", "della", "der", "den", "di", "da", "das", "do", "dos", "du", "la", "las", "le",
    "les", "lo", "los", "van", "von", "ter", "ten", "bin", "ibn", "binti", "bint", "abu", "al",
    "el", "y", "e", "zu", "st.", "mac", "ap", "ag", "ould",
];

/// Lower-case words that may join the words of an organization's or place's name ("Department
/// of State", "Committee on Foreign Affairs", "Bosnia and Herzegovina").
#[rustfmt::skip]
pub(crate) const ORG_CONNECTORS: &[&str] = &["of", "on", "for", "the", "and", "&", "de", "del", "des", "du", "für"];

/// Personal pronouns that refer to a person.
#[rustfmt::skip]
pub(crate) const PERSON_PRONOUNS: &[&str] = &["he", "she", "him", "her", "his", "hers", "himself", "herself"];

/// First-person pronouns: inside a quote they refer to the speaker.
#[rustfmt::skip]
pub(crate) const FIRST_PERSON: &[&str] = &["i", "me", "my", "we", "us", "our"];

/// Negation words.
#[rustfmt::skip]
pub(crate) const NEGATIONS: &[&str] = &["not", "never", "n't", "no", "neither", "nor", "without", "denied", "denies", "deny", "refused", "refuses", "rejected"];

/// Words that make an event planned or hypothetical rather than asserted.
#[rustfmt::skip]
pub(crate) const MODALS: &[&str] = &[
    "will", "would", "could", "may", "might", "should", "can", "plans", "plan", "planned",
    "planning", "intends", "intend", "intended", "wants", "want", "wanted", "seeks", "seek",
    "sought", "expected", "expects", "hopes", "hope", "proposed", "proposes", "threatened",
    "threatens", "vowed", "vows", "promised", "promises", "considering", "considers", "likely",
    "possible", "possibly", "if", "unless", "whether", "face", "faces", "facing", "to", "must",
    "urge", "urged", "urges", "asked", "requested", "requesting", "demanded",
];

/// Words that mark reported (second-hand) information.
#[rustfmt::skip]
pub(crate) const REPORTING: &[&str] = &["reportedly", "allegedly", "according", "purportedly", "reports", "reported", "alleged", "claims", "claimed"];

/// True when `w` (lower case) is a function word.
/// The half of the day and the time zones written after a clock time ("10:49 AM EDT").
#[rustfmt::skip]
pub(crate) const CLOCK_WORDS: &[&str] = &[
    "am", "pm", "a.m.", "p.m.", "edt", "est", "cdt", "cst", "mdt", "mst", "pdt", "pst", "gmt", "utc", "bst",
    "cet", "cest",
];
super::word_set!(
    /// A clock time's half of the day or time zone (lower case).
    pub(crate) fn is_clock_word = CLOCK_WORDS
);

pub(crate) fn is_function_word(w: &str) -> bool {
    static SET: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::LazyLock::new(|| FUNCTION_WORDS.iter().copied().collect());
    SET.contains(w)
}

/// The month number of a month word (lower case), if it is one.
pub(crate) fn month(w: &str) -> Option<u32> {
    MONTHS.iter().find(|(m, _)| *m == w).map(|&(_, n)| n)
}

/// The weekday number of a weekday word (lower case), if it is one.
pub(crate) fn weekday(w: &str) -> Option<u32> {
    WEEKDAYS.iter().find(|(m, _)| *m == w).map(|&(_, n)| n)
}

super::word_set!(
    /// A name particle ("de", "van").
    pub(crate) fn is_name_connector = NAME_CONNECTORS
);
super::word_set!(
    /// A personal pronoun for a person.
    pub(crate) fn is_person_pronoun = PERSON_PRONOUNS
);
super::word_set!(
    /// A first-person pronoun.
    pub(crate) fn is_first_person = FIRST_PERSON
);
super::word_set!(
    /// A negation word.
    pub(crate) fn is_negation = NEGATIONS
);
super::word_set!(
    /// A modal or planning word.
    pub(crate) fn is_modal = MODALS
);
super::word_set!(
    /// A reporting word.
    pub(crate) fn is_reporting = REPORTING
);
super::word_set!(
    /// A connector inside organization names.
    pub(crate) fn is_org_connector = ORG_CONNECTORS
);
