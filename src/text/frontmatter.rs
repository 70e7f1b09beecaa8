//! Front matter: an optional `---` / `key: value` / `---` block at the top of a text file.
//!
//! Reads the raw file text, returns the metadata and the byte offset where the body starts.
//! A block that opens but never closes, or holds a line that is not `key: value`, is reported
//! as malformed so that the caller reads the whole file as text with a warning.

use super::document::Meta;

/// What [`parse`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Parsed {
    /// No front matter: the body is the whole text.
    None,
    /// A well-formed block; the body starts at `body_start` (bytes).
    Ok {
        /// Metadata from the block.
        meta: Meta,
        /// Byte offset of the body.
        body_start: usize,
    },
    /// A block that opens but is broken.
    Malformed {
        /// What is wrong, in a few words ("is not terminated").
        reason: String,
    },
}

/// Longest front matter considered, in lines; a longer block is malformed.
const MAX_LINES: usize = 200;

/// Parses a front-matter block at the start of `text`.
pub fn parse(text: &str) -> Parsed {
    let text_nobom = text.strip_prefix('\u{feff}').unwrap_or(text);
    let bom = text.len() - text_nobom.len();
    let Some(first_end) = text_nobom.find('\n') else {
        return Parsed::None;
    };
    if text_nobom[..first_end].trim_end() != "---" {
        return Parsed::None;
    }
    let mut meta = Meta::default();
    let mut pos = bom + first_end + 1;
    for (n, line) in text[pos..].split_inclusive('\n').enumerate() {
        if n >= MAX_LINES {
            return Parsed::Malformed { reason: "is longer than 200 lines".into() };
        }
        let next = pos + line.len();
        let content = line.trim_end_matches(['\n', '\r']);
        if content.trim_end() == "---" {
            return Parsed::Ok { meta, body_start: next };
        }
        if content.trim().is_empty() || content.trim_start().starts_with('#') {
            pos = next;
            continue;
        }
        let Some((key, value)) = content.split_once(':') else {
            return Parsed::Malformed { reason: format!("line {} is not 'key: value'", n + 2) };
        };
        let key = key.trim();
        if key.is_empty() || !key.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '-') {
            return Parsed::Malformed { reason: format!("line {} has no valid key", n + 2) };
        }
        meta.set(key, unquote(value.trim()));
        pos = next;
    }
    Parsed::Malformed { reason: "is not terminated by '---'".into() }
}

/// Removes matching quotes; double-quoted values are read as JSON strings so escapes work.
fn unquote(v: &str) -> String {
    if v.len() >= 2 && v.starts_with('"') && v.ends_with('"') {
        if let Ok(s) = serde_json::from_str::<String>(v) {
            return s;
        }
        return v[1..v.len() - 1].to_string();
    }
    if v.len() >= 2 && v.starts_with('\'') && v.ends_with('\'') {
        return v[1..v.len() - 1].replace("''", "'");
    }
    v.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_block_and_body_offset() {
        let t = "---\ntitle: \"A \\\"quoted\\\" title\"\ndate: 2009-07-20\nlicense: x\n---\nBody.";
        let Parsed::Ok { meta, body_start } = parse(t) else { panic!("not ok") };
        assert_eq!(meta.title.as_deref(), Some("A \"quoted\" title"));
        assert_eq!(meta.date.as_deref(), Some("2009-07-20"));
        assert_eq!(&t[body_start..], "Body.");
    }

    #[test]
    fn no_block_is_none() {
        assert_eq!(parse("Just text\n---\n"), Parsed::None);
        assert_eq!(parse(""), Parsed::None);
    }

    #[test]
    fn unterminated_is_malformed() {
        assert!(matches!(parse("---\ntitle: x\nbody"), Parsed::Malformed { .. }));
    }

    #[test]
    fn non_key_value_line_is_malformed() {
        assert!(matches!(parse("---\njust words here\n---\n"), Parsed::Malformed { .. }));
    }

    #[test]
    fn crlf_and_extra_keys() {
        let t = "---\r\nauthor: Jane\r\n---\r\nBody";
        let Parsed::Ok { meta, body_start } = parse(t) else { panic!() };
        assert_eq!(meta.extra.get("author").map(String::as_str), Some("Jane"));
        assert_eq!(&t[body_start..], "Body");
    }
}
