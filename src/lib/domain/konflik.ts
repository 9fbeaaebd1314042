/**
 * Resolving a conflict: two versions of one document, made on two devices that were offline at
 * the same time. Nothing is dropped silently: the person sees each part that differs and picks,
 * part by part, which version to keep. For a realisation entry the history of both versions is
 * kept (merged by time) and the resolution is recorded as a change of its own, as the server
 * requires of every change (docs/decisions/0002-database-layout-and-roles.md).
 */
import type { JenisDokumen } from './dokumen';
import type { Riwayat } from './schemas';

/** Fields that identify a document or are kept whole by the merge, never offered as a choice. */
const TETAP = new Set(['_id', '_rev', 'type', 'id', 'riwayat']);

type Isi = Record<string, unknown>;

function sama(a: unknown, b: unknown): boolean {
	return JSON.stringify(urutkan(a)) === JSON.stringify(urutkan(b));
}

function urutkan(v: unknown): unknown {
	if (Array.isArray(v)) return v.map(urutkan);
	if (v && typeof v === 'object') {
		return Object.fromEntries(
			Object.keys(v)
				.sort()
				.filter((k) => (v as Isi)[k] !== undefined)
				.map((k) => [k, urutkan((v as Isi)[k])])
		);
	}
	return v;
}

/** The parts (top-level fields) in which two versions differ, in a stable order. */
export function bagianBerbeda(ini: Isi, itu: Isi): string[] {
	const keys = new Set([...Object.keys(ini), ...Object.keys(itu)]);
	return [...keys].filter((k) => !TETAP.has(k) && !sama(ini[k], itu[k])).sort();
}

/** For each differing part: take it from this version ('ini') or the other ('itu'). */
export type Pilihan = Record<string, 'ini' | 'itu'>;

export interface Penyelesai {
	oleh: string;
	/** ISO 8601 with offset. */
	waktu: string;
	admin: boolean;
}

const kunciRiwayat = (r: Riwayat) => `${r.waktu}|${r.oleh}|${r.aksi}|${r.catatan ?? ''}`;

/** Both histories, each entry once, by time. */
export function gabungRiwayat(a: readonly Riwayat[], b: readonly Riwayat[]): Riwayat[] {
	const seen = new Map<string, Riwayat>();
	for (const r of [...a, ...b]) if (!seen.has(kunciRiwayat(r))) seen.set(kunciRiwayat(r), r);
	// The device's version keeps its order (the server checks that its history is kept as is);
	// the other version's own entries follow, oldest first.
	const milikIni = a.map(kunciRiwayat);
	const tambahan = [...seen.values()]
		.filter((r) => !milikIni.includes(kunciRiwayat(r)))
		.sort((x, y) => Date.parse(x.waktu) - Date.parse(y.waktu));
	return [...a, ...tambahan];
}

export const CATATAN_KONFLIK = 'Menyelesaikan konflik sinkronisasi';

/**
 * The resolved document: `ini` (the version on this device) with the parts chosen from `itu`.
 * A realisation entry keeps both histories and records the resolution.
 */
export function gabungVersi(
	jenis: JenisDokumen,
	ini: Isi,
	itu: Isi,
	pilihan: Pilihan,
	penyelesai: Penyelesai
): Isi {
	const hasil: Isi = { ...ini };
	for (const k of bagianBerbeda(ini, itu)) {
		if (pilihan[k] !== 'itu') continue;
		if (itu[k] === undefined) delete hasil[k];
		else hasil[k] = itu[k];
	}
	if (jenis === 'realisasi') {
		const riwayat = gabungRiwayat(
			(ini.riwayat as Riwayat[] | undefined) ?? [],
			(itu.riwayat as Riwayat[] | undefined) ?? []
		);
		riwayat.push({
			waktu: penyelesai.waktu,
			oleh: penyelesai.oleh,
			aksi: penyelesai.admin ? 'ubah-admin' : 'simpan',
			catatan: CATATAN_KONFLIK
		});
		hasil.riwayat = riwayat;
	}
	return hasil;
}
