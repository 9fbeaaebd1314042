import { describe, expect, it } from 'vitest';
import { DEMO_KUESIONER, DEMO_SEED, generateDemo, type DemoData } from '$lib/demo/generate';
import { DEMO_PREFIX } from '$lib/demo/catalog';
import { computeIndeksOpd, type Zona } from '$lib/domain/indeks';
import { sampelAdequacy } from '$lib/domain/krejcie-morgan';
import {
	DEFAULT_SETTINGS,
	indikatorSchema,
	jenisLayananSchema,
	periodeSchema,
	populasiSchema,
	realisasiSchema,
	skmResponseSchema,
	unitSchema,
	rtlSchema,
	forumKonsultasiSchema,
	publikasiSkmSchema
} from '$lib/domain/schemas';
import { realisasiId } from '$lib/domain/realisasi-status';
import { computeSkm } from '$lib/domain/skm';
import type { Mutu } from '$lib/domain/mutu';
import { UNSUR_KEYS } from '$lib/domain/unsur';

const demo = generateDemo();
const PERIODE = ['2026-TW1', '2026-TW2', '2026-TW3', '2026-TW4'];
const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((x) => [x.id, x]));
const units = byId(demo.units);

describe('generateDemo', () => {
	it('gives the same documents for the same seed', () => {
		expect(generateDemo(DEMO_SEED)).toEqual(demo);
		expect(generateDemo(7)).toEqual(generateDemo(7));
	});

	it('gives different figures for a different seed, on the same units', () => {
		const other = generateDemo(7);
		expect(other.units).toEqual(demo.units);
		expect(other.responses).not.toEqual(demo.responses);
		expect(other.realisasi).not.toEqual(demo.realisasi);
	});

	it('produces only documents that pass their schema unchanged', () => {
		const schemas = {
			units: unitSchema,
			jenisLayanan: jenisLayananSchema,
			periode: periodeSchema,
			populasi: populasiSchema,
			indikator: indikatorSchema,
			realisasi: realisasiSchema,
			responses: skmResponseSchema,
			rtl: rtlSchema,
			forumKonsultasi: forumKonsultasiSchema,
			publikasiSkm: publikasiSkmSchema
		} as const;
		for (const key of Object.keys(schemas) as (keyof DemoData)[]) {
			for (const doc of demo[key]) {
				const parsed = schemas[key].safeParse(doc);
				expect(parsed.error?.issues, `${key} ${doc.id}`).toBeUndefined();
				expect(parsed.data).toEqual(doc);
			}
		}
	});

	it('publishes the TW III result of each unit with an RTL, as Terbitkan computes it', () => {
		expect(demo.publikasiSkm.map((p) => p.id)).toEqual(demo.rtl.map((r) => r.id));
		for (const p of demo.publikasiSkm) {
			const own = demo.responses.filter(
				(r) => r.unitId === p.unitId && r.periodeId === p.periodeId
			);
			const hasil = computeSkm(own.map((r) => r.jawaban));
			expect(p).toMatchObject({ nilai: hasil.nilai, mutu: hasil.mutu, responden: own.length });
			expect(p.nrr).toEqual(hasil.nrr);
			expect(p.rtl).toHaveLength(demo.rtl.find((r) => r.unitId === p.unitId)!.butir.length);
			// Only saran someone gave this unit, at most two of them: the rest stay unpublished.
			const given = new Set(own.flatMap((r) => (r.saran ? [r.saran] : [])));
			expect(p.saran).toHaveLength(Math.min(2, given.size));
			for (const saran of p.saran) expect(own.map((r) => r.saran)).toContain(saran);
			expect(JSON.stringify(p)).not.toMatch(/jenisKelamin|usia|pendidikan|pekerjaan/);
		}
		expect(demo.publikasiSkm.some((p) => p.saran.length > 0)).toBe(true);
	});

	it('prefixes every id with demo- (periods keep their calendar id) and never repeats one', () => {
		const kinds = [
			demo.units,
			demo.jenisLayanan,
			demo.populasi,
			demo.indikator,
			demo.realisasi,
			demo.responses,
			demo.rtl,
			demo.forumKonsultasi,
			demo.publikasiSkm
		].map((list) => list.map((d) => d.id));
		// Unique within each kind: ids of different kinds may meet (a unit's realisation, RTL and
		// publication of a period are all `<unit>:<periode>`), their documents' ids do not.
		for (const ids of kinds) {
			expect(ids.every((id) => id.startsWith(DEMO_PREFIX))).toBe(true);
			expect(new Set(ids).size).toBe(ids.length);
		}
		expect(demo.periode.map((p) => p.id)).toEqual(PERIODE);
	});

	it('stores each realisation entry under the id of its unit and triwulan, as the server requires', () => {
		for (const r of demo.realisasi) expect(r.id).toBe(realisasiId(r.unitId, r.periodeId));
	});
});

