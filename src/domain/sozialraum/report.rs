//! The Sozialraum report (*fallübergreifende Auswertung*): what the cases of a period and a
//! district show, for social planning, anonymous by construction.
//!
//! It is computed from [`CaseFacts`] only, so it cannot hold a text written in a case or an
//! alias. Every count below [`SMALLEST_SHOWN`] is hidden, as German official statistics do,
//! and where a table shows its total, one more row is hidden beside a single hidden one, so
//! that no hidden count is the total minus the rows shown (see [`suppress`]).

use super::{CaseFacts, CatalogueEntry, CatalogueId, CategoryId, DistrictId, OWNER_KINDS};
use crate::domain::{IsoDate, LifeDomain, OwnerKind};
use std::collections::HashMap;

/// The smallest count a report shows.
pub const SMALLEST_SHOWN: u32 = 3;

/// One number of the report: shown, or hidden because it is too small to be anonymous.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cell {
    /// The count.
    Count(u32),
    /// Below [`SMALLEST_SHOWN`].
    Hidden,
    /// Large enough, but withheld beside a single hidden cell, so that the hidden count
    /// cannot be worked out from the total (see [`suppress`]).
    Withheld,
}

impl Cell {
    /// The count, if it is shown.
    pub fn shown(self) -> Option<u32> {
        match self {
            Cell::Count(n) => Some(n),
            Cell::Hidden | Cell::Withheld => None,
        }
    }
}

/// What a row of a table counts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowLabel {
    /// Goals serving a life domain.
    Domain(LifeDomain),
    /// Circumstances of a category.
    Category(CategoryId),
    /// Circumstances without a category.
    NoCategory,
    /// Steps taken by a kind of owner.
    Owner(OwnerKind),
    /// Cases that used a catalogue entry (named by the catalogue, which holds no client data).
    Entry(CatalogueId),
    /// Cases with a network of this many people, from `.0` to `.1` (`None`: or more).
    NetworkSize(u32, Option<u32>),
    /// Cases with people in this many of the network map's four sectors.
    SectorsUsed(u32),
}

/// One figure: its rows and, where a total means something, the total.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    /// The rows, in the order they are shown.
    pub rows: Vec<(RowLabel, Cell)>,
    /// The total of the rows, if the figure shows one.
    pub total: Option<Cell>,
}

impl Table {
    /// A table of `counts`, with their total if `with_total`, hidden as the module says.
    fn of(counts: Vec<(RowLabel, u32)>, with_total: bool) -> Self {
        let (labels, numbers): (Vec<RowLabel>, Vec<u32>) = counts.into_iter().unzip();
        let (cells, total) = suppress(&numbers, with_total);
        Self {
            rows: labels.into_iter().zip(cells).collect(),
            total,
        }
    }
}

/// Which cases a report covers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReportScope {
    /// The first day of the period.
    pub start: IsoDate,
    /// The last day of the period.
    pub end: IsoDate,
    /// The district; `None` for every case, with or without a district.
    pub district: Option<DistrictId>,
}

/// The report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// How many cases it covers.
    pub cases: Cell,
    /// Goals by life domain (no total: a goal may serve several domains).
    pub goals_by_domain: Table,
    /// Circumstances by the category the caseworker gave them, with the total.
    pub circumstances: Table,
    /// Steps by who takes them, with the total.
    pub steps_by_owner: Table,
    /// The share of steps the clients take themselves (principle 2), in whole percent; only
    /// where both its counts are shown.
    pub own_initiative_percent: Option<u32>,
    /// Catalogue entries by how many cases used them, most used first.
    pub catalogue_used: Table,
    /// Life domains with goals but no catalogue entry of the district serving them: where a
    /// planner should look. Each with its number of goals.
    pub gaps: Table,
    /// Cases by the size of their network, with the total.
    pub network_sizes: Table,
    /// Cases by how many sectors of the network map have anyone in them, with the total.
    pub sectors_used: Table,
}

/// The groups of network sizes the report counts cases in.
const NETWORK_SIZES: [(u32, Option<u32>); 5] = [
    (0, Some(0)),
    (1, Some(3)),
    (4, Some(6)),
    (7, Some(9)),
    (10, None),
];

