import { describe, expect, it } from 'vitest';
import type { Indikator, JenisLayanan, Populasi } from '$lib/domain/schemas';
import { indikatorIdFrom } from '$lib/import/ids';
import { formatMasterError } from '$lib/import/master/errors';
import { populasiIdFrom } from '$lib/import/master/populasi';
import { parseXlsx } from '$lib/import/table/xlsx';
import { writeXlsx } from '$lib/import/table/xlsx-write';
import { reference, csv, message, plan } from './helpers';

describe('the jenis layanan format', () => {
	it('reads a row; a blank aktif is ya, and a blank id gets a code from the unit and name', () => {
		const r = plan(
			'jenis-layanan',
			csv('jenis-layanan', 'jl-kk,dinkes,Kartu sehat,tidak', ',dinkes,Surat keterangan sehat,')
		);
		expect(r.errors).toEqual([]);
		expect(r.baru[0]).toEqual({ id: 'jl-kk', unitId: 'dinkes', nama: 'Kartu sehat', aktif: false });
		expect(r.baru[1]).toMatchObject({ unitId: 'dinkes', aktif: true });
		expect(r.baru[1]?.id).toMatch(/^jl-dinkes-surat-keterangan-sehat-[0-9a-f]{8}$/);
	});

	it('updates the stored type of the same unit and name (ignoring case and spacing) for a blank id', () => {
		const stored: JenisLayanan = { id: 'jl-1', unitId: 'dinkes', nama: 'Kartu Sehat', aktif: true };
		const r = plan(
			'jenis-layanan',
			csv('jenis-layanan', ',dinkes,  kartu   sehat ,tidak'),
			reference({ tersimpan: [stored] })
		);
		expect(r.errors).toEqual([]);
		expect(r.berubah).toEqual([
			{ id: 'jl-1', unitId: 'dinkes', nama: 'kartu   sehat', aktif: false }
		]);
	});

	it('refuses a unit that is not on the device', () => {
		const r = plan('jenis-layanan', csv('jenis-layanan', ',dinas-hilang,Izin,ya'));
		expect(message(r.errors)).toEqual([
			'Baris 2, kolom unit_id: unit "dinas-hilang" tidak ada di perangkat ini (impor atau tambahkan unitnya dulu)'
		]);
	});

	it('refuses the same name twice for one unit in the file', () => {
		const r = plan('jenis-layanan', csv('jenis-layanan', ',dinkes,Izin,ya', 'x,dinkes,IZIN,ya'));
		expect(message(r.errors)).toEqual([
			'Baris 3: "dinkes / izin" sudah ada di baris 2 (unit_id + nama harus unik)'
		]);
	});

	it('refuses a new code for a name the unit already has under another code', () => {
		const stored: JenisLayanan = { id: 'jl-1', unitId: 'dinkes', nama: 'Izin', aktif: true };
		const r = plan(
			'jenis-layanan',
			csv('jenis-layanan', 'jl-2,dinkes,Izin,ya'),
			reference({ tersimpan: [stored] })
		);
		expect(message(r.errors)).toEqual([
			'Baris 2, kolom id: "dinkes / izin" sudah tersimpan dengan kode jl-1; pakai kode itu atau kosongkan kolom id'
		]);
	});

	it('allows swapping names between stored types in one file', () => {
		const stored: JenisLayanan[] = [
			{ id: 'jl-1', unitId: 'dinkes', nama: 'A', aktif: true },
			{ id: 'jl-2', unitId: 'dinkes', nama: 'B', aktif: true }
		];
		const r = plan(
			'jenis-layanan',
			csv('jenis-layanan', 'jl-1,dinkes,B,ya', 'jl-2,dinkes,A,ya'),
			reference({ tersimpan: stored })
		);
		expect(r.errors).toEqual([]);
		expect(r.berubah).toHaveLength(2);
	});
});

