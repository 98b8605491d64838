//! Component and storage tests in a real headless Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use lotse::client_mode::{provide_client_mode, ClientMode};
use lotse::components::{
    ClientModeExit, ErrorSummary, FieldError, Radios, RemoveButton, SaveIndicator, TextArea,
};
use lotse::display::provide_display;
use lotse::domain::{Case, CaseId, Distance, IsoDate, Sector, WillId, WillStatement};
use lotse::i18n::{provide_i18n, Key, Locale};
use lotse::pages::NetworkPage;
use lotse::session::{CaseCodec, CaseNotice, CaseSession, SaveState};
use lotse::storage;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn sample_case(id: &str) -> Case {
    let mut case = Case::new(
        CaseId(id.into()),
        "Herr K.".into(),
        IsoDate::parse("2026-11-20").unwrap(),
        1,
        WillId("w-1".into()),
    );
    case.will[0].wording = "Ich will, dass wir in der Wohnung bleiben können. 😀 مرحبا".into();
    case
}

/// A fresh element to mount into, so tests do not see each other's DOM.
fn container() -> web_sys::HtmlElement {
    let div = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&div).unwrap();
    div.unchecked_into()
}

/// Empties storage for the next test, after every write an earlier test left under way.
async fn clear_storage() {
    storage::settled().await;
    storage::delete_everything().await.unwrap();
}

/// Stores a case, as an import does (one transaction).
async fn save(case: &Case) {
    storage::save_cases_atomically(std::slice::from_ref(case))
        .await
        .unwrap();
}

/// The text of the case stored under `id`.
async fn stored_record(id: &str) -> String {
    storage::settled().await;
    storage::case_text(&CaseId(id.into()))
        .await
        .unwrap()
        .expect("the record")
}

/// A case written as an earlier Lotse kept it in localStorage (record and copy), moved into
/// IndexedDB by a start.
async fn stored_by_an_earlier_version(id: &str, record: &str, copy: Option<&str>) {
    local_storage()
        .set_item(&format!("lotse:case:{id}"), record)
        .unwrap();
    if let Some(copy) = copy {
        local_storage()
            .set_item(&format!("lotse:copy:{id}"), copy)
            .unwrap();
    }
    storage::take_in_leftovers().await.unwrap();
    storage::start().await.unwrap();
    assert_eq!(
        local_storage()
            .get_item(&format!("lotse:case:{id}"))
            .unwrap(),
        None,
        "moved"
    );
}

#[wasm_bindgen_test]
async fn a_case_round_trips_through_real_indexed_db() {
    clear_storage().await;
    let case = sample_case("roundtrip");
    save(&case).await;
    let raw = stored_record("roundtrip").await;
    assert!(
        raw.starts_with(&format!("{{\"schema\":{},", lotse::domain::SCHEMA_VERSION)),
        "{raw}"
    );
    assert_eq!(
        storage::load_case(&case.id).await,
        Ok(storage::LoadedCase {
            case,
            recovered: false
        })
    );
    assert_eq!(
        storage::load_case(&CaseId("missing".into())).await,
        Err(storage::LoadError::NotFound)
    );
}

#[wasm_bindgen_test]
async fn every_write_makes_a_new_revision_and_a_deletion_leaves_a_tombstone() {
    clear_storage().await;
    let mut case = sample_case("revisions");
    save(&case).await;
    let first = storage::revision(&case.id)
        .await
        .unwrap()
        .expect("a revision");
    assert_eq!(first.generation, 1);
    case.alias = "Frau M.".into();
    save(&case).await;
    let second = storage::revision(&case.id)
        .await
        .unwrap()
        .expect("a revision");
    assert_eq!(second.generation, 2);
    assert_ne!(first.hash, second.hash);
    storage::delete_case(&case.id).await.unwrap();
    let tombstone = storage::revision(&case.id)
        .await
        .unwrap()
        .expect("a tombstone");
    assert_eq!(tombstone.generation, 3);
    assert_eq!(storage::case_text(&case.id).await.unwrap(), None);
    assert_eq!(
        storage::load_case(&case.id).await,
        Err(storage::LoadError::NotFound)
    );
    assert_eq!(storage::case_ids().await.unwrap(), Vec::<CaseId>::new());
}

