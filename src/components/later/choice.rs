use crate::i18n::Key;

/// A value chosen from a fixed set (an enum), as [`Radios`](super::Radios) and
/// [`Select`](super::Select) offer it: every value, a stable slug, and its name.
pub trait Choice: Copy + PartialEq + Send + Sync + 'static {
    /// Every value, in the order offered.
    fn all() -> &'static [Self];

    /// A stable name for ids and option values (`family`, `keep`); unique within the set.
    fn slug(self) -> &'static str;

    /// What the value is called.
    fn label(self) -> Key;

    /// The value a slug names.
    fn from_slug(slug: &str) -> Option<Self> {
        Self::all()
            .iter()
            .copied()
            .find(|value| value.slug() == slug)
    }
}
