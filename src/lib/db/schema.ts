/**
 * The device database (Dexie over IndexedDB): the one store of record on the device.
 * Every schema version ever shipped is listed in SCHEMA_VERSIONS, oldest first; a version is never
 * edited once released, only followed by a new one.
 */
import Dexie, { type Table, type Transaction } from 'dexie';
import type {
	CatatanRakor,
	ForumKonsultasi,
	PublikasiSkm,
	Rtl,
	Indikator,
	JenisLayanan,
	Kuesioner,
	SkmKoreksi,
	Settings,
	Periode,
	Populasi,
	Realisasi,
	SkmResponse,
	Unit
} from '$lib/domain/schemas';
import type { RakorSnapshot } from '$lib/domain/rakor';
import { UNSUR_KEYS } from '$lib/domain/unsur';
import type { SyncRow } from './sync';
import { recomputeRekapSkm, type SkmRekapRow } from './skm-rekap';
import { rekapSkmMiddleware } from './skm-rekap-middleware';

/**
 * A half-filled form (a survey in progress, an unsaved realisation entry), kept so that a reload,
 * a killed app or a sleeping phone loses nothing. `data` is validated by its owner when reopened.
 */
export interface Draft {
	id: string;
	jenis: 'survei' | 'kiosk' | 'realisasi';
	/** Device time of the last change, ISO 8601. */
	diubah: string;
	data: unknown;
}

export interface SchemaVersion {
	version: number;
	/** Dexie store declarations; `null` deletes a table. */
	stores: Record<string, string | null>;
	/** Transforms the documents written by the previous version. Runs only on upgrade. */
	upgrade?: (tx: Transaction) => Promise<void>;
}

/** A v1 survey response: no periodeId, answers by column position (0 = blank), as in the sheets. */
export interface SkmResponseV1 extends Omit<SkmResponse, 'periodeId' | 'jawaban'> {
	jawaban: number[];
}

/** A v1 realisation entry: the triwulan as two numbers instead of a periodeId. */
export interface RealisasiV1 extends Omit<Realisasi, 'periodeId'> {
	tahun: number;
	triwulan: number;
}

/** v1 kept the settings flat in the row; v2 wraps them in `value`. */
export type SettingsV1Row = { id: string } & Settings;

/** What the v1 → v2 upgrade could not carry over as is, kept in `meta` for the admin to see. */
export interface MigrationV2Report {
	/** Responses whose waktu could not be read: they have no periodeId and appear in no period. */
	responsesTanpaPeriode: string[];
	/** Responses with an answer outside 0–4 in v1; that answer became a blank. */
	jawabanDikosongkan: string[];
	/** Realisation entries with an unreadable tahun/triwulan; left without periodeId. */
	realisasiTanpaPeriode: string[];
}

export const META_INITIALISED = 'initialised';
export const META_MIGRATION_V2 = 'migrasi-v2';

type Row = Record<string, unknown>;

/**
 * The period of a v1 response, from the calendar date as written in its waktu (local time at the
 * recorded offset, so 31 March 23:30 WIB stays in TW I). Frozen copy of the rule as it was when v2
 * shipped: a migration must keep doing exactly what it did, whatever the domain code becomes.
 */
function periodeIdOfTimeV2(waktu: unknown): string | null {
	if (typeof waktu !== 'string') return null;
	const match = /^(\d{4})-(\d{2})-\d{2}T/.exec(waktu);
	if (!match) return null;
	const year = Number(match[1]);
	const month = Number(match[2]);
	if (year < 2000 || year > 2100 || month < 1 || month > 12) return null;
	return `${year}-TW${Math.ceil(month / 3)}`;
}

/** v1 answers were spreadsheet columns u1…u9 with 0 for a blank; v2 keys them by unsur. */
function answersV2(answer: unknown): {
	jawaban: Record<string, number | null>;
	dikosongkan: boolean;
} {
	const columns = Array.isArray(answer) ? (answer as unknown[]) : [];
	let dikosongkan = !Array.isArray(answer);
	const keyed: Record<string, number | null> = {};
	UNSUR_KEYS.forEach((key, i) => {
		const value = columns[i];
		if (value === 1 || value === 2 || value === 3 || value === 4) keyed[key] = value;
		else {
			if (value !== 0 && value !== null && value !== undefined) dikosongkan = true;
			keyed[key] = null;
		}
	});
	return { jawaban: keyed, dikosongkan };
}

