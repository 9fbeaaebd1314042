/**
 * The workflow of a quarterly realisation entry: draft → diajukan (submitted by the OPD) →
 * diverifikasi (verified by the admin, who may instead return it to draft with a note). The admin
 * may reopen a verified entry ("buka kembali", with a reason): it goes back to draft, so the OPD
 * corrects it and submits it again, and the reason is shown to the OPD like a return note.
 * Who may do what, and how each step is recorded: every save or transition appends one entry to
 * `riwayat`; earlier entries are never rewritten.
 */
import { hitungIndeksOpd, type HasilIndeks } from './indeks';
import type {
	Indikator,
	Pengaturan,
	Pengguna,
	Realisasi,
	Riwayat,
	StatusRealisasi
} from './schemas';

/** What a person asks for on the screen. An admin's `simpan` is recorded as 'ubah-admin'. */
export const AKSI_REALISASI = [
	'simpan',
	'ajukan',
	'verifikasi',
	'kembalikan',
	'buka-kembali'
] as const;
export type AksiRealisasi = (typeof AKSI_REALISASI)[number];

/** The entry as far as permissions go; a triwulan without an entry yet counts as a draft. */
export interface PosisiEntri {
	unitId: string;
	status: StatusRealisasi;
}

/** The figures of an entry: everything the OPD (or the admin) types. */
export type NilaiRealisasi = Pick<
	Realisasi,
	'pagu' | 'realisasiAnggaran' | 'realisasiFisik' | 'p3dn' | 'indikator' | 'catatanItem' | 'catatan'
>;

/** The shortest return note the admin may give: the OPD must learn what to fix. */
export const CATATAN_KEMBALIKAN_MIN = 3;
/** The shortest reason for reopening a verified entry, for the same reason. */
export const ALASAN_BUKA_KEMBALI_MIN = 3;

/**
 * The id of the one entry of a unit and triwulan. The server refuses a new entry under any other
 * id; entries stored before ids were derived keep theirs (see entriBerlaku).
 */
export function idRealisasi(unitId: string, periodeId: string): string {
	return `${unitId}:${periodeId}`;
}

const BOBOT_STATUS: Record<StatusRealisasi, number> = { draft: 0, diajukan: 1, diverifikasi: 2 };

/** When the entry last changed: its latest history entry, as a timestamp (-∞ without history). */
function terakhirBerubah(r: Realisasi): number {
	let t = -Infinity;
	for (const x of r.riwayat ?? []) {
		const ms = Date.parse(x.waktu);
		if (ms > t) t = ms;
	}
	return t;
}

/**
 * Which of two entries for the same unit and triwulan counts, where a device or a server still
 * holds two (one stored before ids were derived): verified over submitted over draft, then the
 * one changed last, then the one under the derived id, and only then the id, so the choice never
 * depends on the order the entries were read in. Negative when `a` counts.
 */
