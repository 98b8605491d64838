//! Writing HTML as text, for the few places where one `innerHTML` is much faster than
//! thousands of DOM calls from wasm (the case list). Every text from a user goes through
//! [`escape`]; nothing here touches the browser.

/// `text` with the five characters that can end a text or an attribute value in HTML
/// replaced by their entities, so it can stand between tags and inside quoted attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_escaped(&mut out, text);
    out
}

/// Appends `text` escaped (see [`escape`]).
pub fn push_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_a_text_stays_text() {
        assert_eq!(
            escape(r#"<img src=x onerror="alert('x')"> & co"#),
            "&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp; co"
        );
    }

    #[test]
    fn other_text_is_kept_as_it_is() {
        let text = "Frau Öztürk 🙂 مرحبا";
        assert_eq!(escape(text), text);
    }
}