describe('the Kota Wiradesa demo set', () => {
	const ranked = demo.units.filter((u) => u.dinilaiIndeks);
	const service = demo.units.filter((u) => u.layananSkm);

	it('has about 30 units: 20 OPD and 3 kecamatan ranked, kelurahan and puskesmas under them', () => {
		expect(demo.units.length).toBeGreaterThanOrEqual(28);
		expect(demo.units.length).toBeLessThanOrEqual(35);
		expect(ranked.filter((u) => u.jenis !== 'kecamatan')).toHaveLength(20);
		const kecamatan = demo.units.filter((u) => u.jenis === 'kecamatan');
		expect(kecamatan).toHaveLength(3);
		expect(kecamatan.every((u) => u.dinilaiIndeks && u.layananSkm)).toBe(true);
		for (const kec of kecamatan) {
			const kelurahan = demo.units.filter((u) => u.indukId === kec.id);
			expect(kelurahan.length).toBeGreaterThanOrEqual(2);
			expect(kelurahan.length).toBeLessThanOrEqual(3);
			expect(
				kelurahan.every((k) => k.jenis === 'kelurahan' && k.layananSkm && !k.dinilaiIndeks)
			).toBe(true);
		}
		const puskesmas = demo.units.filter((u) => u.jenis === 'puskesmas');
		expect(puskesmas).toHaveLength(2);
		expect(puskesmas.every((p) => p.indukId === 'demo-dinkes' && p.layananSkm)).toBe(true);
		expect(service.length).toBeGreaterThanOrEqual(16);
		expect(service.length).toBeLessThanOrEqual(22);
	});

	it('gives every ranked OPD 3–6 indicators, with both polarities in the set', () => {
		for (const unit of ranked) {
			const n = demo.indikator.filter((i) => i.unitId === unit.id).length;
			expect(n, unit.id).toBeGreaterThanOrEqual(3);
			expect(n, unit.id).toBeLessThanOrEqual(6);
		}
		const stunting = demo.indikator.find((i) => i.nama.startsWith('Prevalensi stunting'));
		expect(stunting?.polaritas).toBe('negatif');
		expect(demo.indikator.every((i) => i.tahun === 2026)).toBe(true);
	});

	it('has a cumulative realisation entry per ranked OPD per triwulan, rising over the year', () => {
		expect(demo.realisasi).toHaveLength(ranked.length * 4);
		for (const unit of ranked) {
			const entries = PERIODE.map((p) =>
				demo.realisasi.find((r) => r.unitId === unit.id && r.periodeId === p)
			);
			const serapan = entries.map((r) => r!.realisasiAnggaran! / r!.pagu!);
			const fisik = entries.map((r) => r!.realisasiFisik!);
			expect(serapan, unit.id).toEqual([...serapan].sort((a, b) => a - b));
			expect(fisik, unit.id).toEqual([...fisik].sort((a, b) => a - b));
			expect(entries[0]!.pagu!).toBeGreaterThan(1e9);
			const ids = new Set(demo.indikator.filter((i) => i.unitId === unit.id).map((i) => i.id));
			expect(entries.every((r) => r!.indikator.every((x) => ids.has(x.indikatorId)))).toBe(true);
		}
	});

	it('is mostly verified, with a few entries still submitted or in draft in TW IV', () => {
		const status = (p: string) =>
			demo.realisasi.filter((r) => r.periodeId === p).map((r) => r.status);
		expect(
			PERIODE.slice(0, 3)
				.flatMap(status)
				.every((s) => s === 'diverifikasi')
		).toBe(true);
		const tw4 = status('2026-TW4');
		expect(tw4.filter((s) => s === 'diajukan').length).toBeGreaterThan(0);
		expect(tw4.filter((s) => s === 'draft').length).toBeGreaterThan(0);
		expect(tw4.filter((s) => s === 'diverifikasi').length).toBeGreaterThan(tw4.length / 2);
	});

	it("leaves the demo OPD account's unit its current triwulan to complete, as a draft", () => {
		const dinkes = demo.realisasi.find(
			(r) => r.unitId === 'demo-dinkes' && r.periodeId === '2026-TW4'
		)!;
		expect(dinkes.status).toBe('draft');
		expect(dinkes.indikator.at(-1)?.realisasi).toBeNull();
		expect(dinkes.riwayat?.map((r) => [r.aksi, r.oleh])).toEqual([['simpan', 'demo-opd']]);
	});

	it('records who submitted each entry waiting for the admin, and when', () => {
		const menunggu = demo.realisasi.filter((r) => r.status === 'diajukan');
		expect(menunggu.length).toBeGreaterThanOrEqual(3);
		for (const r of menunggu) {
			expect(
				r.riwayat?.map((x) => x.aksi),
				r.id
			).toEqual(['simpan', 'ajukan']);
			expect(
				r.riwayat?.every((x) => x.waktu.startsWith('2026-12-')),
				r.id
			).toBe(true);
		}
	});

	it('lists the service types of every SKM service unit, those its responses name', () => {
		for (const unit of service) {
			const kind = demo.jenisLayanan.filter((j) => j.unitId === unit.id);
			expect(kind.length, unit.id).toBeGreaterThan(0);
			expect(kind.every((j) => j.aktif)).toBe(true);
			const name = new Set(kind.map((j) => j.nama));
			const dijawab = demo.responses.filter((r) => r.unitId === unit.id);
			expect(
				dijawab.every((r) => name.has(r.jenisLayanan!)),
				unit.id
			).toBe(true);
		}
		const bukanLayanan = new Set(demo.units.filter((u) => !u.layananSkm).map((u) => u.id));
		expect(demo.jenisLayanan.some((j) => bukanLayanan.has(j.unitId))).toBe(false);
	});

	it('ranks into all three zones, with one OPD lacking P3DN once', () => {
		const indikator = demo.indikator;
		const result = demo.realisasi.map((r) =>
			computeIndeksOpd(
				{
					unitId: r.unitId,
					periodeId: r.periodeId,
					realisasi: r,
					indikator: indikator.filter((i) => i.unitId === r.unitId)
				},
				DEFAULT_SETTINGS
			)
		);
		const zona = (p: string) =>
			new Set(result.filter((h) => h.periodeId === p).map((h) => h.zona as Zona | null));
		for (const p of ['2026-TW3', '2026-TW4']) {
			expect([...zona(p)].sort(), p).toEqual(['hijau', 'kuning', 'merah']);
		}
		const kurang = result.filter((h) => h.kekurangan.includes('p3dn'));
		expect(kurang.map((h) => `${h.unitId} ${h.periodeId}`)).toEqual(['demo-satpolpp 2026-TW2']);
	});

	it('has about 3.000 SKM responses from service units in every triwulan', () => {
		expect(demo.responses.length).toBeGreaterThanOrEqual(2700);
		expect(demo.responses.length).toBeLessThanOrEqual(3300);
		for (const r of demo.responses) {
			expect(units.get(r.unitId)?.layananSkm, r.id).toBe(true);
			expect(r.waktu.endsWith('+07:00')).toBe(true);
			expect(r.waktu.slice(0, 4)).toBe('2026');
			const month = Number(r.waktu.slice(5, 7));
			expect(`2026-TW${Math.ceil(month / 3)}`).toBe(r.periodeId);
			expect(r.sumber).toBe('demo');
			expect(r.kuesionerVersi).toBe(DEMO_KUESIONER);
		}
		for (const u of service) {
			for (const p of PERIODE) {
				expect(demo.responses.some((r) => r.unitId === u.id && r.periodeId === p)).toBe(true);
			}
		}
	});

	it('leaves about 2% of answers blank and fills most profiles, with some saran', () => {
		const answers = demo.responses.flatMap((r) => UNSUR_KEYS.map((k) => r.jawaban[k]));
		const blank = answers.filter((a) => a === null).length / answers.length;
		expect(blank).toBeGreaterThan(0.01);
		expect(blank).toBeLessThan(0.035);
		const full = demo.responses.filter((r) => Object.keys(r.profil).length === 4).length;
		expect(full / demo.responses.length).toBeGreaterThan(0.8);
		const saran = demo.responses.filter((r) => r.saran).length;
		expect(saran).toBeGreaterThan(50);
		expect(saran).toBeLessThan(demo.responses.length / 5);
	});

	it('grades units apart: some A, most B, a few C, one D', () => {
		const mutu = service.map(
			(u) => computeSkm(demo.responses.filter((r) => r.unitId === u.id).map((r) => r.jawaban)).mutu
		);
		const count = (m: Mutu) => mutu.filter((x) => x === m).length;
		expect(count('A')).toBeGreaterThanOrEqual(2);
		expect(count('B')).toBeGreaterThan(service.length / 2);
		expect(count('C')).toBeGreaterThanOrEqual(2);
		expect(count('D')).toBe(1);
	});

	it('sets populations so that some samples are adequate and some fall short', () => {
		expect(demo.populasi).toHaveLength(service.length * 4);
		const memadai = demo.populasi.map((p) => {
			const n = demo.responses.filter(
				(r) => r.unitId === p.unitId && r.periodeId === p.periodeId
			).length;
			return sampelAdequacy(p.jumlah, n)!.memadai;
		});
		expect(memadai.filter(Boolean).length).toBeGreaterThanOrEqual(10);
		expect(memadai.filter((m) => !m).length).toBeGreaterThanOrEqual(10);
	});
});
