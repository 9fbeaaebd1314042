import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { saveCatatan } from '$lib/db/catatan-rakor';
import { loadDemo } from '$lib/db/demo';
import { realisasiForUnit } from '$lib/db/realisasi';
import { putRealisasi } from '$lib/db/realisasi-write';
import { readSnapshot, listSnapshots, removeSnapshot, saveSnapshot } from '$lib/db/rakor-snapshot';
import { slideKey, SNAPSHOT_VERSION, type RakorSnapshot } from '$lib/domain/rakor';
import { InvalidDocumentError } from '$lib/db/validate';
import { readRakorData } from '$lib/state/rakor-reads';
import { compareRakor, buildPresentation, type RakorData } from '$lib/view/rakor';
import { expectedRanking, expectedSkm } from '../../e2e/expected';
import { freshDb } from '../db/factories';

const TW3 = '2026-TW3';

async function demoDb() {
	const db = freshDb();
	await db.open();
	await loadDemo(db);
	return db;
}

const snapshot = (data: RakorData, over: Partial<RakorSnapshot> = {}): RakorSnapshot => ({
	id: 'snap-1',
	periodeId: TW3,
	diambil: '2026-10-05T08:30:00+07:00',
	oleh: 'demo-reviewer',
	sinkronTerakhir: null,
	versi: SNAPSHOT_VERSION,
	data,
	...over
});

describe("a meeting's figures", () => {
	it('are the ranking and SKM the scoring core computes, with each OPD’s trend', async () => {
		const db = await demoDb();
		const data = await readRakorData(db, TW3);
		const expected = expectedRanking(TW3);
		expect(data.ranking.rows.map((r) => [r.unit.id, r.baris.peringkat, r.hasil.indeks])).toEqual(
			expected.rows.map((r) => [r.unit.id, r.baris.peringkat, r.hasil.indeks])
		);
		expect(data.skm.units.map((u) => u.hasil.nilai)).toEqual(
			expectedSkm(TW3).units.map((u) => u.hasil.nilai)
		);
		for (const row of data.ranking.rows) {
			const tren = data.tren[row.unit.id]!;
			expect(tren.map((p) => p.periodeId)).toEqual(['2026-TW1', '2026-TW2', TW3, '2026-TW4']);
			expect(tren[2]!.indeks).toBe(row.hasil.indeks);
		}
	});

	it('make one slide per OPD in ranking order between the highlights and the SKM', async () => {
		const db = await demoDb();
		const data = await readRakorData(db, TW3);
		const { slides, sorotan } = buildPresentation(data);
		expect(sorotan.teratas).toEqual(data.ranking.rows.slice(0, 3).map((r) => r.unit.id));
		const opd = slides.filter((s) => s.jenis === 'opd').map(slideKey);
		expect(opd).toEqual(data.ranking.rows.map((r) => `opd:${r.unit.id}`));
		expect(slides.map(slideKey).slice(0, 3)).toEqual(['peringkat', 'teratas', 'terbawah']);
		expect(slides.map(slideKey).slice(-2)).toEqual(['skm', 'tindak-lanjut']);
	});
});

describe('figures pinned before a meeting', () => {
	it('stay as they were when new data arrives, and the comparison shows what changed', async () => {
		const db = await demoDb();
		await saveSnapshot(db, snapshot(await readRakorData(db, TW3)));
		const dinkes = (await realisasiForUnit(db, 'demo-dinkes', TW3))!;
		await putRealisasi(db, [{ ...dinkes, realisasiFisik: 5 }]);

		const pinned = (await readSnapshot(db, 'snap-1'))!.data as RakorData;
		const live = await readRakorData(db, TW3);
		const dulu = pinned.ranking.rows.find((r) => r.unit.id === 'demo-dinkes')!;
		const kini = live.ranking.rows.find((r) => r.unit.id === 'demo-dinkes')!;
		expect(dulu.realisasi!.realisasiFisik).toBe(dinkes.realisasiFisik);
		expect(kini.hasil.indeks).toBeLessThan(dulu.hasil.indeks!);

		const beda = compareRakor(pinned, live);
		const row = beda.opd.find((b) => b.unitId === 'demo-dinkes')!;
		expect(row).toMatchObject({
			berubah: true,
			dulu: { indeks: dulu.hasil.indeks },
			kini: { indeks: kini.hasil.indeks }
		});
		// Only the changed OPD and those it passed on the way down moved.
		const berubah = beda.opd.filter((b) => b.berubah).map((b) => b.unitId);
		expect(berubah).toContain('demo-dinkes');
		expect(berubah.length).toBeLessThan(beda.opd.length);
		expect(beda.skm.every((b) => !b.berubah)).toBe(true);
	});

	it('are listed newest first, deleted on request, and never written half-formed', async () => {
		const db = await demoDb();
		const data = await readRakorData(db, TW3);
		await saveSnapshot(db, snapshot(data));
		await saveSnapshot(db, snapshot(data, { id: 'snap-2', diambil: '2026-10-05T09:00:00+07:00' }));
		expect((await listSnapshots(db)).map((s) => s.id)).toEqual(['snap-2', 'snap-1']);
		await removeSnapshot(db, 'snap-2');
		expect((await listSnapshots(db)).map((s) => s.id)).toEqual(['snap-1']);
		expect(await readSnapshot(db, 'snap-2')).toBeNull();
		await expect(
			saveSnapshot(db, snapshot(data, { id: 'snap-3', diambil: 'tadi' }))
		).rejects.toBeInstanceOf(InvalidDocumentError);
	});

	it('are not synced, while follow-ups are queued in the same transaction', async () => {
		const { changeTracker } = await import('$lib/sync/tracker');
		const db = freshDb();
		db.use(changeTracker);
		await db.open();
		await saveSnapshot(db, snapshot({ ranking: {} } as unknown as RakorData, { id: 'snap-x' }));
		await saveCatatan(db, {
			id: 'rakor-1',
			unitId: 'demo-dinkes',
			periodeId: TW3,
			teks: 'Percepat belanja modal',
			oleh: 'demo-reviewer',
			waktu: '2026-10-05T09:00:00+07:00',
			selesai: false
		});
		expect(await db.sinkron.toCollection().primaryKeys()).toEqual(['catatanRakor:rakor-1']);
	});
});