#[wasm_bindgen_test]
async fn a_torn_record_is_recovered_from_the_last_good_copy_and_the_damage_is_kept() {
    clear_storage().await;
    let case = sample_case("torn");
    let whole = lotse::domain::encode_case(&case);
    let cut = (0..=whole.len() / 2)
        .rev()
        .find(|&i| whole.is_char_boundary(i))
        .unwrap_or(0);
    let torn = &whole[..cut];
    stored_by_an_earlier_version("torn", torn, Some(&whole)).await;

    let loaded = storage::load_case(&case.id).await.unwrap();
    assert!(loaded.recovered);
    assert_eq!(loaded.case, case);
    assert_eq!(
        storage::set_aside_records().await,
        vec!["lotse:damaged:torn".to_string()]
    );
    assert_eq!(
        storage::damaged_record_text("lotse:damaged:torn")
            .await
            .as_deref(),
        Some(torn),
        "the damaged text is set aside before anything overwrites it"
    );
    let listed = storage::load_all_cases().await.unwrap();
    assert_eq!(listed.cases, vec![case.clone()]);
    assert_eq!(listed.recovered, vec![case.id.clone()]);

    // The next save heals the record; deleting the case removes every trace of its words.
    save(&case).await;
    assert!(!storage::load_case(&case.id).await.unwrap().recovered);
    storage::delete_case(&case.id).await.unwrap();
    assert_eq!(storage::set_aside_records().await, Vec::<String>::new());
    assert_eq!(
        storage::damaged_record_text("lotse:damaged:torn").await,
        None
    );
    assert_eq!(storage::case_text(&case.id).await.unwrap(), None);
}

#[wasm_bindgen_test]
async fn a_damaged_record_is_reported_and_left_untouched() {
    clear_storage().await;
    save(&sample_case("good")).await;
    let broken = "{\"schema\":1,\"case\":{\"id\":\"bro";
    local_storage().set_item("unrelated", "kept").unwrap();
    stored_by_an_earlier_version("broken", broken, None).await;
    assert_eq!(
        local_storage().get_item("unrelated").unwrap().as_deref(),
        Some("kept")
    );

    let stored = storage::load_all_cases().await.unwrap();
    assert_eq!(stored.cases.len(), 1);
    assert_eq!(stored.cases[0].id, CaseId("good".into()));
    assert_eq!(stored.damaged.len(), 1);
    assert_eq!(stored.damaged[0].key, "lotse:case:broken");
    assert!(matches!(
        storage::load_case(&CaseId("broken".into())).await,
        Err(storage::LoadError::Damaged(_))
    ));
    assert_eq!(stored_record("broken").await, broken);
    assert_eq!(
        storage::damaged_record_text("lotse:case:broken")
            .await
            .as_deref(),
        Some(broken)
    );
    // The list shows it, first.
    let recent = storage::recent_cases().unwrap();
    assert_eq!(recent.damaged.len(), 1);
    assert_eq!(recent.cases.len(), 1);
}

/// The page of all cases shows its first page before every case is read: that page must be
/// the first page of all of them, with every damaged record.
#[wasm_bindgen_test]
async fn the_cases_changed_last_are_the_first_of_all_cases() {
    clear_storage().await;
    let cases: Vec<Case> = (0..7u64)
        .map(|i| {
            let mut case = sample_case(&format!("case-{i}"));
            // Changed in an order other than the ids', two of them in the same millisecond.
            case.updated_at = (1_000 + (i * 5) % 7).min(1_005);
            case
        })
        .collect();
    storage::save_cases_atomically(&cases).await.unwrap();
    stored_by_an_earlier_version("broken", "{\"schema\":1,\"case\":{\"id\":\"bro", None).await;

    let all = storage::all_cases().await.unwrap();
    assert_eq!(all.cases.len(), 7);
    assert!(all
        .cases
        .windows(2)
        .all(|w| w[0].updated_at >= w[1].updated_at));
    let first = storage::first_cases(3).await.unwrap();
    assert_eq!(first.cases, all.cases[..3]);
    assert_eq!(first.damaged, all.damaged);
    assert_eq!(first.damaged.len(), 1);
}

