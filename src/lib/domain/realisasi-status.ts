/**
 * The workflow of a quarterly realisation entry: draft → diajukan (submitted by the OPD) →
 * diverifikasi (verified by the admin, who may instead return it to draft with a note). The admin
 * may reopen a verified entry ("buka kembali", with a reason): it goes back to draft, so the OPD
 * corrects it and submits it again, and the reason is shown to the OPD like a return note.
 * Who may do what, and how each step is recorded: every save or transition appends one entry to
 * `riwayat`; earlier entries are never rewritten.
 */
import { computeIndeksOpd, type IndeksResult } from './indeks';
import type {
	Indikator,
	Settings,
	User,
	Realisasi,
	HistoryEntry,
	RealisasiStatus
} from './schemas';

/** What a person asks for on the screen. An admin's `simpan` is recorded as 'ubah-admin'. */
export const REALISASI_ACTIONS = [
	'simpan',
	'ajukan',
	'verifikasi',
	'kembalikan',
	'buka-kembali'
] as const;
export type RealisasiAction = (typeof REALISASI_ACTIONS)[number];

/** The entry as far as permissions go; a triwulan without an entry yet counts as a draft. */
export interface EntryPosition {
	unitId: string;
	status: RealisasiStatus;
}

/** The figures of an entry: everything the OPD (or the admin) types. */
export type RealisasiValues = Pick<
	Realisasi,
	'pagu' | 'realisasiAnggaran' | 'realisasiFisik' | 'p3dn' | 'indikator' | 'catatanItem' | 'catatan'
>;

/** The shortest return note the admin may give: the OPD must learn what to fix. */
export const RETURN_NOTE_MIN = 3;
/** The shortest reason for reopening a verified entry, for the same reason. */
export const REOPEN_REASON_MIN = 3;

/**
 * The id of the one entry of a unit and triwulan. The server refuses a new entry under any other
 * id; entries stored before ids were derived keep theirs (see effectiveEntry).
 */
export function realisasiId(unitId: string, periodeId: string): string {
	return `${unitId}:${periodeId}`;
}

const STATUS_RANK: Record<RealisasiStatus, number> = { draft: 0, diajukan: 1, diverifikasi: 2 };

