//! The neighbourhood catalogue (*Ressourcenkartei*): places, clubs, people and offers of the
//! districts, found once and used by every case. It holds no client data at all.

use crate::domain::{IsoDate, LifeDomain, Timestamp};
use serde::{Deserialize, Serialize};

/// Identifies a district on this device.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DistrictId(pub String);

/// A district or quarter (*Stadtteil*, *Sozialraum*), as the device's list names it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct District {
    /// Stable identity.
    pub id: DistrictId,
    /// Its name ("Nordstadt").
    pub name: String,
    /// The ids other devices of the team gave the same district, before their lists met.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<DistrictId>,
}

/// Identifies a catalogue entry.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CatalogueId(pub String);

/// Whether something is so; `Unknown` until someone has checked.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Known {
    /// Nobody has checked yet.
    #[default]
    Unknown,
    /// It is so.
    Yes,
    /// It is not so.
    No,
}

/// One entry of the catalogue: what a caseworker needs to send the next client there.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatalogueEntry {
    /// Stable identity.
    pub id: CatalogueId,
    /// Its name ("Repair-Café Nordstadt").
    pub name: String,
    /// What it offers.
    pub offers: String,
    /// The district it is in.
    pub district: Option<DistrictId>,
    /// Street and number.
    pub address: String,
    /// How to get there (bus, tram, on foot).
    pub how_to_reach: String,
    /// When it is open.
    pub opening_times: String,
    /// Whom to ask there.
    pub contact_person: String,
    /// The life domains (ICF d1 to d9) it serves.
    pub life_domains: Vec<LifeDomain>,
    /// Whether it costs money.
    pub costs_money: Known,
    /// Whether it can be reached without steps.
    pub step_free: Known,
    /// Whether it offers information in Leichte Sprache.
    pub easy_language: Known,
    /// The languages spoken there, as typed.
    pub languages: String,
    /// When someone last checked that it is still as written.
    pub checked_on: Option<IsoDate>,
    /// When it was written first.
    pub created_at: Timestamp,
    /// When it last changed.
    pub updated_at: Timestamp,
}

impl CatalogueEntry {
    /// A new entry with a name, in a district, and nothing else known yet.
    pub fn new(
        id: CatalogueId,
        name: String,
        district: Option<DistrictId>,
        now: Timestamp,
    ) -> Self {
        Self {
            id,
            name,
            offers: String::new(),
            district,
            address: String::new(),
            how_to_reach: String::new(),
            opening_times: String::new(),
            contact_person: String::new(),
            life_domains: Vec::new(),
            costs_money: Known::Unknown,
            step_free: Known::Unknown,
            easy_language: Known::Unknown,
            languages: String::new(),
            checked_on: None,
            created_at: now,
            updated_at: now,
        }
    }

    /// Whether this entry looks like `other`: the same district and the same name once case,
    /// spacing, punctuation and umlaut spellings are set aside ("Repair Café" and
    /// "repair-cafe"). Such a pair is offered for merging, never merged without asking.
    pub fn looks_like(&self, other: &CatalogueEntry) -> bool {
        self.id != other.id
            && self.district == other.district
            && !comparable(&self.name).is_empty()
            && comparable(&self.name) == comparable(&other.name)
    }

    /// Takes what `other` knows and this entry does not: empty texts are filled, unknown
    /// answers answered, life domains joined, the later check kept. What both know stays as
    /// this entry has it, so a merge never overwrites what someone wrote here.
    pub fn merge_from(&mut self, other: &CatalogueEntry, now: Timestamp) {
        let fill = |mine: &mut String, theirs: &String| {
            if mine.trim().is_empty() {
                mine.clone_from(theirs);
            }
        };
        fill(&mut self.offers, &other.offers);
        fill(&mut self.address, &other.address);
        fill(&mut self.how_to_reach, &other.how_to_reach);
        fill(&mut self.opening_times, &other.opening_times);
        fill(&mut self.contact_person, &other.contact_person);
        fill(&mut self.languages, &other.languages);
        for domain in &other.life_domains {
            if !self.life_domains.contains(domain) {
                self.life_domains.push(*domain);
            }
        }
        self.life_domains.sort();
        let answer = |mine: &mut Known, theirs: Known| {
            if *mine == Known::Unknown {
                *mine = theirs;
            }
        };
        answer(&mut self.costs_money, other.costs_money);
        answer(&mut self.step_free, other.step_free);
        answer(&mut self.easy_language, other.easy_language);
        self.checked_on = self.checked_on.max(other.checked_on);
        self.updated_at = now;
    }
}

/// A name as compared: lower case, `ä ö ü ß` as `ae oe ue ss`, accents dropped, and only
/// letters and digits kept.
pub fn comparable(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars().flat_map(char::to_lowercase) {
        match c {
            'ä' => out.push_str("ae"),
            'ö' => out.push_str("oe"),
            'ü' => out.push_str("ue"),
            'ß' => out.push_str("ss"),
            'á' | 'à' | 'â' => out.push('a'),
            'é' | 'è' | 'ê' | 'ë' => out.push('e'),
            'í' | 'ì' | 'î' | 'ï' => out.push('i'),
            'ó' | 'ò' | 'ô' => out.push('o'),
            'ú' | 'ù' | 'û' => out.push('u'),
            c if c.is_alphanumeric() => out.push(c),
            _ => {}
        }
    }
    out
}

/// The entries that match what is being typed, best first, at most `limit`: those of the
/// case's district before the others, then those whose name starts with the text before those
/// that only contain it (in the name or in what they offer), then by name.
pub fn suggestions<'a>(
    entries: &'a [CatalogueEntry],
    typed: &str,
    district: Option<&DistrictId>,
    limit: usize,
) -> Vec<&'a CatalogueEntry> {
    let wanted = comparable(typed);
    if wanted.is_empty() {
        return Vec::new();
    }
    let mut found: Vec<(u8, String, &CatalogueEntry)> = entries
        .iter()
        .filter_map(|entry| {
            let name = comparable(&entry.name);
            let how = if name.starts_with(&wanted) {
                0
            } else if name.contains(&wanted) || comparable(&entry.offers).contains(&wanted) {
                1
            } else {
                return None;
            };
            let elsewhere = u8::from(district.is_some() && entry.district.as_ref() != district);
            Some((elsewhere * 2 + how, name, entry))
        })
        .collect();
    found.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(&b.1)));
    found.into_iter().take(limit).map(|(.., e)| e).collect()
}