#[wasm_bindgen_test]
async fn the_text_area_hands_over_exactly_what_was_typed() {
    let received = Rc::new(RefCell::new(Vec::<String>::new()));
    let sink = received.clone();
    let _mounted = leptos::mount::mount_to(container(), move || {
        provide_i18n();
        view! {
            <TextArea id="will-test".to_string() label=Key::WillWordingLabel hint=Key::WillWordingHint
                initial="Anfang".to_string() on_change=move |text| sink.borrow_mut().push(text)/>
        }
    });
    leptos::task::tick().await;
    let field: web_sys::HtmlTextAreaElement = document()
        .get_element_by_id("will-test")
        .unwrap()
        .unchecked_into();
    assert_eq!(field.value(), "Anfang");
    let label = document()
        .query_selector("label[for=will-test]")
        .unwrap()
        .unwrap();
    assert_eq!(
        label.text_content().unwrap(),
        "Was wollen Sie ändern? Was wollen Sie erreichen?"
    );
    assert_eq!(
        field.get_attribute("aria-describedby").as_deref(),
        Some("will-test-hint")
    );
    assert!(document().get_element_by_id("will-test-hint").is_some());

    let typed = "  Ich will, dass die Mädchen nicht die Schule wechseln.\n😀 שלום  ";
    field.set_value(typed);
    field
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    leptos::task::tick().await;
    assert_eq!(received.borrow().as_slice(), [typed.to_string()]);
}

#[wasm_bindgen_test]
async fn the_error_summary_links_each_error_to_its_field_and_takes_focus() {
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let _mounted = leptos::mount::mount_to(container(), move || {
        provide_i18n();
        view! {
            <ErrorSummary errors=errors.into()/>
            <input id="alias"/>
        }
    });
    leptos::task::tick().await;
    assert!(document().get_element_by_id("error-summary").is_none());

    errors.set(vec![FieldError {
        field_id: "alias",
        message: Key::ErrorAliasMissing,
    }]);
    leptos::task::tick().await;
    let link = document()
        .query_selector("#error-summary a[href='#alias']")
        .unwrap()
        .expect("a link to the field");
    assert_eq!(
        link.text_content().unwrap(),
        "Geben Sie ein Kürzel oder Pseudonym ein"
    );
    link.unchecked_ref::<web_sys::HtmlElement>().click();
    let active = document().active_element().unwrap();
    assert_eq!(active.id(), "alias");
}

#[wasm_bindgen_test]
async fn the_save_indicator_says_gespeichert_once_the_write_is_committed() {
    clear_storage().await;
    save(&sample_case("indicator")).await;
    let session = Rc::new(RefCell::new(None::<CaseSession>));
    let kept = session.clone();
    let _mounted = leptos::mount::mount_to(container(), move || {
        provide_i18n();
        let session = CaseSession::new();
        provide_context(session);
        storage::set_write_listener(move |id, result| session.on_background_write(id, result));
        *kept.borrow_mut() = Some(session);
        view! { <SaveIndicator/> }
    });
    let session = session.borrow().expect("the session");
    session
        .open(&CaseId("indicator".into()), CaseCodec::WHOLE)
        .await
        .unwrap();
    leptos::task::tick().await;
    let live = document()
        .query_selector("[data-testid=save-indicator] [role=status]")
        .unwrap()
        .unwrap();
    assert_eq!(live.get_attribute("aria-live").as_deref(), Some("polite"));
    assert_eq!(live.text_content().unwrap(), "Gespeichert");
    // A change is not "Gespeichert" when the write has only been queued, only once committed.
    session.type_text(|c| c.alias = "Frau M.".into());
    session.flush();
    assert_eq!(session.save_state_untracked(), SaveState::Pending);
    storage::settled().await;
    leptos::task::tick().await;
    assert_eq!(live.text_content().unwrap(), "Gespeichert");
    assert!(stored_record("indicator").await.contains("Frau M."));
}

