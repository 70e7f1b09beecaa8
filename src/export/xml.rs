//! XML text escaping shared by the XML-based exporters (GraphML, GEXF, SVG, and the SVG inside
//! the HTML view).
//!
//! Those formats are written by hand, so that their golden files only change when we change
//! them; this is the one place that decides how a string becomes XML character data or an
//! attribute value. Flow: exporter -> **escape** -> `io::Write`.

/// Escapes text for XML character data and for attribute values in double or single quotes.
///
/// `&`, `<`, `>`, `"` and `'` become entities. Line breaks and tabs become character
/// references, because an XML parser turns a literal line break inside an attribute value into a
/// space and a carriage return anywhere into a line feed; as references they come back exactly.
/// Other control characters cannot appear in XML 1.0 at all, not even as references, so they
/// become U+FFFD (the replacement character), as does a lone surrogate's replacement.
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            c if is_xml_char(c) => out.push(c),
            _ => out.push('\u{fffd}'),
        }
    }
    out
}

/// True for the characters XML 1.0 allows in a document (the `Char` production), other than
/// the line breaks and tab that [`escape`] writes as references.
fn is_xml_char(c: char) -> bool {
    matches!(c, '\u{20}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..='\u{10ffff}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(escape(r#"a < b & "c" 'd' > e"#), "a &lt; b &amp; &quot;c&quot; &apos;d&apos; &gt; e");
    }

    #[test]
    fn line_breaks_and_tabs_become_references() {
        assert_eq!(escape("a\nb\r\nc\td"), "a&#10;b&#13;&#10;c&#9;d");
    }

    #[test]
    fn forbidden_control_characters_are_replaced() {
        assert_eq!(escape("a\u{0}b\u{1b}c\u{fffe}"), "a\u{fffd}b\u{fffd}c\u{fffd}");
    }

    #[test]
    fn accents_and_backslashes_pass_through() {
        assert_eq!(escape(r"Zoë \ Ñúñez 北京"), r"Zoë \ Ñúñez 北京");
    }
}
