use crate::i18n::{tr, use_i18n, Key};
use crate::speech::{self, SpeechError};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Which read-aloud button is speaking, shared so that only one speaks at a time.
#[derive(Clone, Copy)]
pub struct Reading(pub RwSignal<Option<String>>);

/// The class that marks what is being read, so eyes can follow the voice.
const READING_CLASS: &str = "lotse-question--reading";

/// "Vorlesen" beside a text the client reads: reads the elements it names, as they are shown
/// (so the voice says exactly the words on screen, in the language shown), marks them while it
/// reads, and stops on a second press. Where the device has no voice for the language, it
/// says so and how to install one.
#[component]
pub fn ReadAloud(
    /// The ids of the elements whose text is read, in order; the button is described by them.
    ids: Vec<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    crate::browser::when_idle(speech::warm_up);
    let reading = use_context::<Reading>().unwrap_or_else(|| Reading(RwSignal::new(None)));
    let unavailable = RwSignal::new(false);
    // A token of its own: the same ids (a page's title) come back on the next page.
    let own = format!("read-aloud-{}", next_token());
    let is_mine = {
        let own = own.clone();
        Memo::new(move |_| reading.0.with(|r| r.as_deref() == Some(own.as_str())))
    };
    let described_by = ids.join(" ");
    // A button that leaves the page stops its voice: the words it reads are gone. Stopped
    // after the page is torn down, as the voice's end updates what is being read.
    on_cleanup(move || {
        if is_mine.try_get_untracked() == Some(true) {
            set_timeout(speech::stop, std::time::Duration::ZERO);
        }
    });
    Effect::new({
        let ids = ids.clone();
        move || {
            let mine = is_mine.get();
            for element in shown(&ids) {
                let _ = element.class_list().toggle_with_force(READING_CLASS, mine);
            }
        }
    });
    let toggle = move |_| {
        if is_mine.get_untracked() {
            speech::stop();
            reading.0.set(None);
            return;
        }
        let text = shown(&ids)
            .map(|element| element.inner_text())
            .collect::<Vec<_>>()
            .join("\n");
        let language = i18n.locale_untracked().language();
        let done = {
            let own = own.clone();
            // `try_`: the voice may end after the button has left the page.
            move |result: Result<(), SpeechError>| {
                unavailable.try_set(result.is_err());
                reading.0.try_update(|r| {
                    if r.as_deref() == Some(own.as_str()) {
                        *r = None
                    }
                });
            }
        };
        match speech::speak(&text, language, done) {
            Ok(()) => {
                unavailable.set(false);
                reading.0.set(Some(own.clone()));
            }
            Err(SpeechError::NoVoice) => unavailable.set(true),
        }
    };
    view! {
        <div class="lotse-read-aloud">
            <button type="button" class="lotse-button lotse-button--secondary lotse-read-aloud__button"
                aria-pressed=move || is_mine.get().to_string() aria-describedby=described_by on:click=toggle>
                <svg class="lotse-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor"/>
                    <path d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/>
                </svg>
                {move || if is_mine.get() { i18n.t(Key::ReadAloudStop) } else { i18n.t(Key::ReadAloud) }}
            </button>
            <Show when=move || unavailable.get()>
                <div class="lotse-read-aloud__unavailable" role="status">
                    <p>{tr(Key::ReadAloudUnavailable)}</p>
                    <p>{tr(Key::ReadAloudInstallVoice)}</p>
                </div>
            </Show>
        </div>
    }
}

/// A number no other read-aloud button of this page load has.
fn next_token() -> u32 {
    thread_local! {
        static NEXT: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    }
    NEXT.with(|next| next.replace(next.get() + 1))
}

/// The elements with these ids that are on the page, in order.
fn shown(ids: &[String]) -> impl Iterator<Item = web_sys::HtmlElement> + '_ {
    let document = web_sys::window().and_then(|w| w.document());
    ids.iter().filter_map(move |id| {
        document
            .as_ref()?
            .get_element_by_id(id)?
            .dyn_into::<web_sys::HtmlElement>()
            .ok()
    })
}
