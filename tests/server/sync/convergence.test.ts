/**
 * Sync convergence, in the spirit of PouchDB's and Actual's random-replica tests: three devices
 * edit the same realisasi entries offline in random interleavings, sync in random order and
 * resolve the conflicts they see with random choices. Once every device has resolved what it sees
 * and synced, every replica holds the same records and every device ranks the OPDs the same.
 * Real server over HTTP; each device is a Dexie database with the outbox middleware.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canResolve, mergeVersions, type Choice } from '../../../src/lib/domain/conflict.ts';
import type { User, Realisasi } from '../../../src/lib/domain/schemas.ts';
import { putRealisasi } from '../../../src/lib/db/realisasi-write.ts';
import { resolveConflict } from '../../../src/lib/sync/conflict.ts';
import { rowToContent } from '../../../src/lib/sync/tables.ts';
import { readRanking } from '../../../src/lib/state/reads.ts';
import { addUser } from '../../../sync-server/admin/users.ts';
import {
	ACCOUNTS,
	OPD_X,
	OPD_Y,
	passwordOf,
	realisasi,
	makeHistory
} from '../helpers/factories.ts';
import { BACK_END, type TestServer } from '../helpers/server.ts';
import { device, serverSync, type Device } from './device.ts';

let t: TestServer;

const ANI: User = { nama: ACCOUNTS.opdX.name, peran: 'opd', unitIds: [OPD_X] };
const BUDI: User = { nama: 'staf-x-konvergensi', peran: 'opd', unitIds: [OPD_X] };
const ADMIN: User = { nama: ACCOUNTS.admin.name, peran: 'admin', unitIds: [] };
const PEOPLE = [ANI, BUDI, ADMIN] as const;

beforeAll(async () => {
	t = await serverSync();
	await addUser(
		t.admin,
		{ name: BUDI.nama, peran: ['opd'], unitIds: [OPD_X] },
		passwordOf(BUDI.nama)
	);
});
afterAll(async () => {
	await t.close();
});

type Action =
	| { jenis: 'ubah'; siapa: number; unit: 'x' | 'y'; fisik: number; anggaran: number }
	| { jenis: 'sinkron'; siapa: number }
	| { jenis: 'selesaikan'; siapa: number; ambilLain: boolean };

const action: fc.Arbitrary<Action> = fc.oneof(
	fc.record({
		jenis: fc.constant('ubah' as const),
		siapa: fc.integer({ min: 0, max: 2 }),
		unit: fc.constantFrom('x' as const, 'y' as const),
		fisik: fc.integer({ min: 0, max: 100 }),
		anggaran: fc.integer({ min: 0, max: 1_000 })
	}),
	fc.record({ jenis: fc.constant('sinkron' as const), siapa: fc.integer({ min: 0, max: 2 }) }),
	fc.record({
		jenis: fc.constant('selesaikan' as const),
		siapa: fc.integer({ min: 0, max: 2 }),
		ambilLain: fc.boolean()
	})
);

/** A distinct triwulan per run, so runs on the one server never touch each other's entries. */
let round = 0;
const newPeriode = () => `${2027 + Math.floor(round / 4)}-TW${(round++ % 4) + 1}`;

/** The staff may edit only their own OPD's entry; the admin edits both. */
const canUpdate = (p: User, unitId: string) => p.peran === 'admin' || p.unitIds.includes(unitId);

let seconds = 0;
/** Distinct, increasing history times (the history is keyed by time and author). */
const nextTime = () => {
	seconds++;
	const clock = String(8 + (Math.floor(seconds / 3600) % 10)).padStart(2, '0');
	const minutes = String(Math.floor(seconds / 60) % 60).padStart(2, '0');
	const s = String(seconds % 60).padStart(2, '0');
	return `2026-11-20T${clock}:${minutes}:${s}+07:00`;
};

async function update(
	d: Device,
	unitId: string,
	periodeId: string,
	fisik: number,
	anggaran: number
) {
	const id = `${unitId}:${periodeId}`;
	const kini = (await d.db.realisasi.get(id)) as Realisasi | undefined;
	if (!kini) return;
	await putRealisasi(d.db, [
		{
			...kini,
			realisasiFisik: fisik,
			realisasiAnggaran: anggaran * 1_000_000,
			riwayat: [
				...(kini.riwayat ?? []),
				{ ...makeHistory(d.pengguna.nama, 'simpan'), waktu: nextTime() }
			]
		}
	]);
}

