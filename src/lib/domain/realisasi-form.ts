/**
 * The realisation form as typed: every number is text until it is read, so that a half-typed
 * value survives a reload exactly as it was. Reading turns the text into an entry's figures with
 * a message per field for what cannot be stored (and a warning for what is odd but allowed).
 * Numbers are read the Indonesian way (formats.ts parseAngka; Rupiah fields see rupiah-input.ts).
 */
import { z } from 'zod';
import { BATAS_TEKS } from './batas';
import { formatAngka, parseAngka } from './format';
import type { NilaiRealisasi } from './realisasi-status';
import { bacaRupiah, RUPIAH_MAKS, teksRupiah } from './rupiah-input';
import type { Indikator, Realisasi } from './schemas';

export const BIDANG_RUPIAH = [
	'pagu',
	'realisasiAnggaran',
	'realisasiPdn',
	'komitmenPdn',
	'totalPengadaan'
] as const;
export type BidangRupiah = (typeof BIDANG_RUPIAH)[number];

export const ITEM_CATATAN = ['anggaran', 'fisik', 'p3dn'] as const;
export type ItemCatatan = (typeof ITEM_CATATAN)[number];

export const CATATAN_ITEM_MAKS = BATAS_TEKS.catatanItem;
export const CATATAN_MAKS = BATAS_TEKS.catatan;
const TEKS_ANGKA_MAKS = 40;

const teksAngka = z.string().max(TEKS_ANGKA_MAKS);
const teksCatatan = z.string().max(CATATAN_ITEM_MAKS);

/** What the form holds: text, as typed. Also the shape of an unsaved form kept in `drafts`. */
export const isianSchema = z.object({
	pagu: teksAngka,
	realisasiAnggaran: teksAngka,
	realisasiFisik: teksAngka,
	realisasiPdn: teksAngka,
	komitmenPdn: teksAngka,
	totalPengadaan: teksAngka,
	/** By indicator id. */
	indikator: z.record(z.string(), z.object({ realisasi: teksAngka, catatan: teksCatatan })),
	catatanItem: z.object({ anggaran: teksCatatan, fisik: teksCatatan, p3dn: teksCatatan }),
	catatan: z.string().max(CATATAN_MAKS)
});
export type IsianRealisasi = z.infer<typeof isianSchema>;

/** The unsaved form of one entry, as kept in the `drafts` table. */
export const drafIsianSchema = z.object({
	isian: isianSchema,
	/** How many history entries the stored entry had when typing began (0: none stored). */
	dasarRiwayat: z.number().int().min(0)
});
export type DrafIsian = z.infer<typeof drafIsianSchema>;

/** "75,5", "1.234", "0,125": a stored number as the form shows it, without trailing zeros. */
export function teksDesimal(nilai: number): string {
	const teks = formatAngka(nilai, 6, 'id');
	return teks.includes(',') ? teks.replace(/,?0+$/, '') : teks;
}

const teksAtauKosong = (x: number | null | undefined, tulis: (x: number) => string) =>
	x == null ? '' : tulis(x);

