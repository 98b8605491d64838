use crate::browser::format_timestamp;
use crate::i18n::{use_i18n, Key};
use crate::routes::DataPage;
use crate::sync::status;
use leptos::prelude::*;

/// In the header of a device that syncs with a team: how many changes are not yet on the
/// server, or when it last synced, or that it cannot reach the server; a link to the team page.
#[component]
pub fn SyncBadge() -> impl IntoView {
    let i18n = use_i18n();
    let text = move || {
        let now = status().get();
        let waiting = match now.pending {
            0 => None,
            1 => Some(i18n.t(Key::SyncBadgePendingOne).to_string()),
            n => Some(i18n.tf(Key::SyncBadgePendingOther, &[("count", &n.to_string())])),
        };
        let state = match (now.problem, now.last_sync) {
            (Some(_), _) => i18n.t(Key::SyncBadgeOffline).to_string(),
            (None, Some(at)) => i18n.tf(
                Key::SyncBadgeSynced,
                &[("time", &format_timestamp(at, i18n.locale().language()))],
            ),
            (None, None) => i18n.t(Key::SyncBadgeStarting).to_string(),
        };
        match waiting {
            Some(waiting) => format!("{state} · {waiting}"),
            None => state,
        }
    };
    view! {
        <a href=DataPage::Team.path() class="lotse-toolbar__button" data-testid="sync-badge">
            {text}
        </a>
    }
}
