import { describe, expect, it } from 'vitest';
import type { SkmKoreksi, SkmResponse } from '$lib/domain/schemas';
import { buildSurveyToday } from '$lib/view/survey-today';

const response = (id: string, enumerator: string, time: string): SkmResponse =>
	({ id, enumerator, waktu: time, unitId: 'u', periodeId: '2026-TW4' }) as unknown as SkmResponse;

const cancel = (responseId: string): SkmKoreksi =>
	({
		id: `k-${responseId}`,
		responseId,
		jenis: 'batal',
		alasan: 'ganda',
		oleh: 'x',
		waktu: '2026-11-20T11:00:00+07:00'
	}) as unknown as SkmKoreksi;

describe('buildSurveyToday', () => {
	const todayDate = [
		response('a', 'ani', '2026-11-20T09:00:00+07:00'),
		response('b', 'ani', '2026-11-20T10:00:00+07:00'),
		response('c', 'budi', '2026-11-20T10:30:00+07:00')
	];
	const base = {
		tanggal: '2026-11-20',
		periodeId: '2026-TW4',
		hariIni: todayDate,
		koreksi: [cancel('b'), cancel('lain')],
		jumlahPeriode: 40,
		populasi: 100
	};

	it("counts today's responses without voids and lists this enumerator's, newest first", () => {
		const today = buildSurveyToday({ ...base, enumerator: 'ani' });
		expect(today.jumlahHariIni).toBe(2);
		expect(today.jumlahPeriode).toBe(40);
		expect(today.milikSaya.map((i) => [i.asli.id, i.status.status])).toEqual([
			['b', 'dibatalkan'],
			['a', 'asli']
		]);
		expect(today.sampel).toMatchObject({ populasi: 100, responden: 40 });
	});

	it('lists nothing as own without an enumerator, and has no sample without a populasi', () => {
		const today = buildSurveyToday({ ...base, enumerator: null, populasi: undefined });
		expect(today.milikSaya).toEqual([]);
		expect(today.sampel).toBeNull();
	});
});
