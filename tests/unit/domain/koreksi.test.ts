import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canKoreksi, effectiveResponse, responseStatus, koreksiOrder } from '$lib/domain/koreksi';
import type { Answer, SkmKoreksi, SkmResponse } from '$lib/domain/schemas';
import { computeSkm } from '$lib/domain/skm';

const all = (s: 1 | 2 | 3 | 4): Answer => ({
	u1: s,
	u2: s,
	u3: s,
	u4: s,
	u5: s,
	u6: s,
	u7: s,
	u8: s,
	u9: s
});

const response = (id: string, over: Partial<SkmResponse> = {}): SkmResponse => ({
	id,
	unitId: 'u',
	periodeId: '2026-TW4',
	waktu: '2026-11-22T09:00:00+07:00',
	jawaban: all(3),
	profil: { jenisKelamin: 'L' },
	kuesionerVersi: 'permen14-2017-v1',
	sumber: 'enumerator',
	enumerator: 'Sari',
	...over
});

const koreksi = (id: string, over: Partial<SkmKoreksi>): SkmKoreksi =>
	({
		id,
		responseId: 'r1',
		jenis: 'koreksi',
		waktu: '2026-11-22T10:00:00+07:00',
		oleh: 'Sari',
		...over
	}) as SkmKoreksi;

describe('effectiveResponse', () => {
	it('passes untouched responses through unchanged and in order', () => {
		const list = [response('r1'), response('r2')];
		expect(effectiveResponse(list, [])).toEqual(list);
		expect(effectiveResponse(list, [koreksi('k', { responseId: 'lain', saran: 'x' })])).toEqual(
			list
		);
	});

	it('leaves out a voided response, and the score with it', () => {
		const list = [response('r1', { jawaban: all(1) }), response('r2', { jawaban: all(4) })];
		const efektif = effectiveResponse(list, [
			koreksi('b', { jenis: 'batal', alasan: 'responden ganda' })
		]);
		expect(efektif.map((r) => r.id)).toEqual(['r2']);
		expect(computeSkm(efektif.map((r) => r.jawaban)).nilai).toBe(100);
	});

	it('keeps a void final even when a correction comes after it', () => {
		const efektif = effectiveResponse(
			[response('r1')],
			[
				koreksi('b', { jenis: 'batal', alasan: 'salah unit', waktu: '2026-11-22T10:00:00+07:00' }),
				koreksi('k', { saran: 'x', waktu: '2026-11-22T11:00:00+07:00' })
			]
		);
		expect(efektif).toEqual([]);
	});

	it('applies a correction field by field, keeping what it does not name', () => {
		const [r] = effectiveResponse(
			[response('r1', { saran: 'antre lama', jenisLayanan: 'KTP' })],
			[koreksi('k', { jawaban: all(2) })]
		);
		expect(r!.jawaban).toEqual(all(2));
		expect(r!.saran).toBe('antre lama');
		expect(r!.jenisLayanan).toBe('KTP');
		expect(r!.profil).toEqual({ jenisKelamin: 'L' });
		expect(r!.id).toBe('r1');
	});

	it('applies several corrections of one response in (waktu, id) order, whatever order they arrive in', () => {
		const a = koreksi('a', {
			jawaban: all(1),
			saran: 'pertama',
			waktu: '2026-11-22T10:00:00+07:00'
		});
		// 09:30 WITA is 08:30 WIB: earlier than a, although its clock reads later.
		const b = koreksi('b', { jawaban: all(2), waktu: '2026-11-22T09:30:00+08:00' });
		const c = koreksi('c', { profil: { usia: 40 }, waktu: '2026-11-22T10:00:00+07:00' });
		const expected = { jawaban: all(1), saran: 'pertama', profil: { usia: 40 } };
		fc.assert(
			fc.property(fc.shuffledSubarray([a, b, c], { minLength: 3, maxLength: 3 }), (order) => {
				const [r] = effectiveResponse([response('r1')], order);
				expect({ jawaban: r!.jawaban, saran: r!.saran, profil: r!.profil }).toEqual(expected);
			})
		);
	});

	it('lets a later correction clear a saran with an empty one', () => {
		const [r] = effectiveResponse(
			[response('r1', { saran: 'nomor HP saya 0812…' })],
			[koreksi('k', { saran: '' })]
		);
		expect(r!.saran).toBe('');
	});

	it('never changes the stored responses it was given', () => {
		const r = response('r1');
		const copy = structuredClone(r);
		effectiveResponse([r], [koreksi('k', { jawaban: all(1) })]);
		expect(r).toEqual(copy);
	});
});

describe('responseStatus', () => {
	it('is asli with no correction, dikoreksi with how many, dibatalkan with the reason', () => {
		const list = [
			koreksi('k1', { saran: 'x', waktu: '2026-11-22T10:00:00+07:00' }),
			koreksi('k2', { saran: 'y', waktu: '2026-11-22T11:00:00+07:00' }),
			koreksi('b', { responseId: 'r2', jenis: 'batal', alasan: 'salah unit', oleh: 'Admin' })
		];
		expect(responseStatus('r3', list)).toEqual({ status: 'asli' });
		const dikoreksi = responseStatus('r1', list);
		expect(dikoreksi.status).toBe('dikoreksi');
		if (dikoreksi.status === 'dikoreksi') {
			expect(dikoreksi.jumlah).toBe(2);
			expect(dikoreksi.terakhir.id).toBe('k2');
		}
		expect(responseStatus('r2', list)).toEqual({
			status: 'dibatalkan',
			alasan: 'salah unit',
			oleh: 'Admin',
			waktu: '2026-11-22T10:00:00+07:00'
		});
	});

	it('orders equal moments by id', () => {
		const x = koreksi('x', {});
		const y = koreksi('y', {});
		expect([y, x].sort(koreksiOrder).map((k) => k.id)).toEqual(['x', 'y']);
	});
});

describe('canKoreksi', () => {
	const r = response('r1', { enumerator: 'Sari' });

	it('lets the enumerator who recorded it, and any admin', () => {
		expect(canKoreksi({ nama: 'Sari', peran: 'enumerator', unitIds: [] }, r)).toBe(true);
		expect(canKoreksi({ nama: 'Budi', peran: 'admin', unitIds: [] }, r)).toBe(true);
	});

	it('refuses another enumerator, other roles, no user, and kiosk responses for enumerators', () => {
		expect(canKoreksi({ nama: 'Budi', peran: 'enumerator', unitIds: [] }, r)).toBe(false);
		expect(canKoreksi({ nama: 'Sari', peran: 'opd', unitIds: ['u'] }, r)).toBe(false);
		expect(canKoreksi(null, r)).toBe(false);
		expect(
			canKoreksi({ nama: 'Sari', peran: 'enumerator', unitIds: [] }, { enumerator: undefined })
		).toBe(false);
	});
});
