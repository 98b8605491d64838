use crate::browser::format_timestamp;
use crate::client_mode::use_client_mode;
use crate::i18n::{use_i18n, Key};
use crate::lock::use_device_lock;
use crate::routes::DataPage;
use crate::sync::status;
use leptos::prelude::*;

/// In the header of a device that syncs with a team: how many changes are not yet on the
/// server, or when it last synced, or that it cannot reach the server; a link to the team page.
/// Hidden in client mode and while locked. It starts the sync loop: the header holds it on
/// every screen of a device that syncs, and the first load carries no other way in to the
/// sync code.
#[component]
pub fn SyncBadge() -> impl IntoView {
    let i18n = use_i18n();
    let mode = use_client_mode();
    let lock = use_device_lock();
    leptos::task::spawn_local(crate::sync::run());
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
    move || {
        (!mode.is_on() && !lock.is_locked()).then(|| {
            view! {
                <a href=DataPage::Team.path() class="lotse-toolbar__button" data-testid="sync-badge">
                    {text}
                </a>
            }
        })
    }
}
