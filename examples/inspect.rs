//! Prints what each extraction pass found in a document: candidates with their type votes,
//! entities, relations and events. A developer's tool for checking a rule:
//!
//!     cargo run --example inspect -- path/to/article.txt
//!     echo "Police arrested Juan Perez." | cargo run --example inspect -- -

use std::io::Read;

use newsgraph::Document;
use newsgraph::extract::{self, Lexicon};

fn main() {
    let arg = std::env::args().nth(1).unwrap_or_else(|| "-".into());
    let text = if arg == "-" {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s).expect("stdin");
        s
    } else {
        std::fs::read_to_string(&arg).expect("readable UTF-8 file")
    };
    let doc = Document::new("doc", text);
    let cx = extract::Context { lexicon: Lexicon::standard(), cooccurrence: false };
    let ann = extract::Pipeline::english().run(&doc, &cx).expect("pipeline");
    println!("== candidates");
    for (i, c) in ann.candidates.iter().enumerate() {
        let e = ann.candidate_entity[i];
        let ent = if e == usize::MAX { "-".to_string() } else { ann.entities[e].label.clone() };
        println!(
            "{:>4} s{:<3} {:?} {:?} -> {} | {:?} {:?} title={:?} head={:?} poss={} nested={}",
            i,
            if c.sentence == usize::MAX { -1 } else { c.sentence as i64 },
            doc.slice(c.span),
            c.form,
            ent,
            c.votes.best(),
            c.votes.reasons,
            c.title.as_ref().map(|t| &t.text),
            c.head,
            c.possessive,
            c.nested
        );
    }
    println!("== entities");
    for e in &ann.entities {
        println!("{} [{}] aliases={:?} titles={:?} attrs={:?}", e.label, e.kind, e.aliases, e.titles, e.attributes);
    }
    println!("== relations");
    for r in &ann.relations {
        println!(
            "{} -{}-> {}   | {}",
            ann.entities[r.subject].label,
            r.kind,
            ann.entities[r.object].label,
            doc.slice(r.evidence)
        );
    }
    println!("== event mentions");
    for line in extract::events::trace(&doc, &ann) {
        println!("{line}");
    }
    println!("== events");
    for ev in &ann.events {
        let args: Vec<String> =
            ev.args.iter().map(|a| format!("{}={}", a.role, ann.entities[a.entity].label)).collect();
        let trig: Vec<&str> = ev.triggers.iter().map(|t| doc.slice(*t)).collect();
        println!(
            "{} {:?} {:?} {:?} time={:?}",
            ev.kind,
            trig,
            args,
            ev.modality,
            ev.time.as_ref().map(|t| (doc.slice(t.span), &t.value))
        );
    }
}
