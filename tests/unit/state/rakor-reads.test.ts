import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { saveCatatan } from '$lib/db/catatan-rakor';
import { loadDemo } from '$lib/db/demo';
import { realisasiForUnit } from '$lib/db/realisasi';
import { putRealisasi } from '$lib/db/realisasi-write';
import { saveRtl } from '$lib/db/tindak-lanjut-write';
import type { Rtl } from '$lib/domain/schemas';
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
	}, 30_000);

	it('make one slide per OPD in ranking order between the highlights and the SKM', async () => {
		const db = await demoDb();
		const data = await readRakorData(db, TW3);
		const { slides, sorotan } = buildPresentation(data);
		expect(sorotan.teratas).toEqual(data.ranking.rows.slice(0, 3).map((r) => r.unit.id));
		const opd = slides.filter((s) => s.jenis === 'opd').map(slideKey);
		expect(opd).toEqual(data.ranking.rows.map((r) => `opd:${r.unit.id}`));
		expect(slides.map(slideKey).slice(0, 3)).toEqual(['peringkat', 'teratas', 'terbawah']);
		// After the SKM: a slide per service unit with an RTL of the triwulan, then the follow-ups.
		const rtl = data.skm.units
			.filter((u) => data.rtl!.some((r) => r.unitId === u.unit.id))
			.map((u) => `rtl:${u.unit.id}`);
		expect(rtl.length).toBeGreaterThan(0);
		expect(slides.map(slideKey).slice(-2 - rtl.length)).toEqual(['skm', ...rtl, 'tindak-lanjut']);
	}, 30_000);
});

const rtl = (unitId: string, periodeId: string, program: string): Rtl => ({
	id: `${unitId}:${periodeId}`,
	unitId,
	periodeId,
	butir: [
		{ unsur: 'u3', program, triwulan: [1], penanggungJawab: 'Kepala Seksi', progres: 'belum' }
	],
	riwayat: [{ oleh: 'demo-opd', waktu: '2026-10-01T10:00:00+07:00' }]
});

describe("a meeting's rencana tindak lanjut", () => {
	it('are the RTL of the triwulan’s SKM, each with a slide, and stay as pinned', async () => {
		const db = await demoDb();
		await db.rtl.clear();
		await saveRtl(db, rtl('demo-dinkes', TW3, 'Loket antrean daring'));
		await saveRtl(db, rtl('demo-disdukcapil', '2026-TW2', 'Dari triwulan lalu'));
		const data = await readRakorData(db, TW3);
		expect(data.rtl!.map((r) => r.id)).toEqual([`demo-dinkes:${TW3}`]);
		const rtlKeys = buildPresentation(data)
			.slides.map(slideKey)
			.filter((k) => k.startsWith('rtl:'));
		expect(rtlKeys).toEqual(['rtl:demo-dinkes']);

		await saveSnapshot(db, snapshot(data));
		await saveRtl(db, rtl('demo-dinkes', TW3, 'Rencana yang diubah'));
		const pinned = (await readSnapshot(db, 'snap-1'))!.data as RakorData;
		expect(pinned.rtl![0]!.butir[0]!.program).toBe('Loket antrean daring');
	}, 30_000);

	it('are optional in pinned figures: a copy pinned before RTL existed still reads and shows', async () => {
		const db = await demoDb();
		const old: RakorData = await readRakorData(db, TW3);
		delete old.rtl;
		await saveSnapshot(db, snapshot(old));
		const pinned = (await readSnapshot(db, 'snap-1'))!.data as RakorData;
		expect(pinned.rtl).toBeUndefined();
		expect(buildPresentation(pinned).slides.map(slideKey).at(-1)).toBe('tindak-lanjut');
	}, 30_000);
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
	}, 30_000);

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
	}, 30_000);

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
