import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Realisasi, type Unit } from '$lib/domain/schemas';
import { proposedPagu, defaultPeriode, queryWith, buildPending } from '$lib/view/realisasi';

const entry = (unitId: string, over: Partial<Realisasi> = {}): Realisasi => ({
	id: `${unitId}:2026-TW4`,
	unitId,
	periodeId: '2026-TW4',
	pagu: 1_000_000,
	realisasiAnggaran: 800_000,
	realisasiFisik: 80,
	p3dn: { realisasiPdn: 50, komitmenPdn: 100, totalPengadaan: 200 },
	indikator: [],
	status: 'diajukan',
	...over
});
const unit = (id: string, name: string): Unit => ({
	id,
	nama: name,
	singkatan: '',
	jenis: 'dinas',
	dinilaiIndeks: true,
	layananSkm: false
});

describe('the triwulan the realisation screen opens on', () => {
	const ids = ['2026-TW1', '2026-TW2', '2026-TW3', '2026-TW4'];

	it('is the current triwulan by the device date when it exists', () => {
		expect(defaultPeriode(ids, new Date(2026, 10, 22))).toBe('2026-TW4');
		expect(defaultPeriode(ids, new Date(2026, 3, 1))).toBe('2026-TW2');
	});

	it('is the latest one otherwise, and none without periods', () => {
		expect(defaultPeriode(['2026-TW2', '2025-TW4', '2026-TW1'], new Date(2027, 0, 5))).toBe(
			'2026-TW2'
		);
		expect(defaultPeriode(ids, new Date(2025, 5, 1))).toBe('2026-TW4');
		expect(defaultPeriode([], new Date())).toBeNull();
	});
});

describe('the suggested pagu', () => {
	it('is the previous triwulan pagu of the same budget year', () => {
		const tw3 = entry('a', { periodeId: '2026-TW3', pagu: 5_000_000 });
		expect(proposedPagu('2026-TW4', tw3)).toEqual({ periodeId: '2026-TW3', pagu: 5_000_000 });
	});

	it('is not carried across budget years nor from an entry without pagu', () => {
		expect(proposedPagu('2026-TW1', entry('a', { periodeId: '2025-TW4' }))).toBeNull();
		expect(proposedPagu('2026-TW4', entry('a', { periodeId: '2026-TW3', pagu: null }))).toBeNull();
		expect(proposedPagu('2026-TW4', undefined)).toBeNull();
	});
});

describe('the entries awaiting verification', () => {
	it('lists only submitted entries of the triwulan, scored, oldest submission first', () => {
		const history = (time: string) => [{ waktu: time, oleh: 'Staf', aksi: 'ajukan' as const }];
		const row = buildPending({
			periodeId: '2026-TW4',
			units: [unit('a', 'Dinas A'), unit('b', 'Dinas B'), unit('c', 'Dinas C')],
			indikator: [],
			realisasi: [
				entry('a', { riwayat: history('2026-12-20T10:00:00+07:00') }),
				entry('b', { riwayat: history('2026-12-20T09:30:00+08:00') }),
				entry('c', { status: 'draft' }),
				entry('d', { status: 'diverifikasi' })
			],
			pengaturan: {
				...DEFAULT_SETTINGS,
				bobotIndeks: { anggaran: 50, fisik: 50, kinerja: 0, p3dn: 0 }
			}
		});
		// 09:30 WITA is 08:30 WIB: Dinas B submitted first.
		expect(row.map((b) => b.unit?.nama)).toEqual(['Dinas B', 'Dinas A']);
		expect(row[0]?.hasil.indeks).toBe(80);
		expect(row[0]?.diajukan?.oleh).toBe('Staf');
	});
});

describe('the address of a choice', () => {
	it('changes one key and keeps the others', () => {
		expect(queryWith('?periode=2026-TW4&tab=entri', { unit: 'demo-dlh' })).toBe(
			'?periode=2026-TW4&tab=entri&unit=demo-dlh'
		);
		expect(queryWith('?unit=demo-dlh', { unit: null })).toBe('');
	});
});
