use crate::client_mode::use_client_mode;
use crate::focus::{focus_after_render, focus_element};
use crate::i18n::{tr, Key};
use leptos::leptos_dom::helpers::{set_interval_with_handle, IntervalHandle};
use leptos::prelude::*;
use std::time::Duration;

/// How long the caseworker holds the button.
const HOLD: Duration = Duration::from_millis(1500);
const TICK: Duration = Duration::from_millis(50);

/// Leaving client mode: press and hold (mouse, touch, or Enter/Space held down), then
/// confirm. A client will not trigger it by a tap, and it tests neither memory nor puzzles
/// (WCAG 3.3.8).
#[component]
pub fn ClientModeExit() -> impl IntoView {
    let mode = use_client_mode();
    let progress = RwSignal::new(0u32);
    let timer = StoredValue::new(None::<IntervalHandle>);
    let confirming = RwSignal::new(false);

    let stop = move || {
        if let Some(Some(handle)) = timer.try_update_value(Option::take) {
            handle.clear();
        }
        progress.set(0);
    };
    let start = move || {
        if timer.with_value(Option::is_some) {
            return;
        }
        let steps = (HOLD.as_millis() / TICK.as_millis()) as u32;
        let handle = set_interval_with_handle(
            move || {
                progress.update(|p| *p += 1);
                if progress.get_untracked() >= steps {
                    stop();
                    confirming.set(true);
                    focus_after_render("client-mode-exit-confirm");
                }
            },
            TICK,
        )
        .ok();
        timer.set_value(handle);
    };
    // The bar is set through the CSSOM: the Content-Security-Policy allows no style attributes.
    let bar = NodeRef::<leptos::html::Span>::new();
    Effect::new(move |_| {
        let steps = (HOLD.as_millis() / TICK.as_millis()) as u32;
        let width = format!("{}%", (progress.get() * 100 / steps).min(100));
        if let Some(bar) = bar.get() {
            let _ = web_sys::HtmlElement::style(&bar).set_property("width", &width);
        }
    });
    let is_hold_key = |ev: &leptos::ev::KeyboardEvent| ev.key() == "Enter" || ev.key() == " ";

    view! {
        <div class="lotse-client-exit">
            <button type="button" class="lotse-toolbar__button lotse-client-exit__hold" id="client-mode-exit"
                aria-describedby="client-mode-exit-hint"
                on:pointerdown=move |_| start()
                on:pointerup=move |_| stop()
                on:pointerleave=move |_| stop()
                on:pointercancel=move |_| stop()
                on:contextmenu=move |ev| ev.prevent_default()
                on:keydown=move |ev| if is_hold_key(&ev) { ev.prevent_default(); if !ev.repeat() { start() } }
                on:keyup=move |ev| if is_hold_key(&ev) { stop() }>
                <span class="lotse-client-exit__bar" node_ref=bar aria-hidden="true"></span>
                <span class="lotse-client-exit__label">{tr(Key::ClientModeExit)}</span>
            </button>
            <p class="lotse-client-exit__hint" id="client-mode-exit-hint">{tr(Key::ClientModeExitHint)}</p>
            <Show when=move || confirming.get()>
                <div class="lotse-client-exit__confirm" role="alertdialog" aria-labelledby="client-mode-exit-title"
                    aria-describedby="client-mode-exit-body">
                    <h2 class="lotse-heading-m" id="client-mode-exit-title">{tr(Key::ClientModeExitTitle)}</h2>
                    <p id="client-mode-exit-body">{tr(Key::ClientModeExitBody)}</p>
                    <div class="lotse-button-group">
                        <button type="button" class="lotse-button" id="client-mode-exit-confirm"
                            on:click=move |_| { confirming.set(false); mode.exit(); }>
                            {tr(Key::ClientModeExitConfirm)}
                        </button>
                        <button type="button" class="lotse-button lotse-button--secondary"
                            on:click=move |_| { confirming.set(false); focus_element("client-mode-exit"); }>
                            {tr(Key::ClientModeExitCancel)}
                        </button>
                    </div>
                </div>
            </Show>
        </div>
    }
}
