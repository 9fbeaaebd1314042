/**
 * Scoring workloads for `npm run bench`, runnable in Node and (bundled) in Chromium: the same code,
 * the same seeded data, so the two figures compare.
 */
import {
	DEFAULT_SETTINGS,
	type Indikator,
	type Realisasi,
	type SkmResponse,
	type Unit
} from '../../src/lib/domain/schemas';
import { UNSUR_KEYS } from '../../src/lib/domain/unsur';
import { computeSkm } from '../../src/lib/domain/skm';
import { generateDemo } from '../../src/lib/demo/generate';
import { buildRanking } from '../../src/lib/view/ranking';
import { buildSkm } from '../../src/lib/view/skm';

function mulberry32(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const unit = (i: number, indeks: boolean): Unit => ({
	id: `u${i}`,
	nama: `Unit ${i}`,
	singkatan: '',
	jenis: 'dinas',
	dinilaiIndeks: indeks,
	layananSkm: !indeks
});

export function skmWorkload(responses = 100_000, units = 200) {
	const rand = mulberry32(1);
	const list: SkmResponse[] = [];
	for (let i = 0; i < responses; i++) {
		const answer = Object.fromEntries(
			UNSUR_KEYS.map((k) => [
				k,
				rand() < 0.02 ? null : ((1 + Math.floor(rand() * 4)) as 1 | 2 | 3 | 4)
			])
		) as SkmResponse['jawaban'];
		list.push({
			id: `r${i}`,
			unitId: `u${i % units}`,
			periodeId: '2026-TW1',
			waktu: '2026-02-01T09:00:00+07:00',
			jawaban: answer,
			profil: {},
			kuesionerVersi: 'bench',
			sumber: 'impor'
		});
	}
	return {
		periodeId: '2026-TW1',
		units: Array.from({ length: units }, (_, i) => unit(i, false)),
		responses: list,
		populasi: [],
		pengaturan: DEFAULT_SETTINGS
	};
}

export function indeksWorkload(opd = 60, indicators = 20) {
	const rand = mulberry32(2);
	const units = Array.from({ length: opd }, (_, i) => unit(i, true));
	const indikator: Indikator[] = units.flatMap((u) =>
		Array.from({ length: indicators }, (_, j) => ({
			id: `${u.id}-i${j}`,
			unitId: u.id,
			tahun: 2026,
			nama: `Indikator ${j}`,
			satuan: '%',
			polaritas: j % 5 === 0 ? ('negatif' as const) : ('positif' as const),
			target: [25, 50, 75, 100] as [number, number, number, number]
		}))
	);
	const realisasi: Realisasi[] = [1, 2, 3, 4].flatMap((tw) =>
		units.map((u) => ({
			id: `${u.id}-2026-TW${tw}`,
			unitId: u.id,
			periodeId: `2026-TW${tw}`,
			pagu: 1e10,
			realisasiAnggaran: 1e10 * (tw / 4) * (0.6 + 0.4 * rand()),
			realisasiFisik: 25 * tw * (0.6 + 0.4 * rand()),
			p3dn: { realisasiPdn: 1e9 * rand(), komitmenPdn: 1e9, totalPengadaan: 2e9 },
			indikator: indikator
				.filter((i) => i.unitId === u.id)
				.map((i) => ({ indikatorId: i.id, realisasi: 25 * tw * (0.5 + rand()) })),
			status: 'diverifikasi' as const
		}))
	);
	return { units, indikator, realisasi };
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)]!;
}

export function time(run: () => void, repeats: number): number {
	run(); // warm-up
	const samples: number[] = [];
	for (let i = 0; i < repeats; i++) {
		const start = performance.now();
		run();
		samples.push(performance.now() - start);
	}
	return median(samples);
}

export interface BenchResult {
	name: string;
	ms: number;
	check: string;
	/** The target, printed beside the figure (e.g. "≤ 100 ms"). */
	goal?: string;
}

export function runScoringBench(): BenchResult[] {
	const skm = skmWorkload();
	const indeks = indeksWorkload();
	const answer = skm.responses.map((r) => r.jawaban);
	let skmCheck = '';
	let indeksCheck = '';
	let hitungCheck = '';
	let demoCheck = '';
	return [
		{
			name: 'hitungSkm: 100.000 responses in one pass',
			ms: time(() => {
				const h = computeSkm(answer);
				hitungCheck = `${h.responden} responden, nilai ${h.nilai?.toFixed(2)}`;
			}, 9),
			goal: '≤ 250 ms',
			get check() {
				return hitungCheck;
			}
		},
		{
			name: 'demo data generated on a first start (generateDemo)',
			ms: time(() => {
				demoCheck = `${generateDemo().responses.length} responses`;
			}, 9),
			goal: '≤ 100 ms',
			get check() {
				return demoCheck;
			}
		},
		{
			name: 'SKM: 100.000 responses, 200 units (group, score, pemda)',
			ms: time(() => {
				const view = buildSkm(skm);
				skmCheck = `pemda ${view.pemda.nilai}, ${view.units.length} units`;
			}, 9),
			get check() {
				return skmCheck;
			}
		},
		{
			name: 'Indeks: 60 OPD × 4 triwulan × 20 indicators (score, rank, movement)',
			ms: time(() => {
				const tops: string[] = [];
				for (const tw of [1, 2, 3, 4]) {
					const view = buildRanking({
						periodeId: `2026-TW${tw}`,
						units: indeks.units,
						indikator: indeks.indikator,
						realisasiKini: indeks.realisasi.filter((r) => r.periodeId === `2026-TW${tw}`),
						realisasiLalu: indeks.realisasi.filter((r) => r.periodeId === `2026-TW${tw - 1}`),
						pengaturan: DEFAULT_SETTINGS
					});
					tops.push(view.rows[0]!.unit.id);
				}
				indeksCheck = `top per TW ${tops.join(',')}`;
			}, 9),
			get check() {
				return indeksCheck;
			}
		}
	];
}