async function upgradeToV2(tx: Transaction): Promise<void> {
	const report: MigrationV2Report = {
		responsesTanpaPeriode: [],
		jawabanDikosongkan: [],
		realisasiTanpaPeriode: []
	};

	await tx
		.table<Row, string>('responses')
		.toCollection()
		.modify((row) => {
			const id = String(row.id);
			const periodeId = periodeIdOfTimeV2(row.waktu);
			if (periodeId) row.periodeId = periodeId;
			else report.responsesTanpaPeriode.push(id);
			const { jawaban: answer, dikosongkan } = answersV2(row.jawaban);
			row.jawaban = answer;
			if (dikosongkan) report.jawabanDikosongkan.push(id);
		});

	await tx
		.table<Row, string>('realisasi')
		.toCollection()
		.modify((row) => {
			const year = typeof row.tahun === 'number' ? row.tahun : NaN;
			const triwulan = typeof row.triwulan === 'number' ? row.triwulan : NaN;
			const valid =
				Number.isInteger(year) && year >= 2000 && year <= 2100 && [1, 2, 3, 4].includes(triwulan);
			if (!valid) {
				report.realisasiTanpaPeriode.push(String(row.id));
				return;
			}
			row.periodeId = `${year}-TW${triwulan}`;
			delete row.tahun;
			delete row.triwulan;
		});

	await tx
		.table<Row, string>('pengaturan')
		.toCollection()
		.modify((row, ref) => {
			if ('value' in row) return;
			const { id, ...value } = row;
			ref.value = { id, value };
		});

	const meta = tx.table<{ key: string; value: unknown }, string>('meta');
	// A database that existed at v1 has been used: never treat it as a first start (no demo data).
	await meta.put({ key: META_INITIALISED, value: { at: new Date().toISOString(), via: 'v1' } });
	await meta.put({ key: META_MIGRATION_V2, value: report });
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
	{
		version: 1,
		stores: {
			units: 'id, jenis',
			periode: 'id, tahun',
			populasi: 'id, unitId',
			indikator: 'id, unitId',
			responses: 'id, unitId, waktu',
			realisasi: 'id, unitId, [tahun+triwulan]',
			pengaturan: 'id'
		}
	},
	{
		version: 2,
		stores: {
			units: 'id, jenis, indukId',
			periode: 'id, tahun',
			populasi: 'id, unitId, periodeId, [unitId+periodeId]',
			indikator: 'id, unitId, tahun, [unitId+tahun]',
			responses: 'id, unitId, waktu, periodeId, [unitId+periodeId]',
			realisasi: 'id, unitId, periodeId, [unitId+periodeId]',
			pengaturan: 'id',
			meta: 'key'
		},
		upgrade: upgradeToV2
	},
	{
		// Field data entry: corrections/voids of responses, half-filled forms, questionnaire
		// versions, service types. Additive only: no data to transform.
		version: 3,
		stores: {
			responses: 'id, unitId, waktu, periodeId, [unitId+periodeId], enumerator',
			koreksi: 'id, responseId',
			drafts: 'id, diubah',
			kuesioner: 'id, unitId',
			jenisLayanan: 'id, unitId'
		}
	},
	{
		// Sync: the sync state of every synced record (src/lib/db/sync.ts). Additive only.
		version: 4,
		stores: {
			sinkron: 'id, status, [db+antre]'
		}
	},
	{
		// Rakor mode: follow-ups noted in a meeting (synced, rapor-realisasi) and the figures an
		// official pinned before one (device-local, never synced). Additive only.
		version: 5,
		stores: {
			catatanRakor: 'id, periodeId, unitId',
			snapshotRakor: 'id, periodeId'
		}
	},
	{
		// The SKM rekap per unit × periode (db/skm-rekap.ts), kept by a middleware with every write
		// to responses and koreksi; built here by one full recount of what is already stored.
		version: 6,
		stores: {
			skmRekap: 'id, periodeId'
		},
		upgrade: recomputeRekapSkm
	},
	{
		// A unit's saran, newest first, without reading its other responses (db/skm-saran.ts).
		// Sparse: a response without a saran has no entry. IndexedDB builds it; no data changes.
		version: 7,
		stores: {
			responses:
				'id, unitId, waktu, periodeId, [unitId+periodeId], enumerator, [unitId+periodeId+waktu+saran]'
		}
	},
	{
		// The SKM cycle: follow-up plans and public forums (synced, rapor-realisasi) and the
		// published results (synced, rapor-master). Additive only.
		version: 8,
		stores: {
			rtl: 'id, periodeId, unitId',
			forumKonsultasi: 'id, periodeId, unitId',
			publikasiSkm: 'id, periodeId'
		}
	}
];