/// Types into one will statement of the open case, as the will page does.
fn type_into(session: CaseSession, id: &WillId, f: impl FnOnce(&mut WillStatement)) {
    session.type_text(|case| {
        if let Some(statement) = case.element_mut::<WillStatement>(id) {
            f(statement)
        }
    })
}

/// Stores a case with two will statements (`w-1`, `w-2`) and opens it in a new session, as
/// the case pages do.
async fn open_case_with_two_statements(id: &str) -> CaseSession {
    clear_storage().await;
    let mut case = sample_case(id);
    case.will.push(WillStatement::new(WillId("w-2".into())));
    save(&case).await;
    let session = CaseSession::new();
    session
        .open(&CaseId(id.into()), CaseCodec::WHOLE)
        .await
        .unwrap();
    session
}

/// Another tab's version of the open case as it is now: the statements in the other order,
/// the first one reworded.
fn other_tabs_version(session: &CaseSession) -> Case {
    let mut theirs = session
        .with_untracked(|c| c.clone())
        .expect("the open case");
    theirs.will.swap(0, 1);
    theirs.will[1].wording = "Ich will in der Wohnung bleiben.".into();
    theirs.updated_at += 1;
    theirs
}

#[wasm_bindgen_test]
async fn typing_after_another_tab_replaced_the_case_stores_their_version_with_the_typed_text() {
    let session = open_case_with_two_statements("elsewhere").await;
    let second = WillId("w-2".into());
    type_into(session, &second, |s| {
        s.wording = "Ich will Arbeit finden.".into()
    });
    session.flush();
    storage::settled().await;
    // Another tab stores its version. This tab has nothing unsaved, so it shows theirs.
    let theirs = other_tabs_version(&session);
    session.on_external(
        CaseId("elsewhere".into()),
        Some(lotse::domain::encode_case(&theirs)),
    );
    assert_eq!(session.with_untracked(|c| c.clone()), Some(theirs));
    // Typing into their version: the save compares every statement, not the kept order.
    type_into(session, &second, |s| s.wording.push_str(" Bald."));
    session.flush();
    let open = session.with_untracked(|c| c.clone()).unwrap();
    assert_eq!(
        stored_record("elsewhere").await,
        lotse::domain::encode_case(&open)
    );
    assert_eq!(open.will[0].wording, "Ich will Arbeit finden. Bald.");
    assert_eq!(open.will[1].wording, "Ich will in der Wohnung bleiben.");
}

#[wasm_bindgen_test]
async fn typing_after_taking_the_other_tabs_version_in_a_conflict_stores_theirs_with_the_typed_text(
) {
    let session = open_case_with_two_statements("conflict").await;
    let first = session.with_untracked(|c| c.will[0].id.clone()).unwrap();
    let second = WillId("w-2".into());
    type_into(session, &second, |s| {
        s.wording = "Ich will Arbeit finden.".into()
    });
    session.flush();
    let theirs = other_tabs_version(&session);
    // Typing here, not saved yet, when another tab stores its version (without that
    // typing): saving pauses and the conflict is shown.
    type_into(session, &first, |s| s.own_action = "Ich rufe an.".into());
    let record = lotse::domain::encode_case(&theirs);
    storage::settled().await;
    save(&theirs).await;
    session.on_external(CaseId("conflict".into()), Some(record.clone()));
    assert!(matches!(session.notice(), Some(CaseNotice::Conflict(_))));
    session.flush();
    assert_eq!(
        stored_record("conflict").await,
        record,
        "nothing saved over theirs"
    );
    // The user takes their version, then types into it: the save compares every
    // statement, not the ones noted before, in the order this tab last wrote.
    session.take_theirs();
    assert_eq!(session.notice(), None);
    assert_eq!(session.with_untracked(|c| c.clone()), Some(theirs));
    type_into(session, &second, |s| s.wording.push_str(" Bald."));
    session.flush();
    let open = session.with_untracked(|c| c.clone()).unwrap();
    assert_eq!(
        stored_record("conflict").await,
        lotse::domain::encode_case(&open)
    );
    assert_eq!(open.will[0].wording, "Ich will Arbeit finden. Bald.");
    assert_eq!(open.will[1].wording, "Ich will in der Wohnung bleiben.");
    assert_eq!(
        open.will[1].own_action, "",
        "this tab's unsaved text went with its version"
    );
}

