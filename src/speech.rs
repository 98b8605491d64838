//! Read-aloud through the browser's speech synthesis (Web Speech API), wrapped so that the
//! UI gets a typed result and never a panic. Works offline where the device has a voice.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Why nothing can be read aloud.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpeechError {
    /// The browser has no speech synthesis, or no voice for the language.
    NoVoice,
}

fn synthesis() -> Option<web_sys::SpeechSynthesis> {
    web_sys::window()?.speech_synthesis().ok()
}

/// Asks the browser to load its voices early (some load them only on first request), once:
/// when the first "Vorlesen" button is shown, so that a start without one (the case list, a
/// new case) never wakes the speech engine.
pub fn warm_up() {
    thread_local! {
        static ASKED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    if ASKED.with(|asked| asked.replace(true)) {
        return;
    }
    if let Some(synthesis) = synthesis() {
        let _ = synthesis.get_voices();
    }
}

/// Whether the device has a voice for `language` (e.g. `de`). Voices are read through
/// plain property access, so a voice list from a test double works as well.
fn has_voice(synthesis: &web_sys::SpeechSynthesis, language: &str) -> bool {
    synthesis.get_voices().iter().any(|voice| {
        js_sys::Reflect::get(&voice, &JsValue::from_str("lang"))
            .ok()
            .and_then(|lang| lang.as_string())
            .is_some_and(|lang| lang.to_lowercase().starts_with(language))
    })
}

/// The text as the voice gets it: without the Mediopunkt, which splits long words for the
/// eye and which a voice would read as a pause or a word of its own, and one line per line
/// shown (a page's text has blank lines between its paragraphs).
pub fn for_voice(text: &str) -> String {
    text.replace('·', "")
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Reads `text` aloud in `language` (BCP 47, e.g. `de-DE`); `on_end` runs when it is done
/// or stopped, with `Err` if the engine found no voice after all. Anything still being read
/// is stopped first.
pub fn speak(
    text: &str,
    language: &str,
    on_end: impl FnOnce(Result<(), SpeechError>) + 'static,
) -> Result<(), SpeechError> {
    let synthesis = synthesis().ok_or(SpeechError::NoVoice)?;
    let prefix = language
        .split('-')
        .next()
        .unwrap_or(language)
        .to_lowercase();
    if !has_voice(&synthesis, &prefix) {
        return Err(SpeechError::NoVoice);
    }
    synthesis.cancel();
    let utterance = web_sys::SpeechSynthesisUtterance::new_with_text(&for_voice(text))
        .map_err(|_| SpeechError::NoVoice)?;
    // The language picks the voice; setting a voice object would tie us to one engine.
    utterance.set_lang(language);
    // "end" and "error" may both arrive (engines differ when reading is stopped): run once.
    let mut on_end = Some(on_end);
    let finished = Closure::<dyn FnMut(JsValue)>::new(move |event: JsValue| {
        if let Some(done) = on_end.take() {
            done(match error_of(&event).as_deref() {
                Some(error) if NO_VOICE_ERRORS.contains(&error) => Err(SpeechError::NoVoice),
                _ => Ok(()),
            });
        }
    });
    utterance.set_onend(Some(finished.as_ref().unchecked_ref()));
    utterance.set_onerror(Some(finished.as_ref().unchecked_ref()));
    // The utterance owns the handlers from here; a closure per read-aloud press is small.
    finished.forget();
    synthesis.speak(&utterance);
    Ok(())
}

/// The errors with which an engine says it has no voice after all: Android lists German
/// without an installed voice pack, and only the attempt to read tells.
const NO_VOICE_ERRORS: [&str; 3] = [
    "language-unavailable",
    "voice-unavailable",
    "synthesis-unavailable",
];

/// The `error` of a speech error event; `None` for an "end" event.
fn error_of(event: &JsValue) -> Option<String> {
    js_sys::Reflect::get(event, &JsValue::from_str("error"))
        .ok()?
        .as_string()
}

/// Stops reading aloud.
pub fn stop() {
    if let Some(synthesis) = synthesis() {
        synthesis.cancel();
    }
}
