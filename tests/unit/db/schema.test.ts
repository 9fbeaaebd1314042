import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ensureDemoOnFirstStart } from '$lib/db/demo';
import { getSettings } from '$lib/db/settings';
import { realisasiForPeriode } from '$lib/db/realisasi';
import { countResponses, responsesForPeriode, responsesForUnit } from '$lib/db/responses';
import {
	LATEST_VERSION,
	META_MIGRATION_V2,
	SCHEMA_VERSIONS,
	onVersionChange,
	openDb,
	type DbInterruption,
	type MigrationV2Report,
	type SettingsV1Row,
	type RaporDb,
	type RealisasiV1,
	type SkmResponseV1
} from '$lib/db/schema';
import { DEFAULT_SETTINGS, realisasiSchema, skmResponseSchema } from '$lib/domain/schemas';
import { freshDb, uniqueName } from './factories';

const cleanup: Dexie[] = [];
afterEach(async () => {
	const dbs = cleanup.splice(0);
	dbs.forEach((db) => db.close());
	for (const name of new Set(dbs.map((db) => db.name))) await Dexie.delete(name);
});

function track<T extends Dexie>(db: T): T {
	cleanup.push(db);
	return db;
}

const V1 = SCHEMA_VERSIONS.find((v) => v.version === 1)!;

const responseV1 = (over: Partial<SkmResponseV1>): SkmResponseV1 => ({
	id: 'skm-v1',
	unitId: 'unit-a',
	waktu: '2026-05-10T09:00:00+07:00',
	jawaban: [4, 3, 3, 4, 3, 4, 4, 2, 3],
	profil: { jenisKelamin: 'L', usia: 41 },
	kuesionerVersi: 'permen14-2017-v1',
	sumber: 'kiosk',
	...over
});

const realisasiV1: RealisasiV1 = {
	id: 'real-a-2026-2',
	unitId: 'unit-a',
	tahun: 2026,
	triwulan: 2,
	pagu: 5_000_000_000,
	realisasiAnggaran: 2_000_000_000,
	realisasiFisik: 44,
	p3dn: { realisasiPdn: 300_000_000, komitmenPdn: 400_000_000, totalPengadaan: 900_000_000 },
	indikator: [],
	status: 'diverifikasi'
};

/** Writes a database exactly as the v1 app left it, then closes it. */
async function seedV1(name: string): Promise<void> {
	const v1 = new Dexie(name);
	v1.version(1).stores(V1.stores);
	await v1.table('responses').bulkAdd([
		// 06:00 WIB on 1 April is still 31 March in UTC: the local date decides (TW II).
		responseV1({ id: 'skm-apr', waktu: '2026-04-01T06:00:00+07:00' }),
		responseV1({ id: 'skm-mei', jawaban: [4, 0, 3, 4, 3, 4, 4, 0, 3] }),
		responseV1({ id: 'skm-maret', waktu: '2026-03-31T23:30:00+07:00' }),
		responseV1({ id: 'skm-rusak', waktu: 'kemarin sore' }),
		responseV1({ id: 'skm-lima', jawaban: [5, 3, 3, 4, 3, 4, 4, 2, 3] })
	]);
	await v1.table('realisasi').add(realisasiV1);
	const settings: SettingsV1Row = { id: 'pemda', ...DEFAULT_SETTINGS, batasCapaian: 120 };
	await v1.table('pengaturan').add(settings);
	v1.close();
}

async function upgraded(): Promise<RaporDb> {
	const name = uniqueName();
	await seedV1(name);
	const db = track(openDb(name));
	await db.open();
	return db;
}

describe('a fresh install', () => {
	it('opens at the latest schema version with every table', async () => {
		const db = freshDb();
		await db.open();
		expect(db.verno).toBe(LATEST_VERSION);
		expect(LATEST_VERSION).toBe(8);
		expect(db.tables.map((t) => t.name).sort()).toEqual([
			'catatanRakor',
			'drafts',
			'forumKonsultasi',
			'indikator',
			'jenisLayanan',
			'koreksi',
			'kuesioner',
			'meta',
			'pengaturan',
			'periode',
			'populasi',
			'publikasiSkm',
			'realisasi',
			'responses',
			'rtl',
			'sinkron',
			'skmRekap',
			'snapshotRakor',
			'units'
		]);
	});

	it('has the indexes the queries use', async () => {
		const db = freshDb();
		await db.open();
		const indexes = (name: string) => db.table(name).schema.indexes.map((i) => i.name);
		expect(indexes('responses')).toEqual(
			expect.arrayContaining(['periodeId', '[unitId+periodeId]'])
		);
		expect(indexes('realisasi')).toEqual(
			expect.arrayContaining(['periodeId', '[unitId+periodeId]'])
		);
		expect(indexes('indikator')).toEqual(expect.arrayContaining(['tahun', '[unitId+tahun]']));
		expect(indexes('populasi')).toEqual(
			expect.arrayContaining(['periodeId', '[unitId+periodeId]'])
		);
		expect(indexes('units')).toContain('jenis');
	});

	it('runs no upgrade, so it is not marked as initialised', async () => {
		const db = freshDb();
		await db.open();
		expect(await db.meta.get('initialised')).toBeUndefined();
		expect(await db.meta.get(META_MIGRATION_V2)).toBeUndefined();
	});
});