export function bandingkanEntri(a: Realisasi, b: Realisasi): number {
	return (
		BOBOT_STATUS[b.status] - BOBOT_STATUS[a.status] ||
		Math.sign(terakhirBerubah(b) - terakhirBerubah(a)) ||
		Number(b.id === idRealisasi(b.unitId, b.periodeId)) -
			Number(a.id === idRealisasi(a.unitId, a.periodeId)) ||
		(a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);
}

/** The entry that counts among entries of one unit and triwulan (see bandingkanEntri). */
export function entriBerlaku(list: readonly Realisasi[]): Realisasi | undefined {
	let best: Realisasi | undefined;
	for (const r of list) if (!best || bandingkanEntri(r, best) < 0) best = r;
	return best;
}

/** The entry that counts for each unit, of entries of one triwulan. */
export function entriPerUnit(list: readonly Realisasi[]): Map<string, Realisasi> {
	const map = new Map<string, Realisasi>();
	for (const r of list) {
		const lain = map.get(r.unitId);
		if (!lain || bandingkanEntri(r, lain) < 0) map.set(r.unitId, r);
	}
	return map;
}

const milikUnit = (pengguna: Pengguna, unitId: string) =>
	pengguna.peran === 'opd' && pengguna.unitIds[0] === unitId;

/**
 * Whether `pengguna` may change the figures of the entry: the OPD's own staff while it is a draft;
 * the admin always (recorded as 'ubah-admin'). Submitted and verified entries are read-only for
 * the OPD; everyone else only reads.
 */
export function bolehUbah(entri: PosisiEntri, pengguna: Pengguna | null | undefined): boolean {
	if (!pengguna) return false;
	if (pengguna.peran === 'admin') return true;
	return milikUnit(pengguna, entri.unitId) && entri.status === 'draft';
}

/** Whether `pengguna` may take `aksi` on the entry in its current status. */
export function bolehAksi(
	entri: PosisiEntri,
	pengguna: Pengguna | null | undefined,
	aksi: AksiRealisasi
): boolean {
	if (!pengguna) return false;
	switch (aksi) {
		case 'simpan':
			return bolehUbah(entri, pengguna);
		case 'ajukan':
			return milikUnit(pengguna, entri.unitId) && entri.status === 'draft';
		case 'verifikasi':
		case 'kembalikan':
			return pengguna.peran === 'admin' && entri.status === 'diajukan';
		case 'buka-kembali':
			return pengguna.peran === 'admin' && entri.status === 'diverifikasi';
	}
}

/** Every action `pengguna` may take now, in the order the screen offers them. */
export function aksiTersedia(
	entri: PosisiEntri,
	pengguna: Pengguna | null | undefined
): AksiRealisasi[] {
	return AKSI_REALISASI.filter((aksi) => bolehAksi(entri, pengguna, aksi));
}

const STATUS_SETELAH: Record<AksiRealisasi, (sebelum: StatusRealisasi) => StatusRealisasi> = {
	simpan: (sebelum) => sebelum,
	ajukan: () => 'diajukan',
	verifikasi: () => 'diverifikasi',
	kembalikan: () => 'draft',
	'buka-kembali': () => 'draft'
};

export interface PermintaanAksi {
	unitId: string;
	periodeId: string;
	aksi: AksiRealisasi;
	pengguna: Pengguna | null | undefined;
	/** Device time with its offset (waktuLokal). */
	waktu: string;
	/** The figures to store with `simpan` and `ajukan`; ignored by `verifikasi` and `kembalikan`. */
	nilai?: NilaiRealisasi;
	/** Required for `kembalikan` and `buka-kembali` (the reason); an optional remark otherwise. */
	catatan?: string;
	/** The OPD's indicators for the year and the settings: a submission must be scorable. */
	indikator: readonly Indikator[];
	pengaturan: Pengaturan;
}

export type HasilAksi =
	| { ok: true; realisasi: Realisasi; riwayat: Riwayat }
	| {
			ok: false;
			/** An i18n key. */
			alasan:
				| 'realisasi.tidakBoleh'
				| 'realisasi.tanpaPengguna'
				| 'err.catatanKembalikan'
				| 'err.alasanBukaKembali'
				| 'realisasi.tanpaNilai'
				| 'realisasi.belumLengkap';
			/** With 'realisasi.belumLengkap': what is missing, as i18n keys. */
			kurang?: string[];
	  };

const KOSONG: NilaiRealisasi = {
	pagu: null,
	realisasiAnggaran: null,
	realisasiFisik: null,
	p3dn: { realisasiPdn: null, komitmenPdn: null, totalPengadaan: null },
	indikator: []
};

/**
 * The entry after `aksi`, with one history entry appended to what is stored (`sebelum`, the entry
 * as it is in the database now, not as the screen last saw it). Refuses what the rules forbid.
 * The result still has to pass realisasiSchema where it is written.
 */
export function terapkanAksi(sebelum: Realisasi | undefined, minta: PermintaanAksi): HasilAksi {
	const { pengguna, aksi } = minta;
	if (!pengguna) return { ok: false, alasan: 'realisasi.tanpaPengguna' };
	const posisi: PosisiEntri = { unitId: minta.unitId, status: sebelum?.status ?? 'draft' };
	if (!bolehAksi(posisi, pengguna, aksi)) return { ok: false, alasan: 'realisasi.tidakBoleh' };

	const catatan = minta.catatan?.trim() || undefined;
	if (aksi === 'kembalikan' && (catatan?.length ?? 0) < CATATAN_KEMBALIKAN_MIN) {
		return { ok: false, alasan: 'err.catatanKembalikan' };
	}
	if (aksi === 'buka-kembali' && (catatan?.length ?? 0) < ALASAN_BUKA_KEMBALI_MIN) {
		return { ok: false, alasan: 'err.alasanBukaKembali' };
	}
	const menulisNilai = aksi === 'simpan' || aksi === 'ajukan';
	if (menulisNilai && !minta.nilai) return { ok: false, alasan: 'realisasi.tanpaNilai' };

	const riwayat: Riwayat = {
		waktu: minta.waktu,
		oleh: pengguna.nama,
		aksi: aksi === 'simpan' && pengguna.peran === 'admin' ? 'ubah-admin' : aksi,
		...(catatan ? { catatan } : {})
	};
	const nilai = menulisNilai ? minta.nilai! : (sebelum ?? KOSONG);
	const realisasi: Realisasi = {
		id: sebelum?.id ?? idRealisasi(minta.unitId, minta.periodeId),
		unitId: minta.unitId,
		periodeId: minta.periodeId,
		pagu: nilai.pagu,
		realisasiAnggaran: nilai.realisasiAnggaran,
		realisasiFisik: nilai.realisasiFisik,
		p3dn: { ...nilai.p3dn },
		indikator: nilai.indikator.map((i) => ({ ...i })),
		status: STATUS_SETELAH[aksi](posisi.status),
		...(nilai.catatanItem ? { catatanItem: { ...nilai.catatanItem } } : {}),
		...(nilai.catatan ? { catatan: nilai.catatan } : {}),
		riwayat: [...(sebelum?.riwayat ?? []), riwayat]
	};
	if (aksi === 'ajukan') {
		const kurang = kekuranganPengajuan(
			hitungIndeksOpd(
				{ unitId: minta.unitId, periodeId: minta.periodeId, realisasi, indikator: minta.indikator },
				minta.pengaturan
			)
		);
		if (kurang.length > 0) return { ok: false, alasan: 'realisasi.belumLengkap', kurang };
	}
	return { ok: true, realisasi, riwayat };
}

/**
 * What an entry still lacks before it may be submitted, as i18n keys: the index must be
 * computable, and every indicator with a target this triwulan needs its realisasi (one left blank
 * would otherwise drop out of the mean unnoticed).
 */
export function kekuranganPengajuan(hasil: HasilIndeks): string[] {
	const kurang = hasil.kekurangan.map((k) => `kurang.${k}`);
	if (hasil.indikatorTanpaRealisasi > 0) kurang.push('realisasi.indikatorKosong');
	return kurang;
}

/**
 * The admin's note of the latest return (or reason of the latest reopening), while the OPD has not
 * submitted again since: the screen shows it prominently until then (it stays in the history).
 */
export function catatanPengembalian(realisasi: Realisasi | undefined): Riwayat | null {
	if (!realisasi || realisasi.status !== 'draft') return null;
	const riwayat = realisasi.riwayat ?? [];
	for (let i = riwayat.length - 1; i >= 0; i--) {
		const r = riwayat[i]!;
		if (r.aksi === 'ajukan' || r.aksi === 'verifikasi') return null;
		if (r.aksi === 'kembalikan' || r.aksi === 'buka-kembali') return r;
	}
	return null;
}

/** The latest history entry with one of `aksi`, e.g. when the entry was submitted. */
export function riwayatTerakhir(
	realisasi: Realisasi | undefined,
	...aksi: Riwayat['aksi'][]
): Riwayat | null {
	const riwayat = realisasi?.riwayat ?? [];
	for (let i = riwayat.length - 1; i >= 0; i--) {
		if (aksi.includes(riwayat[i]!.aksi)) return riwayat[i]!;
	}
	return null;
}

/** History actions only the admin takes (an import is the admin's too). */
export const AKSI_ADMIN: readonly Riwayat['aksi'][] = [
	'verifikasi',
	'kembalikan',
	'buka-kembali',
	'ubah-admin',
	'impor'
];

/** Deep equality of JSON values, ignoring key order and undefined fields. */
function samaNilai(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	const ra = a as Record<string, unknown>;
	const rb = b as Record<string, unknown>;
	const ka = Object.keys(ra).filter((k) => ra[k] !== undefined);
	const kb = Object.keys(rb).filter((k) => rb[k] !== undefined);
	return ka.length === kb.length && ka.every((k) => samaNilai(ra[k], rb[k]));
}

/**
 * Whether `baru`, a version of the entry from elsewhere (a server), may replace `lama`, the entry
 * as this device holds it. A verified entry changes only through the admin: the new version keeps
 * the whole history as its start and every entry it appends is an admin's action. Anything else
 * (history rewritten, an OPD's save on a verified entry, figures changed without a trace) would let
 * a forged revision displace what the admin verified.
 */
export function bolehMenggantiEntri(lama: Realisasi, baru: Realisasi): boolean {
	if (lama.status !== 'diverifikasi' || samaNilai(lama, baru)) return true;
	const sebelum = lama.riwayat ?? [];
	const sesudah = baru.riwayat ?? [];
	if (sesudah.length <= sebelum.length) return false;
	if (!sebelum.every((r, i) => samaNilai(r, sesudah[i]))) return false;
	return sesudah.slice(sebelum.length).every((r) => AKSI_ADMIN.includes(r.aksi));
}
