use crate::i18n::{tr, use_i18n, Key};
use crate::speech::{self, SpeechError};
use leptos::prelude::*;

/// Which read-aloud button is speaking, shared so that only one speaks and its text is
/// highlighted.
#[derive(Clone, Copy)]
pub struct Reading(pub RwSignal<Option<String>>);

/// "Vorlesen" beside a question: reads the question and its hint in the current language
/// (Leichte Sprache when that is on), marks them while it reads, and stops on a second press.
#[component]
pub fn ReadAloud(
    /// The id of the question this button reads; the question's elements carry it too.
    id: String,
    /// The texts to read, in order.
    texts: Vec<Key>,
    /// Words to read before `texts`, already put together (a question that names a goal).
    #[prop(optional)]
    words: Vec<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    crate::browser::when_idle(speech::warm_up);
    let reading = use_context::<Reading>().unwrap_or_else(|| Reading(RwSignal::new(None)));
    let unavailable = RwSignal::new(false);
    let is_mine = {
        let id = id.clone();
        Memo::new(move |_| reading.0.with(|r| r.as_deref() == Some(id.as_str())))
    };
    let toggle = {
        let id = id.clone();
        move |_| {
            if is_mine.get_untracked() {
                speech::stop();
                reading.0.set(None);
                return;
            }
            let text = words
                .iter()
                .cloned()
                .chain(texts.iter().map(|k| i18n.t_untracked(*k).to_string()))
                .collect::<Vec<_>>()
                .join("\n");
            let language = i18n.locale_untracked().language();
            let done = {
                let id = id.clone();
                move || {
                    reading.0.update(|r| {
                        if r.as_deref() == Some(id.as_str()) {
                            *r = None
                        }
                    })
                }
            };
            match speech::speak(&text, language, done) {
                Ok(()) => {
                    unavailable.set(false);
                    reading.0.set(Some(id.clone()));
                }
                Err(SpeechError::NoVoice) => unavailable.set(true),
            }
        }
    };
    view! {
        <div class="lotse-read-aloud">
            <button type="button" class="lotse-button lotse-button--secondary lotse-read-aloud__button"
                aria-pressed=move || is_mine.get().to_string() aria-describedby=id.clone() on:click=toggle>
                <svg class="lotse-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor"/>
                    <path d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/>
                </svg>
                {move || if is_mine.get() { i18n.t(Key::ReadAloudStop) } else { i18n.t(Key::ReadAloud) }}
            </button>
            <Show when=move || unavailable.get()>
                <p class="lotse-read-aloud__unavailable" role="status">{tr(Key::ReadAloudUnavailable)}</p>
            </Show>
        </div>
    }
}