describe('upgrading a version 1 database to the latest version', () => {
	it('keeps every response', async () => {
		const db = await upgraded();
		expect(db.verno).toBe(LATEST_VERSION);
		expect(await countResponses(db)).toBe(5);
	});

	it('gives responses the periodeId of the local date they were answered', async () => {
		const db = await upgraded();
		expect((await responsesForPeriode(db, '2026-TW1')).map((r) => r.id)).toEqual(['skm-maret']);
		expect((await responsesForUnit(db, 'unit-a', '2026-TW2')).map((r) => r.id).sort()).toEqual([
			'skm-apr',
			'skm-lima',
			'skm-mei'
		]);
	});

	it('keys answers by unsur, with v1 zeros as blanks, so upgraded responses validate', async () => {
		const db = await upgraded();
		const mei = await db.responses.get('skm-mei');
		expect(mei?.jawaban).toEqual({
			u1: 4,
			u2: null,
			u3: 3,
			u4: 4,
			u5: 3,
			u6: 4,
			u7: 4,
			u8: null,
			u9: 3
		});
		for (const id of ['skm-apr', 'skm-mei', 'skm-maret', 'skm-lima']) {
			expect(skmResponseSchema.safeParse(await db.responses.get(id)).success, id).toBe(true);
		}
	});

	it('reports what it could not carry over instead of dropping it', async () => {
		const db = await upgraded();
		const report = (await db.meta.get(META_MIGRATION_V2))?.value as MigrationV2Report;
		expect(report.responsesTanpaPeriode).toEqual(['skm-rusak']);
		expect(report.jawabanDikosongkan).toEqual(['skm-lima']);
		expect(report.realisasiTanpaPeriode).toEqual([]);
		expect((await db.responses.get('skm-rusak'))?.waktu).toBe('kemarin sore');
		expect((await db.responses.get('skm-lima'))?.jawaban.u1).toBeNull();
	});

	it('turns tahun and triwulan of realisation entries into a periodeId', async () => {
		const db = await upgraded();
		const [entry] = await realisasiForPeriode(db, '2026-TW2');
		expect(entry?.id).toBe('real-a-2026-2');
		expect(entry).not.toHaveProperty('tahun');
		expect(entry).not.toHaveProperty('triwulan');
		expect(realisasiSchema.safeParse(entry).success).toBe(true);
		expect(
			await db.realisasi.where('[unitId+periodeId]').equals(['unit-a', '2026-TW2']).count()
		).toBe(1);
	});

	it('wraps the flat v1 settings so they are read back unchanged', async () => {
		const db = await upgraded();
		expect(await getSettings(db)).toEqual({ ...DEFAULT_SETTINGS, batasCapaian: 120 });
	});

	it('marks the database as initialised, so demo data never lands among real data', async () => {
		const db = await upgraded();
		expect(await ensureDemoOnFirstStart(db)).toBe('skipped');
		expect(await db.units.count()).toBe(0);
	});
});

