/**
 * The realisation form as typed: every number is text until it is read, so that a half-typed
 * value survives a reload exactly as it was. Reading turns the text into an entry's figures with
 * a message per field for what cannot be stored (and a warning for what is odd but allowed).
 * Numbers are read the Indonesian way (formats.ts parseNumber; Rupiah fields see rupiah-input.ts).
 */
import { z } from 'zod';
import { TEXT_LIMIT } from './limits';
import { formatNumber, parseNumber } from './format';
import type { RealisasiValues } from './realisasi-status';
import { readRupiah, RUPIAH_MAX, rupiahText } from './rupiah-input';
import type { Indikator, Realisasi } from './schemas';

export const RUPIAH_FIELDS = [
	'pagu',
	'realisasiAnggaran',
	'realisasiPdn',
	'komitmenPdn',
	'totalPengadaan'
] as const;
export type RupiahField = (typeof RUPIAH_FIELDS)[number];

export const NOTE_ITEMS = ['anggaran', 'fisik', 'p3dn'] as const;
export type NoteItem = (typeof NOTE_ITEMS)[number];

export const NOTE_ITEM_MAX = TEXT_LIMIT.catatanItem;
export const NOTE_MAX = TEXT_LIMIT.catatan;
const NUMBER_TEXT_MAX = 40;

const numberText = z.string().max(NUMBER_TEXT_MAX);
const noteText = z.string().max(NOTE_ITEM_MAX);

/** What the form holds: text, as typed. Also the shape of an unsaved form kept in `drafts`. */
export const inputSchema = z.object({
	pagu: numberText,
	realisasiAnggaran: numberText,
	realisasiFisik: numberText,
	realisasiPdn: numberText,
	komitmenPdn: numberText,
	totalPengadaan: numberText,
	/** By indicator id. */
	indikator: z.record(z.string(), z.object({ realisasi: numberText, catatan: noteText })),
	catatanItem: z.object({ anggaran: noteText, fisik: noteText, p3dn: noteText }),
	catatan: z.string().max(NOTE_MAX)
});
export type RealisasiInput = z.infer<typeof inputSchema>;

/** The unsaved form of one entry, as kept in the `drafts` table. */
export const inputDraftSchema = z.object({
	isian: inputSchema,
	/** How many history entries the stored entry had when typing began (0: none stored). */
	dasarRiwayat: z.number().int().min(0)
});
export type InputDraft = z.infer<typeof inputDraftSchema>;

/** "75,5", "1.234", "0,125": a stored number as the form shows it, without trailing zeros. */
export function decimalText(value: number): string {
	const text = formatNumber(value, 6, 'id');
	return text.includes(',') ? text.replace(/,?0+$/, '') : text;
}

const textOrEmpty = (x: number | null | undefined, write: (x: number) => string) =>
	x == null ? '' : write(x);

/** The form for an entry (or an empty one), with a row for each of the OPD's indicators. */
export function inputFrom(
	realisasi: Realisasi | undefined,
	indikator: readonly Indikator[]
): RealisasiInput {
	const saved = new Map(realisasi?.indikator.map((r) => [r.indikatorId, r]));
	return {
		pagu: textOrEmpty(realisasi?.pagu, rupiahText),
		realisasiAnggaran: textOrEmpty(realisasi?.realisasiAnggaran, rupiahText),
		realisasiFisik: textOrEmpty(realisasi?.realisasiFisik, decimalText),
		realisasiPdn: textOrEmpty(realisasi?.p3dn.realisasiPdn, rupiahText),
		komitmenPdn: textOrEmpty(realisasi?.p3dn.komitmenPdn, rupiahText),
		totalPengadaan: textOrEmpty(realisasi?.p3dn.totalPengadaan, rupiahText),
		indikator: Object.fromEntries(
			indikator.map((ind) => {
				const r = saved.get(ind.id);
				return [
					ind.id,
					{ realisasi: textOrEmpty(r?.realisasi, decimalText), catatan: r?.catatan ?? '' }
				];
			})
		),
		catatanItem: {
			anggaran: realisasi?.catatanItem?.anggaran ?? '',
			fisik: realisasi?.catatanItem?.fisik ?? '',
			p3dn: realisasi?.catatanItem?.p3dn ?? ''
		},
		catatan: realisasi?.catatan ?? ''
	};
}

/** Structural equality of two forms (what was typed, not what it means). */
export function sameInput(a: RealisasiInput, b: RealisasiInput): boolean {
	return JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
}

function sorted(isian: RealisasiInput): unknown {
	const indikator = Object.keys(isian.indikator)
		.sort()
		.map((id) => [id, isian.indikator[id]!.realisasi, isian.indikator[id]!.catatan]);
	return { ...isian, indikator, catatanItem: NOTE_ITEMS.map((k) => isian.catatanItem[k]) };
}

/** A field of the form: a Rupiah field, 'realisasiFisik', or `indikator:<id>`. */
export type Field = RupiahField | 'realisasiFisik' | `indikator:${string}`;

export const indikatorFields = (indikatorId: string): Field => `indikator:${indikatorId}`;

