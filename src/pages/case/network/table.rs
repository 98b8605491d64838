use crate::components::ReadAloud;
use crate::domain::NetworkContact;
use crate::i18n::{tr, use_i18n, Key};
use crate::pages::case::labels::{consent_label, distance_label, sector_label};
use leptos::prelude::*;

/// The network as a table a screen reader can use.
#[component]
pub fn NetworkTable(contacts: Signal<Vec<NetworkContact>>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Show when=move || !contacts.with(Vec::is_empty)
            fallback=|| view! {
                <p class="lotse-inset" id="network-empty">{tr(Key::NetworkEmpty)}</p>
                <ReadAloud ids=vec!["network-empty".to_string()]/>
            }>
            <ReadAloud ids=vec!["network-table".to_string()]/>
            <div class="lotse-table-wrap">
                <table class="lotse-table" data-testid="network-table" id="network-table">
                    <caption class="lotse-table__caption">{tr(Key::NetworkTableCaption)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{tr(Key::NetworkNumber)}</th>
                            <th scope="col">{tr(Key::ContactNameLabel)}</th>
                            <th scope="col">{tr(Key::ContactRoleLabel)}</th>
                            <th scope="col">{tr(Key::ContactSectorLegend)}</th>
                            <th scope="col">{tr(Key::ContactDistanceLegend)}</th>
                            <th scope="col">{tr(Key::ContactConsentLegend)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || contacts.get().into_iter().enumerate().map(|(i, c)| {
                            let consent = match c.consent_date {
                                Some(date) => format!("{}, {}", i18n.t(consent_label(c.consent)), date.german()),
                                None => i18n.t(consent_label(c.consent)).to_string(),
                            };
                            view! {
                                <tr>
                                    <td>{i + 1}</td>
                                    <th scope="row"><a href=format!("#contact-{}", c.id.0)>{c.name}</a></th>
                                    <td>{c.role}</td>
                                    <td>{i18n.t(sector_label(c.sector))}</td>
                                    <td>{i18n.t(distance_label(c.distance))}</td>
                                    <td>{consent}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </Show>
    }
}