describe('other tabs', () => {
	it('closes this connection when another tab upgrades, and says so', async () => {
		const name = uniqueName();
		const db = track(openDb(name));
		await db.open();
		const seen: (DbInterruption | null)[] = [];
		onVersionChange(db, (i) => seen.push(i));

		const newer = track(new Dexie(name));
		for (const { version, stores } of SCHEMA_VERSIONS) newer.version(version).stores(stores);
		newer.version(LATEST_VERSION + 1).stores({ catatan: 'id' });
		await newer.open();

		expect(seen).toEqual([{ kind: 'versionchange', newVersion: LATEST_VERSION + 1 }]);
		expect(db.interruption).toEqual(seen[0]);
		expect(db.isOpen()).toBe(false);
		// No silent reopen: old code must not write into the new schema.
		await expect(db.units.count()).rejects.toThrow();
		const late: (DbInterruption | null)[] = [];
		onVersionChange(db, (i) => late.push(i));
		expect(late).toEqual(seen);
	});

	it('reports a blocked upgrade and clears it once the other tab lets go', async () => {
		const name = uniqueName();
		const old = track(new Dexie(name));
		old.version(1).stores(V1.stores);
		old.on('versionchange', () => false); // an old tab that ignores the request
		await old.open();

		const db = track(openDb(name));
		const seen: (DbInterruption | null)[] = [];
		onVersionChange(db, (i) => seen.push(i));
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const opening = db.open();
		await expect.poll(() => seen.length).toBeGreaterThan(0);
		expect(seen[0]).toEqual({ kind: 'blocked', oldVersion: 1 });

		old.close();
		await opening;
		expect(db.verno).toBe(LATEST_VERSION);
		expect(db.interruption).toBeNull();
		expect(seen.at(-1)).toBeNull();
		warn.mockRestore();
	});
});

describe('upgrading a version 2 database to version 3', () => {
	it('keeps every record and adds the field-entry tables, indexing responses by enumerator', async () => {
		const name = uniqueName();
		const v2 = track(new Dexie(name));
		for (const { version, stores } of SCHEMA_VERSIONS.filter((v) => v.version <= 2)) {
			v2.version(version).stores(stores);
		}
		await v2.open();
		await v2.table('responses').put({ id: 'r1', unitId: 'u', periodeId: '2026-TW1', waktu: 'x' });
		await v2.table('realisasi').put({ id: 'a', unitId: 'u', periodeId: '2026-TW1' });
		v2.close();

		const db = track(openDb(name));
		await db.open();
		expect(db.verno).toBe(LATEST_VERSION);
		expect(await db.responses.count()).toBe(1);
		expect(await db.realisasi.count()).toBe(1);
		expect(await db.koreksi.count()).toBe(0);
		expect(db.responses.schema.indexes.map((i) => i.name)).toContain('enumerator');
		// Version 4 adds the sync state, empty: records from before sync are not queued.
		expect(await db.sinkron.count()).toBe(0);
	});
});

describe('upgrading a version 4 database to version 5', () => {
	it('keeps every record and its sync state, and adds the rakor tables empty', async () => {
		const name = uniqueName();
		const v4 = track(new Dexie(name));
		for (const { version, stores } of SCHEMA_VERSIONS.filter((v) => v.version <= 4)) {
			v4.version(version).stores(stores);
		}
		await v4.open();
		await v4.table('realisasi').put({ id: 'a', unitId: 'u', periodeId: '2026-TW1' });
		await v4
			.table('sinkron')
			.put({ id: 'realisasi:a', status: 'lokal', db: 'realisasi', antre: 1 });
		v4.close();

		const db = track(openDb(name));
		await db.open();
		expect(db.verno).toBe(LATEST_VERSION);
		expect(await db.realisasi.count()).toBe(1);
		expect(await db.sinkron.get('realisasi:a')).toMatchObject({ status: 'lokal', antre: 1 });
		expect(await db.catatanRakor.count()).toBe(0);
		expect(await db.snapshotRakor.count()).toBe(0);
		expect(db.catatanRakor.schema.indexes.map((i) => i.name)).toEqual(
			expect.arrayContaining(['periodeId', 'unitId'])
		);
	});

	it('adds the SKM follow-up and publication tables to a v7 database, keeping its data', async () => {
		const name = uniqueName();
		const v7 = new Dexie(name);
		for (const { version, stores } of SCHEMA_VERSIONS.filter((v) => v.version <= 7)) {
			v7.version(version).stores(stores);
		}
		await v7.open();
		await v7.table('realisasi').put({ id: 'a', unitId: 'u', periodeId: '2026-TW1' });
		v7.close();

		const db = track(openDb(name));
		await db.open();
		expect(db.verno).toBe(8);
		expect(await db.realisasi.count()).toBe(1);
		expect(await db.rtl.count()).toBe(0);
		expect(await db.forumKonsultasi.count()).toBe(0);
		expect(await db.publikasiSkm.count()).toBe(0);
		expect(db.rtl.schema.indexes.map((i) => i.name)).toEqual(
			expect.arrayContaining(['periodeId', 'unitId'])
		);
	});
});
