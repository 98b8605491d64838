use crate::components::ReadAloud;
use crate::i18n::{tr, use_i18n, Key};
use leptos::prelude::*;

/// How to report a barrier. Lotse has no server to send a report to, so it prepares an
/// e-mail (the user adds the address of the service that runs Lotse for them) and shows the
/// same text to copy, with the device named so the service can reproduce the barrier.
#[component]
pub fn BarrierReport(
    /// Whether to offer the prepared e-mail (not in client mode: it leaves Lotse).
    mail: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let device = web_sys::window()
        .and_then(|w| w.navigator().user_agent().ok())
        .unwrap_or_default();
    let body = Memo::new(move |_| i18n.tf(Key::AccessibilityReportBody, &[("device", &device)]));
    let mailto = move || {
        format!(
            "mailto:?subject={}&body={}",
            js_sys::encode_uri_component(i18n.t(Key::AccessibilityReportSubject)),
            js_sys::encode_uri_component(&body.get())
        )
    };
    view! {
        <section id="barrier-report" aria-labelledby="barrier-report-title">
            <h2 class="lotse-heading-l" id="barrier-report-title">{tr(Key::AccessibilityReportTitle)}</h2>
            <p id="barrier-report-intro">{tr(Key::AccessibilityReportIntro)}</p>
            <ReadAloud ids=vec!["barrier-report-title".to_string(), "barrier-report-intro".to_string()]/>
            {mail.then(|| view! { <p><a class="lotse-button" href=mailto>{tr(Key::AccessibilityReportMail)}</a></p> })}
            <div class="lotse-form-group">
                <label class="lotse-label" for="barrier-report-text">{tr(Key::AccessibilityReportTextLabel)}</label>
                <textarea class="lotse-textarea" id="barrier-report-text" rows="6" readonly
                    prop:value=move || body.get()></textarea>
            </div>
        </section>
    }
}