export const LATEST_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

/**
 * Why this connection cannot carry on as is:
 * `versionchange`: another tab upgraded (or deleted) the database; this connection was closed and
 * the page must be reloaded to get the new code. `blocked`: this tab's upgrade waits for other tabs
 * still holding the old version to close.
 */
export type DbInterruption =
	{ kind: 'versionchange'; newVersion: number | null } | { kind: 'blocked'; oldVersion: number };

export class RaporDb extends Dexie {
	declare units: Table<Unit, string>;
	declare periode: Table<Periode, string>;
	declare populasi: Table<Populasi, string>;
	declare indikator: Table<Indikator, string>;
	declare responses: Table<SkmResponse, string>;
	declare realisasi: Table<Realisasi, string>;
	declare pengaturan: Table<{ id: string; value: Settings }, string>;
	declare meta: Table<{ key: string; value: unknown }, string>;
	declare koreksi: Table<SkmKoreksi, string>;
	declare drafts: Table<Draft, string>;
	declare kuesioner: Table<Kuesioner, string>;
	declare jenisLayanan: Table<JenisLayanan, string>;
	declare sinkron: Table<SyncRow, string>;
	declare catatanRakor: Table<CatatanRakor, string>;
	declare snapshotRakor: Table<RakorSnapshot, string>;
	declare skmRekap: Table<SkmRekapRow, string>;
	declare rtl: Table<Rtl, string>;
	declare forumKonsultasi: Table<ForumKonsultasi, string>;
	declare publikasiSkm: Table<PublikasiSkm, string>;

	/** Set when this connection was closed by another tab's upgrade, or its own upgrade is blocked. */
	interruption: DbInterruption | null = null;
	private readonly listeners = new Set<(interruption: DbInterruption | null) => void>();

	constructor(name: string) {
		super(name);
		for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
			const declared = this.version(version).stores(stores);
			if (upgrade) declared.upgrade(upgrade);
		}
		this.use(rekapSkmMiddleware);
		// Runs before Dexie's default handler (later subscribers run first); returning false stops
		// the default, which would close with auto-reopen and let old code write to the new schema.
		this.on('versionchange', (event: IDBVersionChangeEvent) => {
			this.close();
			const newVersion = event.newVersion === null ? null : event.newVersion / 10;
			this.interrupt({ kind: 'versionchange', newVersion });
			return false;
		});
		this.on('blocked', (event: IDBVersionChangeEvent) => {
			this.interrupt({ kind: 'blocked', oldVersion: event.oldVersion / 10 });
		});
		this.on(
			'ready',
			() => {
				if (this.interruption?.kind === 'blocked') this.interrupt(null);
			},
			true
		);
	}

	/** Use onVersionChange. */
	listenInterruption(listener: (interruption: DbInterruption | null) => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	private interrupt(interruption: DbInterruption | null): void {
		this.interruption = interruption;
		for (const listener of this.listeners) listener(interruption);
	}
}

/**
 * Calls `listener` whenever the connection is interrupted (see DbInterruption) and with null when a
 * blocked upgrade goes through; at once if it already is. Returns the unsubscribe function.
 */
export function onVersionChange(
	db: RaporDb,
	listener: (interruption: DbInterruption | null) => void
): () => void {
	if (db.interruption) listener(db.interruption);
	return db.listenInterruption(listener);
}

export function openDb(name = 'rapor'): RaporDb {
	return new RaporDb(name);
}