#[wasm_bindgen_test]
async fn a_save_that_reuses_unchanged_parts_stores_the_whole_case_as_edited() {
    let session = open_case_with_two_statements("reuse").await;
    let stored_is_open_case = || async {
        let stored = stored_record("reuse").await;
        let open = session
            .with_untracked(|c| c.clone())
            .expect("the open case");
        assert_eq!(stored, lotse::domain::encode_case(&open));
        open
    };
    let first = session.with_untracked(|c| c.will[0].id.clone()).unwrap();
    let second = WillId("w-2".into());
    // Saves in a row, each after typing into one statement: a save compares only the
    // statement typed into and reuses the kept text of the other.
    type_into(session, &second, |s| {
        s.wording = "Ich will Arbeit finden.".into()
    });
    session.flush();
    stored_is_open_case().await;
    type_into(session, &first, |s| {
        s.own_action = "Ich rufe an. «ß»".into()
    });
    session.flush();
    stored_is_open_case().await;
    // A change of order between two typed texts: the next save compares every statement.
    session.edit(|c| c.will.swap(0, 1));
    type_into(session, &first, |s| s.wording.push_str(" Bald."));
    session.flush();
    stored_is_open_case().await;
    // Typing into the agreement, and into two statements before one save.
    session.type_text(|c| c.agreement.client_view = "Ich schaffe das.".into());
    type_into(session, &first, |s| s.own_action.push('!'));
    type_into(session, &second, |s| s.wording.push('?'));
    session.flush();
    let open = stored_is_open_case().await;
    assert_eq!(open.will[0].wording, "Ich will Arbeit finden.?");
    assert_eq!(open.will[1].own_action, "Ich rufe an. «ß»!");
    assert_eq!(open.agreement.client_view, "Ich schaffe das.");
    assert_eq!(
        storage::load_case(&CaseId("reuse".into()))
            .await
            .unwrap()
            .case,
        open
    );
}

/// The element with this id.
fn by_id(id: &str) -> web_sys::HtmlElement {
    document()
        .get_element_by_id(id)
        .unwrap_or_else(|| panic!("#{id} is on the page"))
        .unchecked_into()
}

/// The id of the focused element.
fn focused_id() -> String {
    document()
        .active_element()
        .map(|e| e.id())
        .unwrap_or_default()
}

/// Resolves after the next animation frame and the task after it: by then Leptos has
/// rendered and the focus moved after a render (`lotse::focus::focus_after_render`) has moved.
async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .request_animation_frame(&resolve)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    lotse::browser::sleep(0).await;
}