/// Computes the report over `facts` for `scope`, naming the catalogue's entries and gaps from
/// `catalogue` and the circumstance categories in `categories`' order (others after them).
pub fn compute<'a>(
    facts: impl IntoIterator<Item = &'a CaseFacts>,
    scope: &ReportScope,
    catalogue: &[CatalogueEntry],
    categories: &[CategoryId],
) -> Report {
    let mut cases = 0;
    let mut goals_by_domain = [0u32; 9];
    let mut steps_by_owner = [0u32; 4];
    let mut circumstances: Vec<(Option<CategoryId>, u32)> = categories
        .iter()
        .map(|c| (Some(c.clone()), 0))
        .chain(std::iter::once((None, 0)))
        .collect();
    // By id: a caseload links thousands of entries.
    let mut used: HashMap<&CatalogueId, u32> = HashMap::new();
    let mut sizes = [0u32; NETWORK_SIZES.len()];
    let mut sectors = [0u32; 5];
    let in_scope = |f: &CaseFacts| {
        f.within(scope.start, scope.end)
            && (scope.district.is_none() || f.district == scope.district)
    };
    for f in facts.into_iter().filter(|f| in_scope(f)) {
        cases += 1;
        add(&mut goals_by_domain, &f.goals_by_domain);
        add(&mut steps_by_owner, &f.steps_by_owner);
        for category in &f.circumstances {
            match circumstances.iter_mut().find(|(c, _)| c == category) {
                Some((_, n)) => *n += 1,
                None => circumstances.insert(circumstances.len() - 1, (category.clone(), 1)),
            }
        }
        for entry in &f.catalogue_used {
            *used.entry(entry).or_default() += 1;
        }
        let size = NETWORK_SIZES
            .iter()
            .position(|(from, to)| {
                f.network_size >= *from && to.is_none_or(|to| f.network_size <= to)
            })
            .unwrap_or(NETWORK_SIZES.len() - 1);
        sizes[size] += 1;
        sectors[(f.sectors_used as usize).min(4)] += 1;
    }
    let mut used: Vec<(CatalogueId, u32)> = used.into_iter().map(|(e, n)| (e.clone(), n)).collect();
    used.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let served = |domain: LifeDomain| {
        catalogue.iter().any(|entry| {
            entry.life_domains.contains(&domain)
                && (scope.district.is_none() || entry.district == scope.district)
        })
    };
    let gaps = LifeDomain::ALL
        .iter()
        .zip(goals_by_domain)
        .filter(|(domain, goals)| *goals > 0 && !served(**domain))
        .map(|(domain, goals)| (RowLabel::Domain(*domain), goals))
        .collect();
    let steps_by_owner = Table::of(
        OWNER_KINDS
            .iter()
            .zip(steps_by_owner)
            .map(|(kind, n)| (RowLabel::Owner(*kind), n))
            .collect(),
        true,
    );
    let own_initiative_percent = match (steps_by_owner.rows[0].1, steps_by_owner.total) {
        (Cell::Count(own), Some(Cell::Count(all))) if all > 0 => {
            Some(((own as u64 * 100 + all as u64 / 2) / all as u64) as u32)
        }
        _ => None,
    };
    Report {
        cases: suppress(&[cases], false).0[0],
        goals_by_domain: Table::of(
            LifeDomain::ALL
                .iter()
                .zip(goals_by_domain)
                .map(|(domain, n)| (RowLabel::Domain(*domain), n))
                .collect(),
            false,
        ),
        // A row for circumstances without a category only where there are any.
        circumstances: Table::of(
            circumstances
                .into_iter()
                .filter(|(category, n)| category.is_some() || *n > 0)
                .map(|(category, n)| (category.map_or(RowLabel::NoCategory, RowLabel::Category), n))
                .collect(),
            true,
        ),
        steps_by_owner,
        own_initiative_percent,
        catalogue_used: Table::of(
            used.into_iter()
                .map(|(e, n)| (RowLabel::Entry(e), n))
                .collect(),
            false,
        ),
        gaps: Table::of(gaps, false),
        network_sizes: Table::of(
            NETWORK_SIZES
                .iter()
                .zip(sizes)
                .map(|((from, to), n)| (RowLabel::NetworkSize(*from, *to), n))
                .collect(),
            true,
        ),
        sectors_used: Table::of(
            (0..=4)
                .zip(sectors)
                .map(|(s, n)| (RowLabel::SectorsUsed(s), n))
                .collect(),
            true,
        ),
    }
}

fn add<const N: usize>(sum: &mut [u32; N], more: &[u32; N]) {
    for (s, m) in sum.iter_mut().zip(more) {
        *s += m;
    }
}

/// Hides the counts below [`SMALLEST_SHOWN`], and the total too if it is that small. With a
/// total, a single hidden row would be the total minus the rows shown, so one more row is
/// hidden beside it: the smallest shown row of at least 4 if there is one (then no hidden
/// count can be narrowed to one value), else the smallest shown row.
pub fn suppress(counts: &[u32], with_total: bool) -> (Vec<Cell>, Option<Cell>) {
    let hide = |n: u32| {
        if n < SMALLEST_SHOWN {
            Cell::Hidden
        } else {
            Cell::Count(n)
        }
    };
    let mut cells: Vec<Cell> = counts.iter().map(|n| hide(*n)).collect();
    if !with_total {
        return (cells, None);
    }
    let total = hide(counts.iter().sum());
    if cells.iter().filter(|c| **c == Cell::Hidden).count() == 1 {
        let shown = |least: u32| {
            cells
                .iter()
                .enumerate()
                .filter_map(|(i, c)| c.shown().filter(|n| *n >= least).map(|n| (n, i)))
                .min()
        };
        if let Some((_, i)) = shown(SMALLEST_SHOWN + 1).or_else(|| shown(SMALLEST_SHOWN)) {
            cells[i] = Cell::Withheld;
        }
    }
    (cells, Some(total))
}