describe('the populasi format', () => {
	it('reads a unit, a period in the usual spellings and a whole number with thousands dots', () => {
		const r = plan(
			'populasi',
			csv(
				'populasi',
				'dinkes,2026-TW1,4.800',
				'kec-utara,2026 tw ii,120',
				'kel-sukamaju,2026-TWIV,7'
			)
		);
		expect(r.errors).toEqual([]);
		expect(r.baru.map((p) => [p.id, p.periodeId, p.jumlah])).toEqual([
			[populasiIdFrom('dinkes', '2026-TW1'), '2026-TW1', 4800],
			[populasiIdFrom('kec-utara', '2026-TW2'), '2026-TW2', 120],
			[populasiIdFrom('kel-sukamaju', '2026-TW4'), '2026-TW4', 7]
		]);
	});

	it('refuses a count that is not a whole number of at least 1', () => {
		const r = plan(
			'populasi',
			csv(
				'populasi',
				'dinkes,2026-TW1,0',
				'dinkes,2026-TW2,"1,5"',
				'dinkes,2026-TW3,-3',
				'dinkes,2026-TW4,'
			)
		);
		expect(message(r.errors)).toEqual([
			'Baris 2, kolom jumlah: harus bilangan bulat ≥ 1 (tertulis "0")',
			'Baris 3, kolom jumlah: harus bilangan bulat ≥ 1 (tertulis "1,5")',
			'Baris 4, kolom jumlah: harus bilangan bulat ≥ 1 (tertulis "-3")',
			'Baris 5, kolom jumlah: wajib diisi'
		]);
	});

	it('refuses a period written otherwise or not in the period table', () => {
		const r = plan('populasi', csv('populasi', 'dinkes,TW1 2026,10', 'dinkes,2027-TW1,10'));
		expect(message(r.errors)).toEqual([
			'Baris 2, kolom periode: periode "TW1 2026" harus ditulis seperti 2026-TW1',
			'Baris 3, kolom periode: periode 2027-TW1 belum ada; tambahkan tahunnya di Admin → Periode'
		]);
	});

	it('refuses two numbers for one unit and period', () => {
		const r = plan('populasi', csv('populasi', 'dinkes,2026-TW1,10', 'dinkes,2026-tw1,20'));
		expect(message(r.errors)).toEqual([
			'Baris 3: "dinkes / 2026-TW1" sudah ada di baris 2 (unit_id + periode harus unik)'
		]);
	});

	it('updates the stored number of the unit and period, whatever its id', () => {
		const stored: Populasi = {
			id: 'demo-pop-x',
			unitId: 'dinkes',
			periodeId: '2026-TW1',
			jumlah: 10
		};
		const r = plan(
			'populasi',
			csv('populasi', 'dinkes,2026-TW1,11'),
			reference({ tersimpan: [stored] })
		);
		expect(r.berubah).toEqual([{ ...stored, jumlah: 11 }]);
		expect(r.baru).toEqual([]);
	});
});

