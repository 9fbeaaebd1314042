import { describe, it, expect } from 'vitest';
import { parseCsv } from '$lib/import/table/csv';
import { groupSkm, parseSkmRows } from '$lib/import/skm/rows';
import { parseXlsx } from '$lib/import/table/xlsx';
import { UNSUR_KEYS } from '$lib/domain/unsur';
import {
	randomOrder,
	makeResponden,
	SKM_COLUMNS,
	skmCsv,
	skmXlsx
} from '../../../fixtures/skm-csv-factory';

const HEADER = 'unit,tanggal,u1,u2,u3,u4,u5,u6,u7,u8,u9';
const csv = (...lines: string[]) => parseSkmRows(parseCsv([HEADER, ...lines].join('\n')));

describe('parseSkmRows', () => {
	it('turns each row into answers keyed by unsur, with its ISO date and triwulan', () => {
		const { rows, errors } = csv('Disdukcapil,2026-03-31,4,3,2,1,4,3,2,1,4');
		expect(errors).toEqual([]);
		expect(rows).toEqual([
			{
				line: 2,
				unit: 'Disdukcapil',
				tanggal: '2026-03-31',
				periodeId: '2026-TW1',
				jawaban: { u1: 4, u2: 3, u3: 2, u4: 1, u5: 4, u6: 3, u7: 2, u8: 1, u9: 4 },
				profil: {}
			}
		]);
	});

	it('reads a blank answer as not answered (null), not as 0', () => {
		const { rows } = csv('A,2026-01-02,4,,3,4,4,4,4,4,4');
		expect(rows[0]!.jawaban.u2).toBeNull();
	});

	it('accepts any column order, any case and spacing in names, and ignores unknown columns', () => {
		const t = parseCsv(
			' U9 ;Catatan;Tanggal;UNIT;u8;u7;u6;u5;u4;u3;u2;u1;Jenis Kelamin\n1;x;05/04/2026;  RSUD ;2;3;4;1;2;3;4;1;perempuan\n'
		);
		const { rows, errors } = parseSkmRows(t);
		expect(errors).toEqual([]);
		expect(rows[0]).toMatchObject({
			unit: 'RSUD',
			tanggal: '2026-04-05',
			periodeId: '2026-TW2',
			jawaban: { u1: 1, u2: 4, u3: 3, u4: 2, u5: 1, u6: 4, u7: 3, u8: 2, u9: 1 },
			profil: { jenisKelamin: 'P' }
		});
	});

	it('reads the optional profile, saran and jenis layanan', () => {
		const t = parseCsv(
			`${HEADER},jenis_kelamin,usia,pendidikan,pekerjaan,saran,jenis_layanan\n` +
				'A,2026-07-01T09:15:00+08:00,4,4,4,4,4,4,4,4,4,L,45,S1,wiraswasta," Antrean, mohon dipercepat ",KTP-el\n'
		);
		const { rows, errors } = parseSkmRows(t);
		expect(errors).toEqual([]);
		expect(rows[0]).toEqual({
			line: 2,
			unit: 'A',
			tanggal: '2026-07-01',
			waktu: '2026-07-01T09:15:00+08:00',
			periodeId: '2026-TW3',
			jawaban: Object.fromEntries(UNSUR_KEYS.map((k) => [k, 4])),
			profil: { jenisKelamin: 'L', usia: 45, pendidikan: 'D4-S1', pekerjaan: 'Wirausaha' },
			saran: 'Antrean, mohon dipercepat',
			jenisLayanan: 'KTP-el'
		});
	});

	it('reports an answer outside 1–4 with its line, column, key and value', () => {
		const { rows, errors } = csv(
			'A,2026-01-02,4,4,4,4,4,4,4,4,4',
			'A,2026-01-02,4,4,4,4,4,4,4,4,4',
			'A,2026-01-02,4,4,4,4,4,4,4,4,4',
			'A,2026-01-02,4,4,4,4,4,4,4,4,4',
			'A,2026-01-02,4,4,4,4,4,4,4,4,4',
			'A,2026-01-02,4,4,5,4,4,4,4,4,4'
		);
		expect(rows).toHaveLength(5);
		expect(errors).toEqual([
			{ line: 7, column: 'u3', key: 'import.skorDiLuarRentang', value: '5' }
		]);
	});

	it('rejects answers that are not whole numbers 1–4', () => {
		const { errors } = csv('A,2026-01-02,0,3.5,"3,5",x,-1,4,4,4,4');
		expect(errors.map((e) => [e.column, e.value])).toEqual([
			['u1', '0'],
			['u2', '3.5'],
			['u3', '3,5'],
			['u4', 'x'],
			['u5', '-1']
		]);
		expect(errors.every((e) => e.key === 'import.skorDiLuarRentang' && e.line === 2)).toBe(true);
	});

	it('reports every problem of a row and leaves the row out', () => {
		const t = parseCsv(
			`${HEADER},jenis_kelamin,usia,pendidikan,pekerjaan\n` +
				' ,31/02/2026,4,4,4,4,4,4,4,4,4,X,7,TK,Petani\n' +
				'B,,4,4,4,4,4,4,4,4,4,,,,\n'
		);
		const { rows, errors } = parseSkmRows(t);
		expect(rows).toEqual([]);
		expect(errors.map((e) => [e.line, e.column, e.key])).toEqual([
			[2, 'unit', 'import.unitKosong'],
			[2, 'tanggal', 'import.tanggalTidakValid'],
			[2, 'jenis_kelamin', 'import.jenisKelaminTidakDikenal'],
			[2, 'usia', 'import.usiaTidakValid'],
			[2, 'pendidikan', 'import.pendidikanTidakDikenal'],
			[2, 'pekerjaan', 'import.pekerjaanTidakDikenal'],
			[3, 'tanggal', 'import.tanggalKosong']
		]);
		expect(errors[4]!.params).toEqual({ pilihan: 'SD, SMP, SMA, D1-D3, D4-S1, S2, S3' });
	});

	it('reports a respondent with none of the nine answers', () => {
		expect(csv('A,2026-01-02,,,,,,,,,').errors).toEqual([{ line: 2, key: 'import.tanpaJawaban' }]);
	});

	it('reports text longer than the schema allows', () => {
		const t = parseCsv(`${HEADER},saran\nA,2026-01-02,4,4,4,4,4,4,4,4,4,${'x'.repeat(2001)}\n`);
		expect(parseSkmRows(t).errors).toEqual([
			{ line: 2, column: 'saran', key: 'import.teksTerlaluPanjang', params: { maks: 2000 } }
		]);
	});

	it('reports missing required columns once, as a file-level error, and reads no rows', () => {
		const { rows, errors } = parseSkmRows(parseCsv('unit,u1,u2,u3\nA,4,4,4\n'));
		expect(rows).toEqual([]);
		expect(errors).toEqual([
			{ line: 1, column: 'tanggal, u4, u5, u6, u7, u8, u9', key: 'import.kolomWajibHilang' }
		]);
	});

	it('reports a duplicated column and an empty file', () => {
		expect(parseSkmRows(parseCsv(`${HEADER},U1\n`)).errors).toEqual([
			{ line: 1, column: 'u1', key: 'import.kolomGanda' }
		]);
		expect(parseSkmRows(parseCsv('')).errors).toEqual([{ line: null, key: 'import.berkasKosong' }]);
	});

	it('reads generated files the same from CSV (shuffled, semicolon, day-first) and XLSX', () => {
		const responden = makeResponden({ seed: 7, perUnit: 15 });
		const biasa = parseSkmRows(parseCsv(skmCsv(responden)));
		const column = randomOrder(SKM_COLUMNS, 3);
		const acak = parseSkmRows(
			parseCsv(
				skmCsv(responden, { kolom: column, delimiter: ';', bom: true, formatTanggal: 'dmy' })
			)
		);
		const xlsx = parseXlsx(skmXlsx(responden, { kolom: column }));
		if (!xlsx.ok) throw new Error('unreadable');
		const dariXlsx = parseSkmRows(xlsx.tabel);
		expect(biasa.errors).toEqual([]);
		expect(biasa.rows).toHaveLength(30);
		const tanpaLine = (r: { line: number }) => ({ ...r, line: 0 });
		expect(acak.rows.map(tanpaLine)).toEqual(biasa.rows.map(tanpaLine));
		expect(dariXlsx.rows.map(tanpaLine)).toEqual(biasa.rows.map(tanpaLine));
		expect(biasa.rows.map((r) => r.jawaban)).toEqual(responden.map((p) => p.jawaban));
	});
});

describe('groupSkm', () => {
	const { rows } = csv(
		'Disdukcapil,2026-04-01,4,4,4,4,4,4,4,4,4',
		'RSUD,2026-01-01,3,3,3,3,3,3,3,3,3',
		'disdukcapil ,2026-01-05,2,2,2,2,2,2,2,2,2'
	);

	it('pools all rows of a unit, names compared ignoring case and spacing', () => {
		const k = groupSkm(rows);
		expect(k.map((g) => [g.unit, g.periodeId, g.rows.map((r) => r.line)])).toEqual([
			['Disdukcapil', undefined, [2, 4]],
			['RSUD', undefined, [3]]
		]);
	});

	it('splits per triwulan on request, ordered by triwulan', () => {
		const k = groupSkm(rows, true);
		expect(k.map((g) => [g.periodeId, g.unit, g.rows.length])).toEqual([
			['2026-TW1', 'RSUD', 1],
			['2026-TW1', 'disdukcapil', 1],
			['2026-TW2', 'Disdukcapil', 1]
		]);
	});
});
