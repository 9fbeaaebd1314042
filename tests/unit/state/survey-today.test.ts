import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addKoreksi } from '$lib/db/koreksi-write';
import { putPopulasi } from '$lib/db/master-write';
import { addResponses } from '$lib/db/responses-write';
import type { SkmKoreksi } from '$lib/domain/schemas';
import { surveyTodayFor } from '$lib/state/survey-today';
import { applyKoreksi } from '$lib/state/survey-koreksi';
import { freshDb, populasi, response } from '../db/factories';

const NOW = new Date('2026-02-10T05:00:00Z'); // 12:00 WIB
const cancel = (id: string, responseId: string): SkmKoreksi => ({
	id,
	responseId,
	jenis: 'batal',
	waktu: '2026-02-10T12:30:00+07:00',
	oleh: 'Sari',
	alasan: 'salah unit'
});

describe("the enumerator's day", () => {
	let tz: string | undefined;
	beforeEach(() => {
		tz = process.env.TZ;
		process.env.TZ = 'Asia/Jakarta';
	});
	afterEach(() => {
		process.env.TZ = tz;
	});

	it("counts today's responses of the unit, voids excluded, and lists only this enumerator's", async () => {
		const db = freshDb();
		await addResponses(db, [
			response({ id: 'a', enumerator: 'Sari', waktu: '2026-02-10T08:00:00+07:00' }),
			response({ id: 'b', enumerator: 'Sari', waktu: '2026-02-10T09:00:00+07:00' }),
			response({ id: 'c', enumerator: 'Budi', waktu: '2026-02-10T09:30:00+07:00' }),
			response({ id: 'd', enumerator: 'Sari', waktu: '2026-02-09T15:00:00+07:00' }),
			response({ id: 'e', enumerator: 'Sari', unitId: 'lain', waktu: '2026-02-10T10:00:00+07:00' })
		]);
		await addKoreksi(db, cancel('x', 'b'));
		await addKoreksi(db, {
			id: 'y',
			responseId: 'a',
			jenis: 'koreksi',
			waktu: '2026-02-10T11:00:00+07:00',
			oleh: 'Sari',
			saran: 'dikoreksi'
		});
		const day = await surveyTodayFor(db, 'unit-disdukcapil', 'Sari', NOW);
		expect(day.tanggal).toBe('2026-02-10');
		expect(day.periodeId).toBe('2026-TW1');
		expect(day.jumlahHariIni).toBe(2);
		expect(day.milikSaya.map((i) => [i.asli.id, i.status.status])).toEqual([
			['b', 'dibatalkan'],
			['a', 'dikoreksi']
		]);
		expect(day.milikSaya[1]!.efektif.saran).toBe('dikoreksi');
		expect(day.milikSaya[1]!.asli.saran).toBeUndefined();
	});

	it('counts the triwulan without voided responses and says how many more the sample needs', async () => {
		const db = freshDb();
		await putPopulasi(db, [populasi({ jumlah: 10 })]);
		await addResponses(
			db,
			Array.from({ length: 6 }, (_, i) => response({ id: `r${i}` }))
		);
		await addKoreksi(db, cancel('x', 'r0'));
		const day = await surveyTodayFor(db, 'unit-disdukcapil', null, NOW);
		expect(day.jumlahPeriode).toBe(5);
		expect(day.sampel).toMatchObject({ dibutuhkan: 10, responden: 5, kurang: 5, memadai: false });
		expect(day.milikSaya).toEqual([]);
	});

	it('has no sample verdict when the population is unknown', async () => {
		const db = freshDb();
		const day = await surveyTodayFor(db, 'unit-disdukcapil', 'Sari', NOW);
		expect(day.sampel).toBeNull();
		expect(day.jumlahPeriode).toBe(0);
	});
});

describe('applyKoreksi', () => {
	it('gives the responses the score uses: voids out, corrections in', async () => {
		const db = freshDb();
		const list = [
			response({ id: 'a' }),
			response({ id: 'b' }),
			response({ id: 'c', jawaban: { ...response().jawaban, u1: 1 } })
		];
		await addResponses(db, list);
		await addKoreksi(db, cancel('x', 'b'));
		await addKoreksi(db, {
			id: 'y',
			responseId: 'c',
			jenis: 'koreksi',
			waktu: '2026-02-10T11:00:00+07:00',
			oleh: 'Sari',
			jawaban: { ...response().jawaban, u1: 4 }
		});
		const efektif = await applyKoreksi(db, list);
		expect(efektif.map((r) => r.id)).toEqual(['a', 'c']);
		expect(efektif[1]!.jawaban.u1).toBe(4);
		expect(await applyKoreksi(db, [])).toEqual([]);
	});
});
