import { describe, expect, it } from 'vitest';
import { loadLanguage } from '$lib/i18n/table';
import { KOMPONEN_KEYS } from '$lib/domain/indeks';
import { parseNumber } from '$lib/domain/format';
import { parseCsv } from '$lib/import/table/csv';
import { sheetNames } from '$lib/import/table/xlsx';
import { raporFile, rankingCsv } from '$lib/report/files';
import { buildRaporReport } from '$lib/report/rapor-model';
import { readSheet, xmlStyles } from '../../fixtures/read-xlsx';
import { CREATED, inputRapor } from './demo';

// The app loads the whole Indonesian table before a report is built (state/laporan.ts).
await loadLanguage('id');

const report = buildRaporReport(inputRapor('2026-TW3'));
const { rows } = report.view;
const file = raporFile(report, 'xlsx', { locale: 'id', dibuat: CREATED });

describe('the Rapor OPD as XLSX', () => {
	it('holds the ranking, components, indicators, realisation and trend sheets', () => {
		expect(file.nama).toBe('rapor-opd-2026-TW3.xlsx');
		expect(sheetNames(file.isi)).toEqual([
			'Ringkasan',
			'Peringkat',
			'Komponen',
			'Indikator',
			'Realisasi',
			'Tren'
		]);
	});

	it('ranks as the core does: rank, index, zone, movement and missing data per OPD', () => {
		const peringkat = readSheet(file.isi, 'Peringkat');
		expect(peringkat.rows).toHaveLength(rows.length);
		rows.forEach((row, i) => {
			expect(peringkat.sel(i, 'Kode unit').teks).toBe(row.unit.id);
			if (row.baris.peringkat === null) expect(peringkat.sel(i, 'Peringkat').teks).toBe('');
			else expect(peringkat.angka(i, 'Peringkat')).toBe(row.baris.peringkat);
			if (row.hasil.indeks !== null) expect(peringkat.angka(i, 'Indeks')).toBe(row.hasil.indeks);
			if (row.baris.naik !== null)
				expect(peringkat.angka(i, 'Naik peringkat')).toBe(row.baris.naik);
		});
		const berubah = rows.findIndex((r) => (r.baris.naik ?? 0) < 0);
		expect(peringkat.angka(berubah, 'Naik peringkat')).toBeLessThan(0);
		const kurang = rows.findIndex((r) => r.hasil.kekurangan.length > 0);
		if (kurang >= 0) expect(peringkat.sel(kurang, 'Catatan').teks).toContain('Data kurang');
		const baru = rows.findIndex((r) => r.baris.naik === null);
		expect(peringkat.sel(baru, 'Naik peringkat').teks).toBe('');
	});

	it('keeps component percentages as fractions with a % format, contributions as numbers', () => {
		const komponen = readSheet(file.isi, 'Komponen');
		expect(komponen.rows).toHaveLength(rows.length * 4);
		const top = rows[0]!;
		KOMPONEN_KEYS.forEach((key, i) => {
			const k = top.hasil.komponen[key];
			expect(komponen.angka(i, 'Nilai (%)') * 100).toBeCloseTo(k.nilai!, 10);
			expect(komponen.angka(i, 'Dipakai (%)') * 100).toBeCloseTo(k.dipakai!, 10);
			expect(komponen.angka(i, 'Bobot (%)')).toBeCloseTo(k.bobot / 100, 12);
			expect(komponen.angka(i, 'Kontribusi')).toBe(k.kontribusi);
		});
		const gaya = xmlStyles(file.isi);
		expect(gaya).toContain('formatCode="0.00%"');
		expect(gaya).toContain('formatCode="#,##0.00"');
		expect(gaya).toContain('formatCode="&quot;Rp&quot;#,##0"');
	});

	it('gives each indicator its target, realisasi, capaian and Permendagri 86/2017 category', () => {
		const indikator = readSheet(file.isi, 'Indikator');
		const all = rows.flatMap((r) => r.hasil.indikator);
		expect(indikator.rows).toHaveLength(all.length);
		all.forEach((b, i) => {
			expect(indikator.sel(i, 'Kode indikator').teks).toBe(b.indikator.id);
			if (b.target !== null) expect(indikator.angka(i, 'Target')).toBe(b.target);
			if (b.hasil.status === 'ok') {
				expect(indikator.angka(i, 'Capaian (%)') * 100).toBeCloseTo(b.hasil.nilai, 10);
			}
		});
		const kategori = new Set(indikator.rows.map((r) => r.cells[indikator.kolom('Kategori')]));
		expect([...kategori].some((k) => k === 'Sangat tinggi')).toBe(true);
	});

	it('stores Rupiah as whole numbers, the trend as one column per triwulan', () => {
		const realisasi = readSheet(file.isi, 'Realisasi');
		rows.forEach((row, i) => {
			if (row.realisasi?.pagu != null) expect(realisasi.angka(i, 'Pagu')).toBe(row.realisasi.pagu);
		});
		const tren = readSheet(file.isi, 'Tren');
		expect(tren.header.slice(2)).toEqual(['TW I 2026', 'TW II 2026', 'TW III 2026']);
		rows.forEach((row, i) => {
			if (row.hasil.indeks !== null) expect(tren.angka(i, 'TW III 2026')).toBe(row.hasil.indeks);
		});
	});

	it('names every setting the index was computed with', () => {
		const r = readSheet(file.isi, 'Ringkasan');
		const text = r.rows.map((row) => row.cells.join(' = '));
		expect(text).toContain(
			'Rumus indikator negatif = Indikator negatif: (2 − realisasi/target) × 100.'
		);
		expect(text).toContain('Rumus P3DN = P3DN: realisasi PDN / komitmen PDN.');
		const bobot = r.rows.findIndex((row) => row.cells[0] === 'Bobot: Capaian kinerja program');
		expect(r.angka(bobot, 'Nilai')).toBe(0.5);
		const limit = r.rows.findIndex((row) => row.cells[0] === 'Batas capaian per indikator (%)');
		expect(r.angka(limit, 'Nilai')).toBe(1);
	});
});

describe('the ranking table as CSV', () => {
	it('is what Excel in Indonesian reads: BOM, semicolons, decimal commas, the core’s figures', () => {
		const csv = rankingCsv(report, 'id');
		expect(csv.nama).toBe('peringkat-opd-2026-TW3.csv');
		expect([...csv.isi.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const text = new TextDecoder().decode(csv.isi);
		expect(text.split('\r\n')[0]).toContain(';');
		const table = parseCsv(text);
		expect(table.rows).toHaveLength(rows.length);
		rows.forEach((row, i) => {
			const cells = table.rows[i]!.cells;
			expect(cells[1]).toBe(row.unit.id);
			expect(cells[3] === '' ? null : parseNumber(cells[3]!)).toBe(row.hasil.indeks);
		});
	});
});
