import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	compareEntries,
	effectiveEntry,
	entriesByUnit,
	realisasiId
} from '$lib/domain/realisasi-status';
import { DEFAULT_SETTINGS, type Realisasi, type Unit } from '$lib/domain/schemas';
import { buildRanking } from '$lib/view/ranking';

const PERIODE = '2026-TW2';
const UNIT: Unit = {
	id: 'dinas-x',
	nama: 'Dinas X',
	singkatan: 'DX',
	jenis: 'dinas',
	dinilaiIndeks: true,
	layananSkm: false
};

function entry(
	id: string,
	status: Realisasi['status'],
	realisasiFisik: number,
	time = '2026-07-01T09:00:00+07:00'
): Realisasi {
	return {
		id,
		unitId: UNIT.id,
		periodeId: PERIODE,
		pagu: 1_000_000,
		realisasiAnggaran: 500_000,
		realisasiFisik,
		p3dn: { realisasiPdn: 10, komitmenPdn: 20, totalPengadaan: 40 },
		indikator: [],
		status,
		riwayat: [{ waktu: time, oleh: 'staf-x', aksi: 'simpan' }]
	};
}

const verified = entry('aaa-lama', 'diverifikasi', 40);
const rival = entry('zzz-baru', 'draft', 100, '2026-07-05T09:00:00+07:00');

describe('the entry that counts for a unit and triwulan', () => {
	it('is the verified one, whatever the ids and the order they are read in', () => {
		expect(effectiveEntry([verified, rival])).toBe(verified);
		expect(effectiveEntry([rival, verified])).toBe(verified);
	});

	it('prefers submitted over draft, then the one changed last, then the derived id', () => {
		const diajukan = entry('b', 'diajukan', 10, '2026-01-01T00:00:00Z');
		const drafBaru = entry('a', 'draft', 10, '2026-09-01T00:00:00Z');
		expect(effectiveEntry([drafBaru, diajukan])).toBe(diajukan);

		const lebihBaru = entry('a', 'draft', 10, '2026-07-01T10:00:00+07:00');
		const lebihLama = entry('z', 'draft', 10, '2026-07-01T09:00:00+07:00');
		expect(effectiveEntry([lebihLama, lebihBaru])).toBe(lebihBaru);

		const turunan = entry(realisasiId(UNIT.id, PERIODE), 'draft', 10);
		const other = entry('0-lama', 'draft', 10);
		expect(effectiveEntry([other, turunan])).toBe(turunan);
	});

	it('is the same for every order of any set of entries', () => {
		const arb = fc.uniqueArray(
			fc.record({
				id: fc.stringMatching(/^[a-z]{1,4}$/),
				status: fc.constantFrom('draft', 'diajukan', 'diverifikasi' as const),
				jam: fc.integer({ min: 0, max: 3 })
			}),
			{ minLength: 1, maxLength: 6, selector: (e) => e.id }
		);
		fc.assert(
			fc.property(arb, fc.infiniteStream(fc.nat()), (spec, acak) => {
				const list = spec.map((s) => entry(s.id, s.status, 10, `2026-07-01T0${s.jam}:00:00Z`));
				const key = [...acak.take(list.length)];
				const diacak = list
					.map((r, i) => ({ r, k: key[i]! }))
					.sort((a, b) => a.k - b.k)
					.map((x) => x.r);
				expect(effectiveEntry(diacak)).toBe(effectiveEntry(list));
				expect(entriesByUnit(diacak).get(UNIT.id)).toBe(effectiveEntry(list));
				for (const r of list) expect(compareEntries(r, r)).toBe(0);
			})
		);
	});
});

describe('the ranking with two entries for one unit and triwulan', () => {
	const input = (realisasiKini: Realisasi[]) => ({
		periodeId: PERIODE,
		units: [UNIT],
		indikator: [],
		realisasiKini,
		realisasiLalu: [],
		pengaturan: DEFAULT_SETTINGS
	});

	it('scores the verified entry, not the one whose id sorts last', () => {
		const view = buildRanking(input([verified, rival]));
		expect(view.rows[0]!.realisasi).toBe(verified);
		expect(buildRanking(input([rival, verified])).rows[0]!.realisasi).toBe(verified);
	});

	it('counts the unit once among the entries the ranking rests on', () => {
		const view = buildRanking(input([verified, rival]));
		expect(view.jumlahRealisasi).toBe(1);
		expect(view.belumDiverifikasi).toBe(0);
	});
});
