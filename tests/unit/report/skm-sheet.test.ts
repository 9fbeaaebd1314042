import { describe, expect, it } from 'vitest';
import { loadLanguage } from '$lib/i18n/table';
import { roundTo } from '$lib/domain/rounding';
import { UNSUR_KEYS } from '$lib/domain/unsur';
import { sheetNames } from '$lib/import/table/xlsx';
import { skmFile, skmCsv } from '$lib/report/files';
import { buildSkmPemdaReport, buildSkmUnitReport } from '$lib/report/skm-model';
import { parseCsv } from '$lib/import/table/csv';
import { readSheet, xmlSheet } from '../../fixtures/read-xlsx';
import { CREATED, inputSkm } from './demo';

// The app loads the whole Indonesian table before a report is built (state/laporan.ts).
await loadLanguage('id');

const input = inputSkm('2026-TW2');
const report = buildSkmPemdaReport(input);
const k = { locale: 'id' as const, dibuat: CREATED };
const file = skmFile(report, 'xlsx', k);

describe('the pemda SKM report as XLSX', () => {
	it('is named after the period and holds one sheet per table', () => {
		expect(file.nama).toBe('laporan-skm-2026-TW2.xlsx');
		expect(sheetNames(file.isi)).toEqual([
			'Ringkasan',
			'Unit layanan',
			'NRR',
			'Profil responden',
			'Saran',
			'Rencana tindak lanjut',
			'Hasil tindak lanjut',
			'Profil responden seluruh unit'
		]);
	});

	it('stores every unit’s IKM, NRR and sample figures as number cells equal to the core’s', () => {
		const unit = readSheet(file.isi, 'Unit layanan');
		expect(unit.rows).toHaveLength(report.unit.length);
		report.unit.forEach((d, i) => {
			expect(unit.sel(i, 'Kode unit').teks).toBe(d.unit.id);
			expect(unit.angka(i, 'Responden')).toBe(d.hasil.responden);
			expect(unit.angka(i, 'Nilai IKM (25–100)')).toBe(d.hasil.nilai);
			expect(unit.angka(i, 'IKM (skala 1–4)')).toBe(d.hasil.ikm);
			expect(unit.sel(i, 'Mutu').teks).toBe(d.hasil.mutu);
			for (const key of UNSUR_KEYS) {
				expect(unit.angka(i, `NRR ${key.toUpperCase()}`)).toBe(d.hasil.nrr[key]);
			}
			if (d.sampel) {
				expect(unit.angka(i, 'Sampel minimal (Krejcie & Morgan)')).toBe(d.sampel.dibutuhkan);
				expect(unit.angka(i, 'Kekurangan responden')).toBe(d.sampel.kurang);
			}
		});
		const kurang = report.unit.find((d) => d.sampel && !d.sampel.memadai)!;
		const i = report.unit.indexOf(kurang);
		expect(unit.sel(i, 'Kecukupan sampel').teks).toContain('Sampel belum memadai');
		expect(unit.sel(i, 'Kecukupan sampel').teks).toContain(`perlu ${kurang.sampel!.kurang}`);
	});

	it('lists the NRR of each unsur per unit, with mutu and the three priorities', () => {
		const nrr = readSheet(file.isi, 'NRR');
		expect(nrr.rows).toHaveLength(report.unit.length * 9);
		const d = report.unit[0]!;
		UNSUR_KEYS.forEach((key, i) => {
			expect(nrr.sel(i, 'Kode unit').teks).toBe(d.unit.id);
			expect(nrr.angka(i, 'NRR')).toBe(d.hasil.nrr[key]);
			expect(nrr.angka(i, 'NRR tertimbang')).toBeCloseTo(d.hasil.nrrTertimbang[key]!, 12);
			expect(nrr.sel(i, 'Mutu').teks).toBe(d.hasil.mutuUnsur[key]);
		});
		const prioritas = UNSUR_KEYS.map((_, i) => nrr.sel(i, 'Prioritas perbaikan').teks);
		expect(d.hasil.unsurTerendah.map((key) => prioritas[UNSUR_KEYS.indexOf(key)])).toEqual([
			'1',
			'2',
			'3'
		]);
	});

	it('stores profile shares as percentages Excel formats, and saran times as date cells', () => {
		const profil = readSheet(file.isi, 'Profil responden');
		const d = report.unit[0]!;
		const perempuan = profil.rows.findIndex(
			(r) => r.cells[0] === d.unit.id && r.cells[3] === 'Perempuan'
		);
		expect(profil.angka(perempuan, 'Jumlah')).toBe(d.profil.jenisKelamin.P);
		expect(profil.angka(perempuan, 'Persen')).toBeCloseTo(
			d.profil.jenisKelamin.P! / d.hasil.responden,
			12
		);

		const saran = readSheet(file.isi, 'Saran');
		expect(saran.rows).toHaveLength(report.unit.reduce((n, u) => n + u.saran.length, 0));
		const pertama = report.unit.find((u) => u.saran.length > 0)!;
		const i = saran.rows.findIndex((r) => r.cells[0] === pertama.unit.id);
		expect(saran.sel(i, 'Waktu')).toEqual({
			teks: pertama.saran[0]!.waktu.slice(0, 10),
			angka: false,
			tanggal: true
		});
		expect(saran.sel(i, 'Saran').teks).toBe(pertama.saran[0]!.teks);
	});

	it('names the pemda IKM and the settings it was computed with', () => {
		const summary = readSheet(file.isi, 'Ringkasan');
		const value = (butir: string) => summary.rows.findIndex((r) => r.cells[0] === butir);
		expect(summary.angka(value('Nilai IKM (25–100)'), 'Nilai')).toBe(report.pemda!.hasil.nilai);
		expect(summary.sel(value('Dibuat'), 'Nilai')).toMatchObject({
			teks: '2026-07-01',
			tanggal: true
		});
		expect(summary.sel(value('Bobot unsur'), 'Nilai').teks).toBe('Bobot unsur 1/9 (eksak).');
		expect(summary.sel(value('IKM pemda'), 'Nilai').teks).toBe('IKM pemda: rata-rata IKM unit.');
	});

	it('never writes a formula', () => {
		for (const xml of xmlSheet(file.isi)) expect(xml).not.toMatch(/<f[\s>]/);
	});
});

describe('one unit’s SKM report', () => {
	const unit = buildSkmUnitReport(input, report.unit.at(-1)!.unit.id)!;

	it('holds only that unit, with its own summary', () => {
		const content = skmFile(unit, 'xlsx', k).isi;
		expect(readSheet(content, 'Unit layanan').rows).toHaveLength(1);
		const summary = readSheet(content, 'Ringkasan');
		const i = summary.rows.findIndex((r) => r.cells[0] === 'Nilai IKM (25–100)');
		expect(summary.angka(i, 'Nilai')).toBe(unit.unit[0]!.hasil.nilai);
	});

	it('gives its NRR table as CSV with decimal commas, rounded as the report prints them', () => {
		const csv = skmCsv(unit, 'id');
		expect(csv.nama).toBe(`skm-nrr-${unit.unit[0]!.unit.id}-2026-TW2.csv`);
		const table = parseCsv(new TextDecoder().decode(csv.isi));
		expect(table.header[2]).toBe('NRR');
		const nrr = unit.unit[0]!.hasil.nrr.u1!;
		expect(table.rows[0]!.cells[2]).toBe(String(roundTo(nrr, 3)).replace('.', ','));
		for (const row of table.rows) {
			for (const cell of row.cells) expect(cell).not.toMatch(/,\d{5,}$/);
		}
	});
});
