import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { loadDemo } from '$lib/db/demo';
import { generateDemo } from '$lib/demo/generate';
import { buildSkmPemdaReport, buildSkmUnitReport } from '$lib/report/skm-model';
import { skmInput } from '$lib/state/report';
import { freshDb } from '../db/factories';

// The demo's units planned action on their TW III result (demo/follow-up.ts); TW IV shows whether
// it worked. Loading the whole demo into IndexedDB takes seconds beside other test files.
const planned = generateDemo().rtl;
const TW3 = '2026-TW3';
const TW4 = '2026-TW4';

async function demoDb() {
	const db = freshDb();
	await db.open();
	await loadDemo(db);
	return db;
}

describe('the SKM report’s input read from the device', () => {
	it('carries the unit’s RTL and the rekap of the period its earlier plan followed up', async () => {
		const db = await demoDb();
		const unitId = planned[0]!.unitId;
		const input = await skmInput(db, TW4, unitId);
		expect(input.rtl).toEqual(planned.filter((r) => r.unitId === unitId));
		expect(input.rekapEarlier!.map((r) => [r.unitId, r.periodeId])).toEqual([[unitId, TW3]]);

		const report = buildSkmUnitReport(input, unitId)!;
		expect(report.rtl).toEqual([]);
		const [result] = report.rtlHasil;
		expect(result!.periodeId).toBe(TW3);
		const tw3 = buildSkmUnitReport(await skmInput(db, TW3, unitId), unitId)!;
		expect(tw3.rtl.map((r) => r.id)).toEqual([planned[0]!.id]);
		for (const e of result!.efek) {
			expect(e.sebelum).toBe(tw3.unit[0]!.hasil.nrr[e.unsur]);
			expect(e.sesudah).toBe(report.unit[0]!.hasil.nrr[e.unsur]);
		}
	}, 30_000);

	it('reads them for every service unit of the pemda report', async () => {
		const db = await demoDb();
		const report = buildSkmPemdaReport(await skmInput(db, TW4, null));
		const ids = planned.map((r) => r.unitId).sort();
		expect(report.rtlHasil.map((h) => h.unitId).sort()).toEqual(ids);
		expect(report.rtlHasil.every((h) => h.periodeId === TW3)).toBe(true);
		const tw3 = buildSkmPemdaReport(await skmInput(db, TW3, null));
		expect(tw3.rtl.map((r) => r.unitId).sort()).toEqual(ids);
		expect(tw3.rtlHasil).toEqual([]);
	}, 30_000);
});