/** Resolves every conflict the device sees that its user may resolve, as on the Sinkron screen. */
async function resolveAll(d: Device, ambilLain: boolean) {
	const konflik = await d.db.sinkron.where('status').equals('konflik').toArray();
	for (const row of konflik) {
		const lain = row.lain?.[0];
		if (!lain) continue;
		const localId = row.id.slice(row.id.indexOf(':') + 1);
		const ini = rowToContent('realisasi', (await d.db.realisasi.get(localId))!);
		const itu = lain.dokumen ?? {};
		const choice: Choice = {};
		for (const k of ['realisasiFisik', 'realisasiAnggaran']) choice[k] = ambilLain ? 'itu' : 'ini';
		const penyelesai = {
			oleh: d.pengguna.nama,
			waktu: nextTime(),
			admin: d.pengguna.peran === 'admin'
		};
		// As on the Sinkron screen: a conflict between two other people's changes is the admin's.
		if (!canResolve('realisasi', ini, itu, penyelesai)) continue;
		const { isi: content, induk: parent } = mergeVersions(
			'realisasi',
			ini,
			itu,
			choice,
			penyelesai
		);
		const result = await resolveConflict(
			d.db,
			row.id,
			content,
			parent === 'itu' ? lain.rev : undefined
		);
		expect(result).toEqual({ ok: true });
	}
}

async function fillAll(d: Device, periodeId: string) {
	const rows = await d.db.realisasi.where('periodeId').equals(periodeId).sortBy('id');
	return rows;
}

describe(`sync convergence (${BACK_END})`, () => {
	it('three devices editing, syncing and resolving in any order end with identical replicas and rankings', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(action, { minLength: 4, maxLength: 12 }), async (step) => {
				const periodeId = newPeriode();
				const alat = await Promise.all(PEOPLE.map((p) => device(t.running.couchUrl, p)));
				const [ani, budi, admin] = alat as [Device, Device, Device];
				try {
					// The admin opens both entries; every device starts from them.
					await putRealisasi(admin.db, [
						realisasi(OPD_X, periodeId, 'draft', [makeHistory(ADMIN.nama, 'simpan')]),
						realisasi(OPD_Y, periodeId, 'draft', [makeHistory(ADMIN.nama, 'simpan')])
					]);
					for (const d of [admin, ani, budi]) await d.sync();
					// Every run holds at least one conflict: Ani and the admin change OPD X offline.
					await update(ani, OPD_X, periodeId, 40, 300);
					await update(admin, OPD_X, periodeId, 45, 350);

					for (const a of step) {
						const d = alat[a.siapa]!;
						if (a.jenis === 'sinkron') await d.sync();
						else if (a.jenis === 'selesaikan') await resolveAll(d, a.ambilLain);
						else {
							const unitId = a.unit === 'x' ? OPD_X : OPD_Y;
							if (canUpdate(d.pengguna, unitId))
								await update(d, unitId, periodeId, a.fisik, a.anggaran);
						}
					}

					// Everyone resolves what they see and syncs, until nothing is left to do.
					for (let ronde = 0; ronde < 4; ronde++) {
						for (const d of alat) {
							await d.sync();
							await resolveAll(d, false);
							await d.sync();
						}
					}
					for (const d of alat) await d.sync();

					const acuan = await fillAll(ani, periodeId);
					const peringkatAcuan = await readRanking(ani.db, periodeId);
					for (const d of alat) {
						const status = await d.db.sinkron.toArray();
						expect(status.filter((r) => r.status !== 'tersinkron')).toEqual([]);
						expect(await fillAll(d, periodeId)).toEqual(acuan);
						const p = await readRanking(d.db, periodeId);
						expect(p.rows.map((r) => [r.unit.id, r.hasil.indeks, r.baris])).toEqual(
							peringkatAcuan.rows.map((r) => [r.unit.id, r.hasil.indeks, r.baris])
						);
					}
					expect(acuan).toHaveLength(2);
				} finally {
					await Promise.all(alat.map((d) => d.close()));
				}
			}),
			{ numRuns: 8, endOnFailure: true }
		);
	}, 600_000);
});