describe('the indikator format', () => {
	const row = (target: string[], initial = 'ind-1,dinkes,2026,Cakupan imunisasi,%,positif') =>
		[initial, ...target].join(',');

	it('reads Indonesian numbers, blank targets as none, and + / - as polarity', () => {
		const r = plan(
			'indikator',
			csv(
				'indikator',
				row(['"1.234,5"', '', '"97,5"', '100']),
				row(['14', '13', '12', '11'], ',dinkes,2026,Prevalensi stunting,%,-')
			)
		);
		expect(r.errors).toEqual([]);
		expect(r.baru[0]).toEqual({
			id: 'ind-1',
			unitId: 'dinkes',
			tahun: 2026,
			nama: 'Cakupan imunisasi',
			satuan: '%',
			polaritas: 'positif',
			target: [1234.5, null, 97.5, 100]
		});
		expect(r.baru[1]).toMatchObject({
			id: indikatorIdFrom('dinkes', 2026, 'Prevalensi stunting'),
			polaritas: 'negatif'
		});
	});

	it('names the row and column of a target that is not a number ≥ 0', () => {
		const r = plan(
			'indikator',
			csv(
				'indikator',
				row(['1', '2', '3', '4'], 'ind-0,dinkes,2026,A,%,positif'),
				row(['1', 'abc', '3', '-4'])
			)
		);
		expect(message(r.errors)).toEqual([
			'Baris 3, kolom target_tw2: harus angka ≥ 0 (tertulis "abc")',
			'Baris 3, kolom target_tw4: harus angka ≥ 0 (tertulis "-4")'
		]);
		expect([r.baru, r.berubah, r.tetap]).toEqual([[], [], []]);
	});

	it('requires a name, a unit of measure and a polarity; the year must be 2000–2100', () => {
		const r = plan('indikator', csv('indikator', 'x,dinkes,1999,,,naik,,,,'));
		expect(message(r.errors)).toEqual([
			'Baris 2, kolom tahun: tahun "1999" harus 2000–2100',
			'Baris 2, kolom nama: wajib diisi',
			'Baris 2, kolom satuan: wajib diisi',
			'Baris 2, kolom polaritas: polaritas "naik" harus positif atau negatif (+ atau -)'
		]);
	});

	it('refuses a unit not on the device and a year with no periods', () => {
		const r = plan(
			'indikator',
			csv('indikator', row(['1', '', '', ''], 'x,dinas-x,2030,A,%,positif'))
		);
		expect(message(r.errors)).toEqual([
			'Baris 2, kolom unit_id: unit "dinas-x" tidak ada di perangkat ini (impor atau tambahkan unitnya dulu)',
			'Baris 2, kolom tahun: tahun 2030 belum ada di daftar periode; tambahkan tahunnya di Admin → Periode'
		]);
	});

	it('refuses the same indicator name twice for one OPD and year', () => {
		const r = plan(
			'indikator',
			csv(
				'indikator',
				row(['1', '', '', ''], ',dinkes,2026,A,%,+'),
				row(['2', '', '', ''], ',dinkes,2026,a,%,+')
			)
		);
		expect(message(r.errors)).toEqual([
			'Baris 3: "dinkes / 2026 / a" sudah ada di baris 2 (unit_id + tahun + nama harus unik)'
		]);
	});

	it('reads XLSX number cells exactly, with their decimal point', () => {
		const xlsx = writeXlsx({
			header: [
				'id',
				'unit_id',
				'tahun',
				'nama',
				'satuan',
				'polaritas',
				'target_tw1',
				'target_tw2',
				'target_tw3',
				'target_tw4'
			],
			rows: [['i', 'dinkes', 2026, 'A', 'Rp', 'positif', 1234.5, 0.125, null, 1e9]]
		});
		const read = parseXlsx(xlsx);
		if (!read.ok) throw new Error('unreadable');
		const r = plan('indikator', read.tabel);
		expect(r.errors).toEqual([]);
		expect(r.baru[0]?.target).toEqual([1234.5, 0.125, null, 1e9]);
	});

	it('keeps an unchanged indicator out of the writes', () => {
		const stored: Indikator = {
			id: 'ind-1',
			unitId: 'dinkes',
			tahun: 2026,
			nama: 'Cakupan imunisasi',
			satuan: '%',
			polaritas: 'positif',
			target: [1, null, 3, 4]
		};
		const r = plan(
			'indikator',
			csv('indikator', row(['1', '', '3', '4'])),
			reference({ tersimpan: [stored] })
		);
		expect(r.tetap).toEqual([stored]);
		expect([r.baru.length, r.berubah.length]).toEqual([0, 0]);
	});
});

describe('master import messages', () => {
	it('name row and column in Bahasa Indonesia, or in English when asked', () => {
		const e = { line: 4, column: 'target_tw2', key: 'master.angkaNonNegatif', value: 'x' } as const;
		expect(formatMasterError(e)).toBe('Baris 4, kolom target_tw2: harus angka ≥ 0 (tertulis "x")');
		expect(formatMasterError(e, 'en')).toBe(
			'Row 4, column target_tw2: must be a number ≥ 0 (found "x")'
		);
	});

	it('leave the shared import messages as they are worded', () => {
		const e = { line: 1, column: 'nama', key: 'import.kolomWajibHilang' } as const;
		expect(formatMasterError(e)).toBe('Kolom wajib tidak ada di baris judul (baris 1): nama');
	});
});
