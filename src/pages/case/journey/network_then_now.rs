use crate::domain::NetworkContact;
use crate::i18n::{tr, use_i18n, Key};
use crate::pages::case::network::NetworkMap;
use crate::session::use_session;
use leptos::prelude::*;

/// The people on a map, numbered as the map numbers them.
fn numbered(contacts: &[NetworkContact]) -> impl IntoView {
    view! {
        <ol class="lotse-journey__people">
            {contacts.iter().map(|c| view! { <li dir="auto">{c.name.clone()}</li> }).collect_view()}
        </ol>
    }
}

/// Names, or "nobody" when there are none.
fn names(contacts: &[NetworkContact], none: String) -> String {
    if contacts.is_empty() {
        none
    } else {
        contacts
            .iter()
            .map(|c| c.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// The network map of the intake beside today's, and who joined and who left since.
#[component]
pub fn NetworkThenNow() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let maps = session
        .with_untracked(|case| {
            let changes = case.network_changes()?;
            let intake = case.earlier_agreements.version(1).ok()?;
            Some((
                intake.network.clone(),
                intake.replaced_on,
                case.network.clone(),
                changes,
            ))
        })
        .flatten();
    let body = match maps {
        None => view! { <p>{tr(Key::JourneyNetworkNone)}</p> }.into_any(),
        Some((then, until, now, changes)) => {
            let none = i18n.t(Key::JourneyNobody).to_string();
            view! {
                <div class="lotse-journey__maps">
                    <div>
                        <h3 class="lotse-heading-m">{tr(Key::JourneyNetworkThen)}</h3>
                        <NetworkMap contacts=Signal::stored(then.clone())
                            title=i18n.tf(Key::JourneyNetworkThenCaption, &[("date", &until.german())])/>
                        {numbered(&then)}
                    </div>
                    <div>
                        <h3 class="lotse-heading-m">{tr(Key::JourneyNetworkNow)}</h3>
                        <NetworkMap contacts=Signal::stored(now.clone()) title=i18n.t(Key::JourneyNetworkNowCaption).to_string()/>
                        {numbered(&now)}
                    </div>
                </div>
                <dl class="lotse-summary-list" data-testid="network-changes">
                    <div class="lotse-summary-list__row">
                        <dt class="lotse-summary-list__key">{tr(Key::JourneyJoined)}</dt>
                        <dd class="lotse-summary-list__value" dir="auto">{names(&changes.joined, none.clone())}</dd>
                    </div>
                    <div class="lotse-summary-list__row">
                        <dt class="lotse-summary-list__key">{tr(Key::JourneyLeft)}</dt>
                        <dd class="lotse-summary-list__value" dir="auto">{names(&changes.left, none)}</dd>
                    </div>
                </dl>
            }
            .into_any()
        }
    };
    view! {
        <section aria-labelledby="journey-network-title">
            <h2 class="lotse-heading-l" id="journey-network-title">{tr(Key::JourneyNetworkTitle)}</h2>
            {body}
        </section>
    }
}
