import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { computeIndeksOpd } from '$lib/domain/indeks';
import { DEFAULT_SETTINGS, idSchema } from '$lib/domain/schemas';
import { parseCsv } from '$lib/import/table/csv';
import { indikatorIdFrom, unitIdFrom } from '$lib/import/ids';
import { REALISASI_COLUMNS, indeksInputs, parseRealisasiRows } from '$lib/import/realisasi/rows';
import { parseXlsx } from '$lib/import/table/xlsx';
import { exampleOpd, realisasiCsv, realisasiXlsx } from '../../../fixtures/realisasi-csv-factory';

const HEADER = REALISASI_COLUMNS.join(',');
const importRows = (...lines: string[]) =>
	parseRealisasiRows(parseCsv([HEADER, ...lines].join('\n')));

describe('parseRealisasiRows', () => {
	it('builds one Realisasi per OPD and triwulan and one Indikator per OPD, year and name', () => {
		const result = importRows(
			'Dinas Kesehatan,2026,1,"Rp 1.000.000.000","250.000.000","30,5",80000000,100000000,200000000,Cakupan imunisasi,%,positif,50,"45,5"',
			'Dinas Kesehatan,2026,1,,,,,,,Prevalensi stunting,%,negatif,20,22'
		);
		expect(result.errors).toEqual([]);
		expect(result.unit).toEqual([{ id: 'dinas-kesehatan', nama: 'Dinas Kesehatan' }]);
		const imunisasi = indikatorIdFrom('dinas-kesehatan', 2026, 'Cakupan imunisasi');
		const stunting = indikatorIdFrom('dinas-kesehatan', 2026, 'Prevalensi stunting');
		expect(result.periode).toEqual([
			{
				periodeId: '2026-TW1',
				realisasi: [
					{
						id: 'dinas-kesehatan:2026-TW1',
						unitId: 'dinas-kesehatan',
						periodeId: '2026-TW1',
						pagu: 1_000_000_000,
						realisasiAnggaran: 250_000_000,
						realisasiFisik: 30.5,
						p3dn: {
							realisasiPdn: 80_000_000,
							komitmenPdn: 100_000_000,
							totalPengadaan: 200_000_000
						},
						indikator: [
							{ indikatorId: imunisasi, realisasi: 45.5 },
							{ indikatorId: stunting, realisasi: 22 }
						],
						status: 'diverifikasi'
					}
				]
			}
		]);
		expect(result.indikator.map((i) => [i.nama, i.polaritas, i.target])).toEqual([
			['Cakupan imunisasi', 'positif', [50, null, null, null]],
			['Prevalensi stunting', 'negatif', [20, null, null, null]]
		]);
	});

	it('derives the same valid ids from the same names, whatever their case and spacing', () => {
		expect(unitIdFrom('  Dinas  Kesehatan ')).toBe(unitIdFrom('dinas kesehatan'));
		const a = indikatorIdFrom('dinkes', 2026, 'Cakupan  Imunisasi');
		expect(a).toBe(indikatorIdFrom('dinkes', 2026, 'cakupan imunisasi'));
		expect(a).not.toBe(indikatorIdFrom('dinkes', 2027, 'cakupan imunisasi'));
		const panjang = 'Persentase '.repeat(40);
		for (const id of [
			a,
			unitIdFrom(panjang),
			indikatorIdFrom(unitIdFrom(panjang), 2026, panjang),
			unitIdFrom('—')
		]) {
			expect(idSchema.safeParse(id).success, id).toBe(true);
		}
		expect(indikatorIdFrom('dinkes', 2026, 'Rasio A/B')).not.toBe(
			indikatorIdFrom('dinkes', 2026, 'Rasio A-B')
		);
	});

	it('collects the targets of each triwulan into the indicator of the year', () => {
		const result = parseRealisasiRows(parseCsv(realisasiCsv(exampleOpd())));
		expect(result.errors).toEqual([]);
		const jalan = result.indikator.find((i) => i.nama === 'Jalan mantap')!;
		expect(jalan.target).toEqual([40, 45, null, null]);
		expect(jalan.polaritas).toBe('positif');
		expect(result.periode.map((p) => [p.periodeId, p.realisasi.map((r) => r.unitId)])).toEqual([
			['2026-TW1', ['dinas-kesehatan', 'dinas-pupr', 'kecamatan-utara']],
			['2026-TW2', ['dinas-kesehatan', 'dinas-pupr']]
		]);
	});

	it('gives the same documents whether OPD values are repeated or given once, CSV or XLSX', () => {
		const data = exampleOpd();
		const sekali = parseRealisasiRows(parseCsv(realisasiCsv(data)));
		const ulang = parseRealisasiRows(
			parseCsv(realisasiCsv(data, { ulangOpd: true, delimiter: ';' }))
		);
		const polos = parseRealisasiRows(parseCsv(realisasiCsv(data, { angka: 'polos' })));
		const xlsx = parseXlsx(realisasiXlsx(data, { ulangOpd: true }));
		if (!xlsx.ok) throw new Error('unreadable');
		const dariXlsx = parseRealisasiRows(xlsx.tabel);
		for (const h of [ulang, polos, dariXlsx]) {
			expect(h.errors).toEqual([]);
			expect(h.periode).toEqual(sekali.periode);
			expect(h.indikator).toEqual(sekali.indikator);
		}
	});

	it('reads a spreadsheet number 1.234 as 1,234 but typed "1.234" as 1234', () => {
		const data = exampleOpd().slice(2, 3);
		data[0]!.indikator[0]!.realisasi = 1.234;
		const xlsx = parseXlsx(realisasiXlsx(data));
		if (!xlsx.ok) throw new Error('unreadable');
		expect(parseRealisasiRows(xlsx.tabel).periode[0]!.realisasi[0]!.indikator[0]!.realisasi).toBe(
			1.234
		);
		const typed = importRows('Dinas PUPR,2026,1,,,,,,,Jalan mantap,km,+,40,1.234');
		expect(typed.periode[0]!.realisasi[0]!.indikator[0]!.realisasi).toBe(1234);
	});

	it('accepts a row with only OPD-level values, triwulan as I–IV or TW, a grouped year', () => {
		const result = importRows(
			'Kecamatan Utara,2026,TW II,300000000,75000000,25,,,,,,,,',
			'Kecamatan Utara,2.026,iv,300000000,,,,,,,,,,'
		);
		expect(result.errors).toEqual([]);
		expect(result.periode.map((p) => [p.periodeId, p.realisasi[0]!.indikator])).toEqual([
			['2026-TW2', []],
			['2026-TW4', []]
		]);
		expect(result.indikator).toEqual([]);
	});

	it('reports OPD-level values that disagree, naming the earlier line, and leaves the row out', () => {
		const result = importRows(
			'Dinkes,2026,1,1.000.000,500.000,50,,,,Indikator A,%,positif,10,10',
			'Dinkes,2026,1,1.000.000,,,,,,Indikator B,%,positif,10,9',
			'Dinkes,2026,1,1.200.000,500.000,50,,,,Indikator C,%,positif,10,8'
		);
		expect(result.errors).toEqual([
			{
				line: 4,
				column: 'pagu',
				key: 'import.nilaiBerbeda',
				value: '1.200.000',
				params: { lineLain: 2, valueLain: '1.000.000' }
			}
		]);
		expect(result.periode[0]!.realisasi[0]!.indikator).toHaveLength(2);
		expect(result.periode[0]!.realisasi[0]!.pagu).toBe(1_000_000);
	});

	it('reports an indicator given twice for the same OPD and triwulan, and satuan or polaritas changing', () => {
		const result = importRows(
			'Dinkes,2026,1,,,,,,,Stunting,%,negatif,20,19',
			'Dinkes,2026,1,,,,,,,stunting,%,negatif,20,18',
			'Dinkes,2026,2,,,,,,,Stunting,persen,+,19,18'
		);
		expect(result.errors.map((e) => [e.line, e.column, e.key, e.params])).toEqual([
			[3, 'indikator', 'import.indikatorGanda', { lineLain: 2 }],
			[4, 'satuan', 'import.nilaiBerbeda', { lineLain: 2, valueLain: '%' }],
			[4, 'polaritas', 'import.nilaiBerbeda', { lineLain: 2, valueLain: 'negatif' }]
		]);
	});

	it('reports bad cells with their line and column', () => {
		const result = importRows(
			',26,5,abc,-5,101,,,,,km,,,',
			'Dinkes,2026,1,,,,,,,Stunting,,netral,"1,2,3",',
			'Dinkes,2026,1,,,,,,,Stunting2,%,-,,'
		);
		expect(result.errors.map((e) => [e.line, e.column, e.key])).toEqual([
			[2, 'unit', 'import.unitKosong'],
			[2, 'tahun', 'import.tahunTidakValid'],
			[2, 'triwulan', 'import.triwulanTidakValid'],
			[2, 'pagu', 'import.angkaTidakValid'],
			[2, 'realisasi_anggaran', 'import.angkaNegatif'],
			[2, 'realisasi_fisik', 'import.fisikDiLuarRentang'],
			[2, 'satuan', 'import.isianIndikatorTanpaNama'],
			[3, 'satuan', 'import.satuanKosong'],
			[3, 'polaritas', 'import.polaritasTidakDikenal'],
			[3, 'target', 'import.angkaTidakValid']
		]);
		expect(result.indikator.map((i) => [i.nama, i.polaritas, i.target[0]])).toEqual([
			['Stunting2', 'negatif', null]
		]);
	});

	it('requires every column of the format in the header', () => {
		const result = parseRealisasiRows(parseCsv('unit,tahun,triwulan,pagu\nA,2026,1,5\n'));
		expect(result.errors).toHaveLength(1);
		expect(result.errors[0]).toMatchObject({ line: 1, key: 'import.kolomWajibHilang' });
		expect(result.errors[0]!.column).toContain('realisasi_anggaran');
		expect(result.periode).toEqual([]);
	});
});

