//! Extraction: from a [`Document`] to [`Annotations`] (mentions, entities, relations, events).
//!
//! A [`Pipeline`] runs [`Pass`]es in a fixed order; each pass reads the document and what the
//! passes before it wrote, and appends its own results. The default order is set in one place,
//! [`Pipeline::english`]:
//!
//! 1. [`names`]: candidate mentions (proper names, demonyms, acronyms, titles, groups,
//!    nominals, pronouns) with the evidence for their types;
//! 2. [`resolve`]: mentions clustered into entities, typed and labelled;
//! 3. [`relations`]: titles, appositions, possessives and place patterns as relations;
//! 4. [`events`]: triggers, participants and roles, coreference, modality and time.
//!
//! Flow: Document -> **extract** -> Annotations -> graph.

pub mod events;
pub mod lexicon;
pub mod names;
pub mod relations;
pub mod resolve;
pub mod time;

use std::collections::BTreeSet;

use crate::error::Result;
use crate::kinds::{EntityKind, EventKind, Modality, RelationKind, Role};
use crate::text::{Document, Span};

pub use lexicon::Lexicon;

/// How a mention names its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MentionForm {
    /// A proper name ("Tomas Arkwell Brandt", "Arkwell").
    Name,
    /// An acronym ("DEA").
    Acronym,
    /// A demonym standing for its country ("Mexican").
    Demonym,
    /// A transcript speaker label ("CARRIE KAHN").
    Speaker,
    /// A dateline place ("WASHINGTON").
    Dateline,
    /// A description ("the retired general").
    Nominal,
    /// A common noun for a group ("cartels").
    Group,
    /// A pronoun ("he").
    Pronoun,
}

impl MentionForm {
    /// True for forms that name the entity (their text may serve as an alias).
    pub fn is_name(self) -> bool {
        matches!(
            self,
            MentionForm::Name
                | MentionForm::Acronym
                | MentionForm::Demonym
                | MentionForm::Speaker
                | MentionForm::Dateline
        )
    }
}

/// One mention of an entity.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Bytes of the mention in the document.
    pub span: Span,
    /// Sentence index (`usize::MAX` for labels and datelines outside sentences).
    pub sentence: usize,
    /// How it names the entity.
    pub form: MentionForm,
    /// The entity (index into [`Annotations::entities`]).
    pub entity: usize,
    /// Lies inside another mention ("U.S." in "U.S. Department of State").
    pub nested: bool,
}

/// One entity of a document.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    /// Canonical name: no title, no possessive.
    pub label: String,
    /// Type.
    pub kind: EntityKind,
    /// Other surface names seen in the text (not the label).
    pub aliases: BTreeSet<String>,
    /// Titles and roles ("Attorney General").
    pub titles: BTreeSet<String>,
    /// Attributes from modifiers ("retired", "former").
    pub attributes: BTreeSet<String>,
    /// Indices into [`Annotations::mentions`], in text order.
    pub mentions: Vec<usize>,
    /// Why it got its type, label and aliases: one line a reason (for `explain`).
    pub reasons: Vec<String>,
}

/// A relation between two entities, with the text that states it.
#[derive(Debug, Clone, PartialEq)]
pub struct Relation {
    /// Relation type.
    pub kind: RelationKind,
    /// Subject entity.
    pub subject: usize,
    /// Object entity.
    pub object: usize,
    /// The phrase that states it.
    pub evidence: Span,
}

/// A participant of an event.
#[derive(Debug, Clone, PartialEq)]
pub struct Argument {
    /// Its role.
    pub role: Role,
    /// The entity.
    pub entity: usize,
    /// The mention that fills the role (a name, description or pronoun).
    pub span: Span,
    /// The sentence that links it to the event.
    pub evidence: Span,
}

/// A time expression attached to an event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeExpr {
    /// The words ("last month").
    pub span: Span,
    /// ISO 8601 date or interval when it could be resolved ("2020-10", "2015-06-11").
    pub value: Option<String>,
}

/// One event of a document, with all its mentions (coreferent triggers).
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// Type.
    pub kind: EventKind,
    /// Trigger spans, in text order.
    pub triggers: Vec<Span>,
    /// Sentence spans, one per trigger.
    pub sentences: Vec<Span>,
    /// Participants.
    pub args: Vec<Argument>,
    /// Asserted, negated, planned, hypothetical or reported.
    pub modality: Modality,
    /// When.
    pub time: Option<TimeExpr>,
    /// Who reports it, when the text says so (an entity index).
    pub source: Option<usize>,
}

/// Everything extracted from one document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Annotations {
    /// Mentions, in text order.
    pub mentions: Vec<Mention>,
    /// Entities.
    pub entities: Vec<Entity>,
    /// Relations.
    pub relations: Vec<Relation>,
    /// Events.
    pub events: Vec<Event>,
    /// Mention candidates before resolution (kept for the passes that follow).
    pub candidates: Vec<names::Candidate>,
    /// Relations stated inside names, between candidates.
    pub links: Vec<names::Link>,
    /// For each candidate, its entity after resolution (`usize::MAX` when dropped).
    pub candidate_entity: Vec<usize>,
}

/// Settings shared by the passes.
#[derive(Debug, Clone)]
pub struct Context<'a> {
    /// Lexicons.
    pub lexicon: &'a Lexicon,
    /// Add `co_occurs` edges between entities named in one sentence.
    pub cooccurrence: bool,
}

/// One extraction step.
pub trait Pass {
    /// Short name, for messages.
    fn name(&self) -> &'static str;
    /// Reads the document and earlier results, appends its own.
    ///
    /// # Errors
    /// None of the standard passes fail; the signature allows passes that do.
    fn run(&self, doc: &Document, cx: &Context<'_>, ann: &mut Annotations) -> Result<()>;
}

/// An ordered list of passes.
pub struct Pipeline {
    passes: Vec<Box<dyn Pass + Send + Sync>>,
}

impl std::fmt::Debug for Pipeline {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.passes.iter().map(|p| p.name())).finish()
    }
}

impl Pipeline {
    /// The default English pipeline: names, resolution, relations, events.
    pub fn english() -> Self {
        Pipeline {
            passes: vec![
                Box::new(names::NamesPass),
                Box::new(resolve::ResolvePass),
                Box::new(relations::RelationsPass),
                Box::new(events::EventsPass),
                Box::new(resolve::PrunePass),
            ],
        }
    }

    /// Runs every pass on a document.
    ///
    /// # Errors
    /// The first error a pass returns.
    pub fn run(&self, doc: &Document, cx: &Context<'_>) -> Result<Annotations> {
        let mut ann = Annotations::default();
        for p in &self.passes {
            p.run(doc, cx, &mut ann)?;
        }
        Ok(ann)
    }
}

/// Extracts a document with the default pipeline and the standard lexicons.
pub fn extract(doc: &Document) -> Annotations {
    let cx = Context { lexicon: Lexicon::standard(), cooccurrence: false };
    Pipeline::english().run(doc, &cx).unwrap_or_default()
}
