//! Display settings of this device: larger text and high contrast, remembered, applied as
//! classes on `<html>` so that plain CSS does the rest.

use crate::storage;
use leptos::prelude::*;

/// A display setting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DisplaySetting {
    /// Text at 125 %, for reading at arm's length.
    LargeText,
    /// Black on white with strong borders.
    HighContrast,
}

impl DisplaySetting {
    fn name(self) -> &'static str {
        match self {
            DisplaySetting::LargeText => "large-text",
            DisplaySetting::HighContrast => "high-contrast",
        }
    }

    /// The class the setting puts on `<html>` (kept with the start page: `lotseKeepPage` in
    /// scripts/inline/show.js sends both, sw.js puts them back).
    fn class(self) -> &'static str {
        match self {
            DisplaySetting::LargeText => "lotse-large-text",
            DisplaySetting::HighContrast => "lotse-high-contrast",
        }
    }
}

/// The display settings, shared through context.
#[derive(Clone, Copy)]
pub struct Display {
    large_text: RwSignal<bool>,
    high_contrast: RwSignal<bool>,
    /// The client mode asks for large type whatever the setting says.
    forced_large: RwSignal<bool>,
}

impl Display {
    fn signal(&self, setting: DisplaySetting) -> RwSignal<bool> {
        match setting {
            DisplaySetting::LargeText => self.large_text,
            DisplaySetting::HighContrast => self.high_contrast,
        }
    }

    /// Whether a setting is on (tracked).
    pub fn is_on(&self, setting: DisplaySetting) -> bool {
        self.signal(setting).get()
    }

    /// Turns a setting on or off and remembers it on this device.
    pub fn toggle(&self, setting: DisplaySetting) {
        let signal = self.signal(setting);
        signal.update(|on| *on = !*on);
        let on = signal.get_untracked();
        storage::save_setting(setting.name(), on.then_some("on"));
    }

    /// Large type regardless of the setting (the client mode).
    pub fn force_large_text(&self, forced: bool) {
        self.forced_large.set(forced);
    }
}

/// Reads the remembered settings, applies them to `<html>` and puts them into context.
pub fn provide_display() -> Display {
    let stored = |s: DisplaySetting| storage::load_setting(s.name()).is_some();
    let display = Display {
        large_text: RwSignal::new(stored(DisplaySetting::LargeText)),
        high_contrast: RwSignal::new(stored(DisplaySetting::HighContrast)),
        forced_large: RwSignal::new(false),
    };
    provide_context(display);
    Effect::new(move |_| {
        let large = display.large_text.get() || display.forced_large.get();
        let contrast = display.high_contrast.get();
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let list = root.class_list();
            let _ = list.toggle_with_force(DisplaySetting::LargeText.class(), large);
            let _ = list.toggle_with_force(DisplaySetting::HighContrast.class(), contrast);
        }
    });
    display
}

/// The display settings from context.
pub fn use_display() -> Display {
    expect_context::<Display>()
}