export interface InputReading {
	/** The figures; a field that cannot be read or is out of range counts as empty here. */
	nilai: RealisasiValues;
	/** Why a field cannot be stored, as an i18n key; saving is refused while any is present. */
	galat: Partial<Record<Field, string>>;
	/** Odd but allowed (e.g. realisasi above pagu), as an i18n key. */
	peringatan: Partial<Record<Field, string>>;
}

type Reading = { nilai: number | null; galat?: string };

function readRupiahField(text: string): Reading {
	if (text.trim() === '') return { nilai: null };
	const value = readRupiah(text);
	if (value === null) return { nilai: null, galat: 'realisasi.isian.bukanRupiah' };
	if (value < 0) return { nilai: null, galat: 'realisasi.isian.negatif' };
	if (value > RUPIAH_MAX) return { nilai: null, galat: 'realisasi.isian.terlaluBesar' };
	return { nilai: value };
}

function readDecimal(text: string, max?: { nilai: number; galat: string }): Reading {
	if (text.trim() === '') return { nilai: null };
	const value = parseNumber(text, 'id');
	if (value === null) return { nilai: null, galat: 'realisasi.isian.bukanAngka' };
	if (value < 0) return { nilai: null, galat: 'realisasi.isian.negatif' };
	if (max && value > max.nilai) return { nilai: null, galat: max.galat };
	if (value > RUPIAH_MAX) return { nilai: null, galat: 'realisasi.isian.terlaluBesar' };
	return { nilai: value };
}

/**
 * Reads the form. Indicator rows follow `indikator` (the OPD's indicators for the year); rows of
 * `sebelum` for indicators no longer listed are kept as stored, so a save never drops data.
 */
export function readInput(
	isian: RealisasiInput,
	indikator: readonly Indikator[],
	before?: Realisasi
): InputReading {
	const error: InputReading['galat'] = {};
	const peringatan: InputReading['peringatan'] = {};
	const angka = {} as Record<RupiahField, number | null>;
	for (const bidang of RUPIAH_FIELDS) {
		const result = readRupiahField(isian[bidang]);
		angka[bidang] = result.nilai;
		if (result.galat) error[bidang] = result.galat;
	}
	const fisik = readDecimal(isian.realisasiFisik, {
		nilai: 100,
		galat: 'realisasi.isian.fisikMaks'
	});
	if (fisik.galat) error.realisasiFisik = fisik.galat;

	if (angka.pagu !== null && angka.realisasiAnggaran !== null) {
		if (angka.realisasiAnggaran > angka.pagu)
			peringatan.realisasiAnggaran = 'realisasi.isian.melebihiPagu';
	}
	if (angka.realisasiPdn !== null && angka.totalPengadaan !== null) {
		if (angka.realisasiPdn > angka.totalPengadaan) {
			peringatan.realisasiPdn = 'realisasi.isian.pdnMelebihiPengadaan';
		}
	}

	const dikenal = new Set(indikator.map((i) => i.id));
	const indikatorRow: RealisasiValues['indikator'] = indikator.map((ind) => {
		const row = isian.indikator[ind.id] ?? { realisasi: '', catatan: '' };
		const hasil = readDecimal(row.realisasi);
		if (hasil.galat) error[indikatorFields(ind.id)] = hasil.galat;
		const catatan = row.catatan.trim();
		return { indikatorId: ind.id, realisasi: hasil.nilai, ...(catatan ? { catatan } : {}) };
	});
	for (const old of before?.indikator ?? []) {
		if (!dikenal.has(old.indikatorId)) indikatorRow.push({ ...old });
	}

	// The schema's record keyed by item wants all three keys once any note is given.
	const catatanItem = {
		anggaran: isian.catatanItem.anggaran.trim(),
		fisik: isian.catatanItem.fisik.trim(),
		p3dn: isian.catatanItem.p3dn.trim()
	};
	const adaCatatanItem = NOTE_ITEMS.some((item) => catatanItem[item] !== '');
	const catatan = isian.catatan.trim();
	return {
		nilai: {
			pagu: angka.pagu,
			realisasiAnggaran: angka.realisasiAnggaran,
			realisasiFisik: fisik.nilai,
			p3dn: {
				realisasiPdn: angka.realisasiPdn,
				komitmenPdn: angka.komitmenPdn,
				totalPengadaan: angka.totalPengadaan
			},
			indikator: indikatorRow,
			...(adaCatatanItem ? { catatanItem } : {}),
			...(catatan ? { catatan } : {})
		},
		galat: error,
		peringatan
	};
}

/** Whether the form may be stored: no field has an error. */
export const canSave = (bacaan: InputReading): boolean => Object.keys(bacaan.galat).length === 0;

/**
 * The entry as it would be stored, for the live index: the figures read so far on the stored
 * entry's (or a new entry's) identity and status.
 */
export function realisasiCandidate(
	value: RealisasiValues,
	identitas: Pick<Realisasi, 'id' | 'unitId' | 'periodeId' | 'status'>
): Realisasi {
	return { ...identitas, ...value };
}