/** The form for an entry (or an empty one), with a row for each of the OPD's indicators. */
export function isianDari(
	realisasi: Realisasi | undefined,
	indikator: readonly Indikator[]
): IsianRealisasi {
	const tersimpan = new Map(realisasi?.indikator.map((r) => [r.indikatorId, r]));
	return {
		pagu: teksAtauKosong(realisasi?.pagu, teksRupiah),
		realisasiAnggaran: teksAtauKosong(realisasi?.realisasiAnggaran, teksRupiah),
		realisasiFisik: teksAtauKosong(realisasi?.realisasiFisik, teksDesimal),
		realisasiPdn: teksAtauKosong(realisasi?.p3dn.realisasiPdn, teksRupiah),
		komitmenPdn: teksAtauKosong(realisasi?.p3dn.komitmenPdn, teksRupiah),
		totalPengadaan: teksAtauKosong(realisasi?.p3dn.totalPengadaan, teksRupiah),
		indikator: Object.fromEntries(
			indikator.map((ind) => {
				const r = tersimpan.get(ind.id);
				return [
					ind.id,
					{ realisasi: teksAtauKosong(r?.realisasi, teksDesimal), catatan: r?.catatan ?? '' }
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
export function isianSama(a: IsianRealisasi, b: IsianRealisasi): boolean {
	return JSON.stringify(urutkan(a)) === JSON.stringify(urutkan(b));
}

function urutkan(isian: IsianRealisasi): unknown {
	const indikator = Object.keys(isian.indikator)
		.sort()
		.map((id) => [id, isian.indikator[id]!.realisasi, isian.indikator[id]!.catatan]);
	return { ...isian, indikator, catatanItem: ITEM_CATATAN.map((k) => isian.catatanItem[k]) };
}

/** A field of the form: a Rupiah field, 'realisasiFisik', or `indikator:<id>`. */
export type Bidang = BidangRupiah | 'realisasiFisik' | `indikator:${string}`;

export const bidangIndikator = (indikatorId: string): Bidang => `indikator:${indikatorId}`;

export interface BacaanIsian {
	/** The figures; a field that cannot be read or is out of range counts as empty here. */
	nilai: NilaiRealisasi;
	/** Why a field cannot be stored, as an i18n key; saving is refused while any is present. */
	galat: Partial<Record<Bidang, string>>;
	/** Odd but allowed (e.g. realisasi above pagu), as an i18n key. */
	peringatan: Partial<Record<Bidang, string>>;
}

type Baca = { nilai: number | null; galat?: string };

function bacaRupiahBidang(teks: string): Baca {
	if (teks.trim() === '') return { nilai: null };
	const nilai = bacaRupiah(teks);
	if (nilai === null) return { nilai: null, galat: 'realisasi.isian.bukanRupiah' };
	if (nilai < 0) return { nilai: null, galat: 'realisasi.isian.negatif' };
	if (nilai > RUPIAH_MAKS) return { nilai: null, galat: 'realisasi.isian.terlaluBesar' };
	return { nilai };
}

function bacaDesimal(teks: string, maks?: { nilai: number; galat: string }): Baca {
	if (teks.trim() === '') return { nilai: null };
	const nilai = parseAngka(teks, 'id');
	if (nilai === null) return { nilai: null, galat: 'realisasi.isian.bukanAngka' };
	if (nilai < 0) return { nilai: null, galat: 'realisasi.isian.negatif' };
	if (maks && nilai > maks.nilai) return { nilai: null, galat: maks.galat };
	if (nilai > RUPIAH_MAKS) return { nilai: null, galat: 'realisasi.isian.terlaluBesar' };
	return { nilai };
}

/**
 * Reads the form. Indicator rows follow `indikator` (the OPD's indicators for the year); rows of
 * `sebelum` for indicators no longer listed are kept as stored, so a save never drops data.
 */
export function bacaIsian(
	isian: IsianRealisasi,
	indikator: readonly Indikator[],
	sebelum?: Realisasi
): BacaanIsian {
	const galat: BacaanIsian['galat'] = {};
	const peringatan: BacaanIsian['peringatan'] = {};
	const angka = {} as Record<BidangRupiah, number | null>;
	for (const bidang of BIDANG_RUPIAH) {
		const hasil = bacaRupiahBidang(isian[bidang]);
		angka[bidang] = hasil.nilai;
		if (hasil.galat) galat[bidang] = hasil.galat;
	}
	const fisik = bacaDesimal(isian.realisasiFisik, {
		nilai: 100,
		galat: 'realisasi.isian.fisikMaks'
	});
	if (fisik.galat) galat.realisasiFisik = fisik.galat;

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
	const barisIndikator: NilaiRealisasi['indikator'] = indikator.map((ind) => {
		const baris = isian.indikator[ind.id] ?? { realisasi: '', catatan: '' };
		const hasil = bacaDesimal(baris.realisasi);
		if (hasil.galat) galat[bidangIndikator(ind.id)] = hasil.galat;
		const catatan = baris.catatan.trim();
		return { indikatorId: ind.id, realisasi: hasil.nilai, ...(catatan ? { catatan } : {}) };
	});
	for (const lama of sebelum?.indikator ?? []) {
		if (!dikenal.has(lama.indikatorId)) barisIndikator.push({ ...lama });
	}

	// The schema's record keyed by item wants all three keys once any note is given.
	const catatanItem = {
		anggaran: isian.catatanItem.anggaran.trim(),
		fisik: isian.catatanItem.fisik.trim(),
		p3dn: isian.catatanItem.p3dn.trim()
	};
	const adaCatatanItem = ITEM_CATATAN.some((item) => catatanItem[item] !== '');
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
			indikator: barisIndikator,
			...(adaCatatanItem ? { catatanItem } : {}),
			...(catatan ? { catatan } : {})
		},
		galat,
		peringatan
	};
}

/** Whether the form may be stored: no field has an error. */
export const bolehDisimpan = (bacaan: BacaanIsian): boolean =>
	Object.keys(bacaan.galat).length === 0;

/**
 * The entry as it would be stored, for the live index: the figures read so far on the stored
 * entry's (or a new entry's) identity and status.
 */
export function calonRealisasi(
	nilai: NilaiRealisasi,
	identitas: Pick<Realisasi, 'id' | 'unitId' | 'periodeId' | 'status'>
): Realisasi {
	return { ...identitas, ...nilai };
}