describe('indeksInputs', () => {
	it('lists every OPD of the year in each triwulan, without realisasi where it has no rows', () => {
		const result = parseRealisasiRows(parseCsv(realisasiCsv(exampleOpd())));
		const tw2 = indeksInputs(result)[1]!;
		expect(tw2.periodeId).toBe('2026-TW2');
		expect(tw2.masukan.map((m) => [m.unitId, m.realisasi?.id ?? null, m.indikator.length])).toEqual(
			[
				['dinas-kesehatan', 'dinas-kesehatan:2026-TW2', 2],
				['dinas-pupr', 'dinas-pupr:2026-TW2', 1],
				['kecamatan-utara', null, 0]
			]
		);
	});

	it('feeds hitungIndeksOpd: Dinas Kesehatan TW I = 0,2·25 + 0,2·30 + 0,5·90 + 0,1·80 = 64', () => {
		const result = parseRealisasiRows(parseCsv(realisasiCsv(exampleOpd())));
		const [tw1] = indeksInputs(result);
		const dinkes = computeIndeksOpd(tw1!.masukan[0]!, DEFAULT_SETTINGS);
		expect(dinkes.indeks).toBe(64);
		expect(dinkes.zona).toBe('kuning');
	});

	it('reads the hand-made example file for the README without errors', () => {
		const text = readFileSync(
			new URL('../../../fixtures/contoh-realisasi.csv', import.meta.url),
			'utf8'
		);
		const result = parseRealisasiRows(parseCsv(text));
		expect(result.errors).toEqual([]);
		expect(result.unit).toHaveLength(3);
		expect(result.periode.map((p) => p.periodeId)).toEqual(['2026-TW1', '2026-TW2']);
	});
});