/** When the entry last changed: its latest history entry, as a timestamp (-∞ without history). */
function lastChanged(r: Realisasi): number {
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
export function compareEntries(a: Realisasi, b: Realisasi): number {
	return (
		STATUS_RANK[b.status] - STATUS_RANK[a.status] ||
		Math.sign(lastChanged(b) - lastChanged(a)) ||
		Number(b.id === realisasiId(b.unitId, b.periodeId)) -
			Number(a.id === realisasiId(a.unitId, a.periodeId)) ||
		(a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);
}

/** The entry that counts among entries of one unit and triwulan (see compareEntries). */
export function effectiveEntry(list: readonly Realisasi[]): Realisasi | undefined {
	let best: Realisasi | undefined;
	for (const r of list) if (!best || compareEntries(r, best) < 0) best = r;
	return best;
}

/** The entry that counts for each unit, of entries of one triwulan. */
export function entriesByUnit(list: readonly Realisasi[]): Map<string, Realisasi> {
	const map = new Map<string, Realisasi>();
	for (const r of list) {
		const other = map.get(r.unitId);
		if (!other || compareEntries(r, other) < 0) map.set(r.unitId, r);
	}
	return map;
}

const ownedByUnit = (user: User, unitId: string) =>
	user.peran === 'opd' && user.unitIds[0] === unitId;

/**
 * Whether `pengguna` may change the figures of the entry: the OPD's own staff while it is a draft;
 * the admin always (recorded as 'ubah-admin'). Submitted and verified entries are read-only for
 * the OPD; everyone else only reads.
 */
export function canUpdate(entri: EntryPosition, user: User | null | undefined): boolean {
	if (!user) return false;
	if (user.peran === 'admin') return true;
	return ownedByUnit(user, entri.unitId) && entri.status === 'draft';
}

/** Whether `pengguna` may take `aksi` on the entry in its current status. */
export function canAct(
	entri: EntryPosition,
	user: User | null | undefined,
	aksi: RealisasiAction
): boolean {
	if (!user) return false;
	switch (aksi) {
		case 'simpan':
			return canUpdate(entri, user);
		case 'ajukan':
			return ownedByUnit(user, entri.unitId) && entri.status === 'draft';
		case 'verifikasi':
		case 'kembalikan':
			return user.peran === 'admin' && entri.status === 'diajukan';
		case 'buka-kembali':
			return user.peran === 'admin' && entri.status === 'diverifikasi';
	}
}

/** Every action `pengguna` may take now, in the order the screen offers them. */
export function availableActions(
	entri: EntryPosition,
	user: User | null | undefined
): RealisasiAction[] {
	return REALISASI_ACTIONS.filter((aksi) => canAct(entri, user, aksi));
}

const STATUS_AFTER: Record<RealisasiAction, (sebelum: RealisasiStatus) => RealisasiStatus> = {
	simpan: (before) => before,
	ajukan: () => 'diajukan',
	verifikasi: () => 'diverifikasi',
	kembalikan: () => 'draft',
	'buka-kembali': () => 'draft'
};

export interface ActionRequest {
	unitId: string;
	periodeId: string;
	aksi: RealisasiAction;
	pengguna: User | null | undefined;
	/** Device time with its offset (localTime). */
	waktu: string;
	/** The figures to store with `simpan` and `ajukan`; ignored by `verifikasi` and `kembalikan`. */
	nilai?: RealisasiValues;
	/** Required for `kembalikan` and `buka-kembali` (the reason); an optional remark otherwise. */
	catatan?: string;
	/** The OPD's indicators for the year and the settings: a submission must be scorable. */
	indikator: readonly Indikator[];
	pengaturan: Settings;
}

export type ActionResult =
	| { ok: true; realisasi: Realisasi; riwayat: HistoryEntry }
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

const EMPTY: RealisasiValues = {
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
export function applyAction(before: Realisasi | undefined, request: ActionRequest): ActionResult {
	const { pengguna: user, aksi } = request;
	if (!user) return { ok: false, alasan: 'realisasi.tanpaPengguna' };
	const position: EntryPosition = { unitId: request.unitId, status: before?.status ?? 'draft' };
	if (!canAct(position, user, aksi)) return { ok: false, alasan: 'realisasi.tidakBoleh' };

	const catatan = request.catatan?.trim() || undefined;
	if (aksi === 'kembalikan' && (catatan?.length ?? 0) < RETURN_NOTE_MIN) {
		return { ok: false, alasan: 'err.catatanKembalikan' };
	}
	if (aksi === 'buka-kembali' && (catatan?.length ?? 0) < REOPEN_REASON_MIN) {
		return { ok: false, alasan: 'err.alasanBukaKembali' };
	}
	const menulisNilai = aksi === 'simpan' || aksi === 'ajukan';
	if (menulisNilai && !request.nilai) return { ok: false, alasan: 'realisasi.tanpaNilai' };

	const riwayat: HistoryEntry = {
		waktu: request.waktu,
		oleh: user.nama,
		aksi: aksi === 'simpan' && user.peran === 'admin' ? 'ubah-admin' : aksi,
		...(catatan ? { catatan } : {})
	};
	const value = menulisNilai ? request.nilai! : (before ?? EMPTY);
	const realisasi: Realisasi = {
		id: before?.id ?? realisasiId(request.unitId, request.periodeId),
		unitId: request.unitId,
		periodeId: request.periodeId,
		pagu: value.pagu,
		realisasiAnggaran: value.realisasiAnggaran,
		realisasiFisik: value.realisasiFisik,
		p3dn: { ...value.p3dn },
		indikator: value.indikator.map((i) => ({ ...i })),
		status: STATUS_AFTER[aksi](position.status),
		...(value.catatanItem ? { catatanItem: { ...value.catatanItem } } : {}),
		...(value.catatan ? { catatan: value.catatan } : {}),
		riwayat: [...(before?.riwayat ?? []), riwayat]
	};
	if (aksi === 'ajukan') {
		const kurang = submissionShortfall(
			computeIndeksOpd(
				{
					unitId: request.unitId,
					periodeId: request.periodeId,
					realisasi,
					indikator: request.indikator
				},
				request.pengaturan
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
export function submissionShortfall(result: IndeksResult): string[] {
	const kurang = result.kekurangan.map((k) => `kurang.${k}`);
	if (result.indikatorTanpaRealisasi > 0) kurang.push('realisasi.indikatorKosong');
	return kurang;
}

/**
 * The admin's note of the latest return (or reason of the latest reopening), while the OPD has not
 * submitted again since: the screen shows it prominently until then (it stays in the history).
 */
export function returnNote(realisasi: Realisasi | undefined): HistoryEntry | null {
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
export function lastHistory(
	realisasi: Realisasi | undefined,
	...aksi: HistoryEntry['aksi'][]
): HistoryEntry | null {
	const riwayat = realisasi?.riwayat ?? [];
	for (let i = riwayat.length - 1; i >= 0; i--) {
		if (aksi.includes(riwayat[i]!.aksi)) return riwayat[i]!;
	}
	return null;
}

/** History actions only the admin takes (an import is the admin's too). */
export const ADMIN_ACTIONS: readonly HistoryEntry['aksi'][] = [
	'verifikasi',
	'kembalikan',
	'buka-kembali',
	'ubah-admin',
	'impor'
];

/** Deep equality of JSON values, ignoring key order and undefined fields. */
function sameValues(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	const ra = a as Record<string, unknown>;
	const rb = b as Record<string, unknown>;
	const ka = Object.keys(ra).filter((k) => ra[k] !== undefined);
	const kb = Object.keys(rb).filter((k) => rb[k] !== undefined);
	return ka.length === kb.length && ka.every((k) => sameValues(ra[k], rb[k]));
}

/**
 * Whether `baru`, a version of the entry from elsewhere (a server), may replace `lama`, the entry
 * as this device holds it. A verified entry changes only through the admin: the new version keeps
 * the whole history as its start and every entry it appends is an admin's action. Anything else
 * (history rewritten, an OPD's save on a verified entry, figures changed without a trace) would let
 * a forged revision displace what the admin verified.
 */
export function canReplaceEntry(old: Realisasi, baru: Realisasi): boolean {
	if (old.status !== 'diverifikasi' || sameValues(old, baru)) return true;
	const before = old.riwayat ?? [];
	const after = baru.riwayat ?? [];
	if (after.length <= before.length) return false;
	if (!before.every((r, i) => sameValues(r, after[i]))) return false;
	return after.slice(before.length).every((r) => ADMIN_ACTIONS.includes(r.aksi));
}
