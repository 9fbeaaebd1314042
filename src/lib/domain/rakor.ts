/**
 * Rakor (coordination meeting) mode: which OPD a meeting reads out as the top and bottom three,
 * the order of the slides, and how pinned figures differ from the live ones.
 */
import { z } from 'zod';
import type { Mutu } from './mutu';
import { roundTo } from './rounding';
import { idSchema, periodeSchema, timeSchema } from './schemas';

/**
 * Figures an official pinned before a meeting, kept on the device only: the meeting shows them
 * even while new data syncs in. `data` is what the app computed then (its shape is the app's own,
 * src/lib/view/rakor.ts; `versi` changes when that shape does).
 */
export const SNAPSHOT_VERSION = 1;
export const rakorSnapshotSchema = z.object({
	id: idSchema,
	periodeId: periodeSchema.shape.id,
	/** When the figures were pinned, device time with its offset. */
	diambil: timeSchema,
	/** Who pinned them; null in the local demo with no declared user. */
	oleh: z.string().nullable(),
	/** When the device had last synced at that moment; null when it never had. */
	sinkronTerakhir: z.string().nullable(),
	versi: z.literal(SNAPSHOT_VERSION),
	data: z.custom<unknown>((v) => typeof v === 'object' && v !== null)
});
export type RakorSnapshot = z.infer<typeof rakorSnapshotSchema>;

export const HIGHLIGHT_COUNT = 3;

export interface Ranked {
	unitId: string;
	/** null: not ranked (data missing). */
	peringkat: number | null;
}

export interface Highlights {
	/** Unit ids, best first. */
	teratas: string[];
	/** Unit ids in rank order (the lowest last); never one of `teratas`. */
	terbawah: string[];
}

/**
 * The top and bottom three of a ranking, as Kota Magelang's rapotan reads them out. Shared ranks
 * are not split: an OPD tied with the third (or the third from last) is read out with it, so a
 * group may hold more than three. Unranked OPD (data missing) are in neither. With six or fewer
 * ranked OPD the bottom group holds only those not already in the top one.
 */
export function highlights(rows: readonly Ranked[], n = HIGHLIGHT_COUNT): Highlights {
	const ranked = rows
		.filter((r): r is Ranked & { peringkat: number } => r.peringkat !== null)
		.sort((a, b) => a.peringkat - b.peringkat);
	if (ranked.length === 0) return { teratas: [], terbawah: [] };
	const topLimit = ranked[Math.min(n, ranked.length) - 1]!.peringkat;
	const teratas = ranked.filter((r) => r.peringkat <= topLimit).map((r) => r.unitId);
	const bottomLimit = ranked[Math.max(ranked.length - n, 0)]!.peringkat;
	const terbawah = ranked
		.filter((r) => r.peringkat >= bottomLimit && !teratas.includes(r.unitId))
		.map((r) => r.unitId);
	return { teratas, terbawah };
}

/** A part of a long list shown on one slide: rows `dari` up to (not including) `sampai`. */
export interface Page {
	/** 1-based number of the part. */
	ke: number;
	dari: number;
	sampai: number;
	/** How many parts the list has. */
	dariJumlah: number;
}

export type Slide =
	| { jenis: 'peringkat'; halaman: Page }
	| { jenis: 'teratas' }
	| { jenis: 'terbawah' }
	| { jenis: 'opd'; unitId: string }
	| { jenis: 'skm'; halaman: Page }
	| { jenis: 'rtl'; unitId: string }
	| { jenis: 'tindak-lanjut' };

/**
 * Rows one list slide holds: two columns of twelve, each row large enough to read from the back
 * of a hall on a 1280×720 projector.
 */
export const ROWS_PER_SLIDE = 24;

/**
 * A list of `jumlah` rows cut into as few slides as hold it, the rows shared evenly (30 rows: 15 and
 * 15, not 24 and 6). An empty list still gets one slide, which says so.
 */
export function splitPages(count: number, maks = ROWS_PER_SLIDE): Page[] {
	const dariJumlah = Math.max(1, Math.ceil(count / maks));
	const per = Math.ceil(count / dariJumlah);
	return Array.from({ length: dariJumlah }, (_, i) => ({
		ke: i + 1,
		dari: i * per,
		sampai: Math.min((i + 1) * per, count),
		dariJumlah
	}));
}

/**
 * The slides of a meeting: the whole ranking (on more slides when it is long), the top three, the
 * bottom three, one slide per OPD in ranking order (unranked ones last, as the ranking lists them),
 * the SKM grades of the service units, one slide per service unit with a rencana tindak lanjut
 * (RTL) of the period's SKM (`rtlUnits`, in the order given), and the follow-ups noted. A group
 * with no OPD and an SKM with no service unit get no slide.
 */
export function buildSlides(
	opdOrder: readonly string[],
	groups: Highlights,
	unitSkmCount: number,
	max = ROWS_PER_SLIDE,
	rtlUnits: readonly string[] = []
): Slide[] {
	return [
		...splitPages(opdOrder.length, max).map(
			(page) => ({ jenis: 'peringkat', halaman: page }) as const
		),
		...(groups.teratas.length ? [{ jenis: 'teratas' } as const] : []),
		...(groups.terbawah.length ? [{ jenis: 'terbawah' } as const] : []),
		...opdOrder.map((unitId) => ({ jenis: 'opd', unitId }) as const),
		...(unitSkmCount > 0
			? splitPages(unitSkmCount, max).map((page) => ({ jenis: 'skm', halaman: page }) as const)
			: []),
		...rtlUnits.map((unitId) => ({ jenis: 'rtl', unitId }) as const),
		{ jenis: 'tindak-lanjut' }
	];
}

