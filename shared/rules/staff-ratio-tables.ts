// The staff–child ratio tables (beroepskracht-kindratio, BKR) as data.
//
// Source: Besluit kwaliteit kinderopvang, wetten.overheid.nl BWBR0039936 (version 2020-10-01), Bijlage 1,
// tabel 1 (dagopvang, also used for peuteropvang) and tabel 2 (buitenschoolse opvang), as copied in
// /work/shared/BKR.md; the official calculator is https://www.1ratio.nl, which the GGD inspects against.
// This is what was found, not legal advice: where the law's text differs, the law wins.
//
// One deliberate difference from BKR.md: in the law's tabel 1 the 4-staff cells of mixed 0–2 and 0–3
// carry the same footnote as mixed 0–4 ("waarvan maximaal acht kinderen van 0 tot 1 jaar"; the 2018
// wording: a mixed 0–4 stamgroep has at most 16 children, of whom at most eight aged 0). BKR.md only
// marks it on 0–4, so we follow the law and mark all three.

/** One way a column can be filled: up to `max` children, of whom at most `maxYoung` in the youngest band. */
export type RatioOption = { readonly max: number; readonly maxYoung?: number }

/** A table row: per number of staff (index 0 = 1 staff), the options of its cell; `null` is a '–' cell. */
export type RatioRow = { readonly ageGroup: string; readonly columns: readonly (readonly RatioOption[] | null)[] }

const cell = (max: number, maxYoung?: number): readonly RatioOption[] =>
  [maxYoung === undefined ? { max } : { max, maxYoung }]

/**
 * Day care (KDV) and toddler groups (PG), tabel 1. Keys are "youngest band-oldest band" with bands
 * 0 = 0–1 year, 1 = 1–2, 2 = 2–3, 3 = 3–4. `maxYoung` counts children under 1.
 */
export const dayCareRows: Readonly<Record<string, RatioRow>> = {
  '0-0': { ageGroup: '0-1', columns: [cell(3), cell(6), cell(9), cell(12)] },
  '1-1': { ageGroup: '1-2', columns: [cell(5), cell(10), cell(15), cell(16)] },
  '2-2': { ageGroup: '2-3', columns: [cell(8), cell(16), null, null] },
  '3-3': { ageGroup: '3-4', columns: [cell(8), cell(16), null, null] },
  '0-1': { ageGroup: '0-2', columns: [cell(4), cell(8), cell(14, 8), cell(16, 8)] },
  '0-2': { ageGroup: '0-3', columns: [cell(5), cell(10), [{ max: 13, maxYoung: 8 }, { max: 14, maxYoung: 4 }, { max: 15, maxYoung: 3 }], cell(16, 8)] },
  '0-3': { ageGroup: '0-4', columns: [cell(5), cell(12), [{ max: 14, maxYoung: 8 }, { max: 15, maxYoung: 5 }, { max: 16, maxYoung: 3 }], cell(16, 8)] },
  '1-2': { ageGroup: '1-3', columns: [cell(6), cell(11), cell(16), null] },
  '1-3': { ageGroup: '1-4', columns: [cell(7), cell(13), cell(16), null] },
  '2-3': { ageGroup: '2-4', columns: [cell(8), cell(16), null, null] },
}

/** A stamgroep holds at most 16 children, 12 when all are under 1 (tabel 1, artikel 9 lid 2). */
export const dayCareGroupMax = 16
export const dayCareAllUnderOneMax = 12
/** Children under 1 allowed in a mixed-age group at all (the footnote on every mixed 4-staff cell). */
export const mixedUnderOneMax = 8

/**
 * After-school care (BSO), tabel 2. Bands: 0 = 4–7 years, 1 = 7 to the end of primary school (taken as
 * 7 up to 13). `maxYoung` counts children aged 4–7.
 */
export const afterSchoolRows: Readonly<Record<string, RatioRow>> = {
  '0-0': { ageGroup: '4-7', columns: [cell(10), cell(20), null] },
  '1-1': { ageGroup: '7-13', columns: [cell(12), cell(24), cell(30)] },
  '0-1': { ageGroup: '4-13', columns: [cell(11, 9), cell(22, 18), null] },
}