/// Dispatches a bubbling key event, as a key press would send it.
fn key(target: &web_sys::EventTarget, kind: &str, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict(kind, &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

/// Dispatches a bubbling pointer event, as a mouse or finger would send it.
fn pointer(target: &web_sys::EventTarget, kind: &str) {
    let init = web_sys::PointerEventInit::new();
    init.set_bubbles(true);
    init.set_pointer_id(1);
    let event = web_sys::PointerEvent::new_with_event_init_dict(kind, &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

/// What every case page finds in context besides the case: texts, display settings and the
/// client mode (off unless stored). Call within the mount.
fn provide_app_contexts() -> ClientMode {
    let i18n = provide_i18n();
    provide_client_mode(i18n, provide_display())
}

#[wasm_bindgen_test]
async fn removing_an_item_moves_focus_to_the_element_after_it_and_asking_first_keeps_focus_in_place(
) {
    clear_storage().await;
    let items = RwSignal::new(vec!["blank".to_string(), "written".to_string()]);
    let _mounted = leptos::mount::mount_to(container(), move || {
        provide_app_contexts();
        view! {
            <For each=move || items.get() key=|item| item.clone() let:item>
                {
                    let removed = item.clone();
                    let blank = item == "blank";
                    view! {
                        <RemoveButton id=item.clone() label=Key::WillRemove question=Key::WillRemoveQuestion
                            name=Signal::derive(move || "Aussage".to_string()) focus_after="after-items"
                            is_blank=move || blank
                            on_remove=move || items.update(|all| all.retain(|i| *i != removed))/>
                    }
                }
            </For>
            <button id="after-items">"Aussage hinzufügen"</button>
        }
    });
    leptos::task::tick().await;

    // An empty item goes at once; focus lands on the element named, not on the page's body.
    by_id("blank-remove").focus().unwrap();
    by_id("blank-remove").click();
    next_frame().await;
    assert_eq!(items.get_untracked(), ["written"]);
    assert!(document().get_element_by_id("blank-remove").is_none());
    assert_eq!(focused_id(), "after-items");

    // One with content asks first, with focus on the confirming button; cancelling returns
    // focus to "Entfernen", and nothing is removed.
    by_id("written-remove").click();
    next_frame().await;
    assert_eq!(items.get_untracked(), ["written"]);
    assert_eq!(focused_id(), "written-confirm");
    let cancel = document()
        .query_selector("#written-question ~ .lotse-button-group .lotse-button--secondary")
        .unwrap()
        .expect("a cancel button")
        .unchecked_into::<web_sys::HtmlElement>();
    cancel.click();
    next_frame().await;
    assert_eq!(focused_id(), "written-remove");
    assert_eq!(items.get_untracked(), ["written"]);

    // Confirmed, it goes, and focus lands after the list again.
    by_id("written-remove").click();
    next_frame().await;
    by_id("written-confirm").click();
    next_frame().await;
    assert!(items.get_untracked().is_empty());
    assert_eq!(focused_id(), "after-items");
}

#[wasm_bindgen_test]
async fn leaving_client_mode_takes_a_hold_of_one_and_a_half_seconds_then_a_confirmation() {
    clear_storage().await;
    let mode = Rc::new(RefCell::new(None::<ClientMode>));
    let kept = mode.clone();
    let _mounted = leptos::mount::mount_to(container(), move || {
        let client_mode = provide_app_contexts();
        client_mode.start(CaseId("handed-over".into()));
        *kept.borrow_mut() = Some(client_mode);
        view! { <ClientModeExit/> }
    });
    leptos::task::tick().await;
    let mode = mode.borrow().expect("the client mode");
    let hold: web_sys::EventTarget = by_id("client-mode-exit").into();
    let dialog = || document().query_selector("[role=alertdialog]").unwrap();

    // A tap, or a press shorter than the hold, does nothing.
    pointer(&hold, "pointerdown");
    lotse::browser::sleep(600).await;
    pointer(&hold, "pointerup");
    lotse::browser::sleep(1200).await;
    assert!(dialog().is_none(), "a short press asks nothing");
    key(&hold, "keydown", "Enter");
    lotse::browser::sleep(600).await;
    key(&hold, "keyup", "Enter");
    lotse::browser::sleep(1200).await;
    assert!(dialog().is_none(), "a short Enter asks nothing");
    assert!(mode.is_on_untracked());

    // Held with Enter: after 1.5 s it asks, with focus on "Ja, beenden"; cancelling keeps
    // the client mode.
    key(&hold, "keydown", "Enter");
    lotse::browser::sleep(1700).await;
    key(&hold, "keyup", "Enter");
    next_frame().await;
    assert!(dialog().is_some(), "a hold asks to confirm");
    assert_eq!(focused_id(), "client-mode-exit-confirm");
    let cancel = document()
        .query_selector("[role=alertdialog] .lotse-button--secondary")
        .unwrap()
        .unwrap()
        .unchecked_into::<web_sys::HtmlElement>();
    cancel.click();
    leptos::task::tick().await;
    assert!(dialog().is_none());
    assert_eq!(focused_id(), "client-mode-exit");
    assert!(mode.is_on_untracked());

    // Held with the pointer, then confirmed: the client mode ends.
    pointer(&hold, "pointerdown");
    lotse::browser::sleep(1700).await;
    pointer(&hold, "pointerup");
    leptos::task::tick().await;
    by_id("client-mode-exit-confirm").click();
    leptos::task::tick().await;
    assert!(!mode.is_on_untracked(), "confirmed, the client mode ends");
    clear_storage().await;
}

#[wasm_bindgen_test]
async fn a_contact_is_placed_on_the_network_map_by_keyboard() {
    clear_storage().await;
    save(&sample_case("network")).await;
    let session = CaseSession::new();
    session
        .open(&CaseId("network".into()), CaseCodec::WHOLE)
        .await
        .unwrap();
    let _mounted = leptos::mount::mount_to(container(), move || {
        provide_app_contexts();
        provide_context(session);
        view! { <NetworkPage/> }
    });
    leptos::task::tick().await;
    let zones = document()
        .query_selector_all(".lotse-network-map__zone")
        .unwrap();
    assert_eq!(zones.length(), 12, "four sectors by three distances");

    // Sector by sector, distance by distance: the fifth zone is friends and neighbours, middle.
    let zone: web_sys::SvgElement = zones.item(4).unwrap().unchecked_into();
    assert_eq!(zone.get_attribute("role").as_deref(), Some("button"));
    assert_eq!(
        zone.get_attribute("aria-label").as_deref(),
        Some("Freunde und Nachbarn, mittel: hier einordnen")
    );
    zone.focus().unwrap();
    assert!(document()
        .active_element()
        .unwrap()
        .is_same_node(Some(&zone)));
    key(&zone, "keydown", "a");
    leptos::task::tick().await;
    assert_eq!(zone.get_attribute("aria-pressed").as_deref(), Some("false"));
    key(&zone, "keydown", "Enter");
    leptos::task::tick().await;
    assert_eq!(zone.get_attribute("aria-pressed").as_deref(), Some("true"));
    let checked = |id: &str| {
        by_id(id)
            .unchecked_into::<web_sys::HtmlInputElement>()
            .checked()
    };
    assert!(
        checked("contact-sector-friends"),
        "the form shows the place chosen"
    );
    assert!(checked("contact-distance-middle"));

    let name: web_sys::HtmlInputElement = by_id("contact-name").unchecked_into();
    name.set_value("Frau Ay");
    name.dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    document()
        .query_selector(".lotse-network__form button[type=submit]")
        .unwrap()
        .unwrap()
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
    leptos::task::tick().await;
    let placed = session
        .with_untracked(|c| {
            c.network
                .iter()
                .map(|c| (c.name.clone(), c.sector, c.distance))
                .collect::<Vec<_>>()
        })
        .unwrap();
    assert_eq!(
        placed,
        [(
            "Frau Ay".to_string(),
            Sector::FriendsNeighbours,
            Distance::Middle
        )]
    );
    assert_eq!(
        document()
            .query_selector_all(".lotse-network-map__person")
            .unwrap()
            .length(),
        1
    );
    assert_eq!(zone.get_attribute("aria-pressed").as_deref(), Some("false"));
    assert_eq!(focused_id(), "contact-name", "ready for the next person");
}

#[wasm_bindgen_test]
async fn radios_are_chosen_by_click_and_keyboard_and_the_group_is_described() {
    let value = RwSignal::new(None::<Sector>);
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let _mounted = leptos::mount::mount_to(container(), move || {
        provide_i18n();
        view! {
            <Radios id="sector-test" legend="Wo steht die Person?" hint=Key::ContactNameHint
                value=Signal::derive(move || value.get()) errors=errors
                on_change=move |sector| value.set(Some(sector))/>
        }
    });
    leptos::task::tick().await;
    let radio = |slug: &str| -> web_sys::HtmlInputElement {
        by_id(&format!("sector-test-{slug}")).unchecked_into()
    };
    let slugs = ["family", "friends", "colleagues", "professional"];
    let checked = || {
        slugs
            .iter()
            .filter(|slug| radio(slug).checked())
            .copied()
            .collect::<Vec<_>>()
    };
    let fieldset = by_id("sector-test");
    assert_eq!(fieldset.tag_name(), "FIELDSET");
    let legend = fieldset.first_element_child().unwrap();
    assert_eq!(legend.tag_name(), "LEGEND");
    assert_eq!(legend.text_content().unwrap(), "Wo steht die Person?");
    // One group for the keyboard: native radios with one name, none taken out of the tab order.
    for slug in slugs {
        let input = radio(slug);
        assert_eq!(input.type_(), "radio");
        assert_eq!(input.name(), "sector-test");
        assert!(input.get_attribute("tabindex").is_none());
    }
    assert_eq!(
        fieldset.get_attribute("aria-describedby").as_deref(),
        Some("sector-test-hint")
    );
    assert_eq!(
        by_id("sector-test-hint").text_content().unwrap(),
        Key::ContactNameHint.text(Locale::De)
    );
    assert!(checked().is_empty());

    // By click on the label.
    document()
        .query_selector("label[for=sector-test-colleagues]")
        .unwrap()
        .unwrap()
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
    leptos::task::tick().await;
    assert_eq!(value.get_untracked(), Some(Sector::Colleagues));
    assert_eq!(checked(), ["colleagues"]);

    // By keyboard: on the focused radio, an arrow key checks the next one and sends `change`
    // (the browser's own behaviour, done here by hand: a test cannot press real keys).
    radio("colleagues").focus().unwrap();
    let next = radio("professional");
    next.focus().unwrap();
    next.set_checked(true);
    next.dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    leptos::task::tick().await;
    assert_eq!(value.get_untracked(), Some(Sector::Professional));
    assert_eq!(checked(), ["professional"]);

    // The value shown follows the value given.
    value.set(Some(Sector::Family));
    leptos::task::tick().await;
    assert_eq!(checked(), ["family"]);

    // An error of the form's that links to the first radio is shown in the group and joined
    // to its description; one of another field is not.
    errors.set(vec![FieldError {
        field_id: "contact-name",
        message: Key::ErrorContactName,
    }]);
    leptos::task::tick().await;
    assert!(document().get_element_by_id("sector-test-error").is_none());
    errors.set(vec![FieldError {
        field_id: "sector-test-family",
        message: Key::ErrorContactPlace,
    }]);
    leptos::task::tick().await;
    assert_eq!(
        fieldset.get_attribute("aria-describedby").as_deref(),
        Some("sector-test-hint sector-test-error")
    );
    assert!(fieldset.class_list().contains("lotse-form-group--error"));
    assert!(by_id("sector-test-error")
        .text_content()
        .unwrap()
        .ends_with(Key::ErrorContactPlace.text(Locale::De)));
}

#[wasm_bindgen_test]
fn the_voice_gets_the_words_without_reading_aids_or_blank_lines() {
    let shown = "Die Netz·werk·karte zeigt:\n\n  Diese Menschen sind für Sie da.\n";
    assert_eq!(
        lotse::speech::for_voice(shown),
        "Die Netzwerkkarte zeigt:\nDiese Menschen sind für Sie da."
    );
}