/**
 * A slide's stable key ("peringkat", "peringkat:2", "opd:<unitId>", "skm", "rtl:<unitId>", …): the show stays on it
 * when the list changes.
 */
export function slideKey(slide: Slide): string {
	switch (slide.jenis) {
		case 'opd':
		case 'rtl':
			return `${slide.jenis}:${slide.unitId}`;
		case 'peringkat':
		case 'skm':
			return slide.halaman.ke === 1 ? slide.jenis : `${slide.jenis}:${slide.halaman.ke}`;
		default:
			return slide.jenis;
	}
}

/** The longest full name a list slide shows; a longer one is read by its short name. */
export const SLIDE_NAME_LENGTH = 26;

/**
 * The name a list slide shows for a unit: the full one when it fits a column at projector size,
 * else its short name (abbreviation) when it has one. "Dinas Kesehatan" stays; "Dinas Penanaman Modal
 * dan Pelayanan Terpadu Satu Pintu" becomes "DPMPTSP".
 */
export function slideName(
	unit: { nama: string; singkatan?: string | undefined },
	max = SLIDE_NAME_LENGTH
): string {
	const pendek = unit.singkatan?.trim();
	return unit.nama.length > max && pendek ? pendek : unit.nama;
}

/** One OPD's place in a ranking, pinned or live. */
export interface OpdValues {
	unitId: string;
	nama: string;
	peringkat: number | null;
	indeks: number | null;
}

export interface OpdDifference {
	unitId: string;
	nama: string;
	/** null: the OPD was not in that ranking. */
	dulu: Omit<OpdValues, 'unitId' | 'nama'> | null;
	kini: Omit<OpdValues, 'unitId' | 'nama'> | null;
	/** Live index − pinned index, two decimals. */
	selisihIndeks: number | null;
	/** Pinned rank − live rank; positive = moved up since the figures were pinned. */
	naik: number | null;
	berubah: boolean;
}

/** One service unit's SKM result, pinned or live. */
export interface SkmValues {
	unitId: string;
	nama: string;
	nilai: number | null;
	mutu: Mutu | null;
	responden: number;
}

export interface SkmDifference {
	unitId: string;
	nama: string;
	dulu: Omit<SkmValues, 'unitId' | 'nama'> | null;
	kini: Omit<SkmValues, 'unitId' | 'nama'> | null;
	/** Live IKM − pinned IKM (25–100), two decimals. */
	selisih: number | null;
	berubah: boolean;
}

const isPresent = (x: number | null | undefined): x is number => x !== null && x !== undefined;
const difference = (kini: number | null | undefined, dulu: number | null | undefined) =>
	isPresent(kini) && isPresent(dulu) ? roundTo(kini - dulu, 2) : null;
const twoDecimals = (x: number | null) => (isPresent(x) ? roundTo(x, 2) : null);

/** Pairs pinned and live rows by unit: the pinned order first, then units only in the live one. */
function pair<T extends { unitId: string; nama: string }>(
	dulu: readonly T[],
	kini: readonly T[]
): { unitId: string; nama: string; d: T | undefined; k: T | undefined }[] {
	const kiniPer = new Map(kini.map((r) => [r.unitId, r]));
	const duluIds = new Set(dulu.map((r) => r.unitId));
	return [
		...dulu.map((d) => ({ unitId: d.unitId, nama: d.nama, d, k: kiniPer.get(d.unitId) })),
		...kini
			.filter((k) => !duluIds.has(k.unitId))
			.map((k) => ({ unitId: k.unitId, nama: k.nama, d: undefined, k }))
	];
}

/** Rank and index of each OPD then (pinned) and now (live). */
export function compareOpd(
	dulu: readonly OpdValues[],
	kini: readonly OpdValues[]
): OpdDifference[] {
	return pair(dulu, kini).map(({ unitId, nama: name, d, k }) => {
		const naik =
			isPresent(d?.peringkat) && isPresent(k?.peringkat) ? d.peringkat - k.peringkat : null;
		return {
			unitId,
			nama: name,
			dulu: d ? { peringkat: d.peringkat, indeks: d.indeks } : null,
			kini: k ? { peringkat: k.peringkat, indeks: k.indeks } : null,
			selisihIndeks: difference(k?.indeks, d?.indeks),
			naik,
			berubah:
				!d || !k || d.peringkat !== k.peringkat || twoDecimals(d.indeks) !== twoDecimals(k.indeks)
		};
	});
}

/** IKM, mutu and respondents of each service unit then (pinned) and now (live). */
export function compareSkm(
	dulu: readonly SkmValues[],
	kini: readonly SkmValues[]
): SkmDifference[] {
	return pair(dulu, kini).map(({ unitId, nama: name, d, k }) => ({
		unitId,
		nama: name,
		dulu: d ? { nilai: d.nilai, mutu: d.mutu, responden: d.responden } : null,
		kini: k ? { nilai: k.nilai, mutu: k.mutu, responden: k.responden } : null,
		selisih: difference(k?.nilai, d?.nilai),
		berubah:
			!d ||
			!k ||
			twoDecimals(d.nilai) !== twoDecimals(k.nilai) ||
			d.mutu !== k.mutu ||
			d.responden !== k.responden
	}));
}
