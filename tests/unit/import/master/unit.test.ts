import { describe, expect, it } from 'vitest';
import type { Unit } from '$lib/domain/schemas';
import { parseCsv } from '$lib/import/table/csv';
import { reference, csv, message, plan } from './helpers';

const HEADER = 'id,nama,singkatan,jenis,induk_id,dinilai_indeks,layanan_skm';

describe('the unit format', () => {
	it('reads every column of a row into a unit', () => {
		const r = plan(
			'unit',
			csv('unit', 'kec-selatan,Kecamatan Selatan,Kec. Sel,kecamatan,,ya,tidak')
		);
		expect(r.errors).toEqual([]);
		expect(r.baru).toEqual([
			{
				id: 'kec-selatan',
				nama: 'Kecamatan Selatan',
				singkatan: 'Kec. Sel',
				jenis: 'kecamatan',
				dinilaiIndeks: true,
				layananSkm: false
			}
		]);
	});

	it('reads ya/tidak, 1/0, true/false and yes/no in any case; a blank flag is tidak', () => {
		const r = plan(
			'unit',
			csv(
				'unit',
				'a,A,,dinas,,YA,Tidak',
				'b,B,,dinas,,1,0',
				'c,C,,dinas,,TRUE,false',
				'd,D,,dinas,,yes,no',
				'e,E,,dinas,,,'
			)
		);
		expect(r.errors).toEqual([]);
		expect(r.baru.map((u) => [u.id, u.dinilaiIndeks, u.layananSkm])).toEqual([
			['a', true, false],
			['b', true, false],
			['c', true, false],
			['d', true, false],
			['e', false, false]
		]);
	});

	it('names the row and column of a flag that is neither ya nor tidak', () => {
		const r = plan('unit', csv('unit', 'a,A,,dinas,,mungkin,ya'));
		expect(message(r.errors)).toEqual([
			'Baris 2, kolom dinilai_indeks: "mungkin" harus ya atau tidak (juga 1/0, true/false)'
		]);
	});

	it('accepts the unit types in any case and names the choices for an unknown one', () => {
		expect(plan('unit', csv('unit', 'a,A,,Puskesmas,,tidak,ya')).baru[0]?.jenis).toBe('puskesmas');
		const r = plan('unit', csv('unit', 'a,A,,kementerian,,tidak,ya'));
		expect(message(r.errors)[0]).toMatch(
			/^Baris 2, kolom jenis: jenis "kementerian" tidak dikenal \(sekretariat, dinas, .*upt\)$/
		);
	});

	it('requires an id and a name, and refuses codes with spaces or a leading hyphen', () => {
		const r = plan(
			'unit',
			csv('unit', ',,,dinas,,,', 'dinas kesehatan,X,,dinas,,,', '-x,X,,dinas,,,')
		);
		expect(message(r.errors)).toEqual([
			'Baris 2, kolom id: wajib diisi',
			'Baris 2, kolom nama: wajib diisi',
			expect.stringMatching(/^Baris 3, kolom id: kode "dinas kesehatan" tidak valid/),
			expect.stringMatching(/^Baris 4, kolom id: kode "-x" tidak valid/)
		]);
	});

	it('limits the name to 200 and the abbreviation to 40 characters', () => {
		const r = plan('unit', csv('unit', `a,${'n'.repeat(201)},${'s'.repeat(41)},dinas,,,`));
		expect(message(r.errors)).toEqual([
			'Baris 2, kolom nama: teks terlalu panjang (maks. 200 karakter)',
			'Baris 2, kolom singkatan: teks terlalu panjang (maks. 40 karakter)'
		]);
	});

	it('takes a parent from the same file, in any row order, or from the device', () => {
		const r = plan(
			'unit',
			csv('unit', 'kel-a,Kelurahan A,,kelurahan,kec-b,,ya', 'kec-b,Kecamatan B,,kecamatan,,ya,'),
			reference()
		);
		expect(r.errors).toEqual([]);
		expect(r.baru.find((u) => u.id === 'kel-a')?.indukId).toBe('kec-b');
		const dariPerangkat = plan('unit', csv('unit', 'kel-b,Kelurahan B,,kelurahan,kec-utara,,ya'));
		expect(dariPerangkat.errors).toEqual([]);
	});

	it('refuses a parent that is neither in the file nor on the device, or the unit itself', () => {
		const r = plan(
			'unit',
			csv(
				'unit',
				'kel-a,Kelurahan A,,kelurahan,kec-hilang,,ya',
				'kel-b,Kelurahan B,,kelurahan,kel-b,,'
			)
		);
		expect(message(r.errors)).toEqual([
			'Baris 2, kolom induk_id: unit induk "kec-hilang" tidak ada di berkas maupun di perangkat ini',
			'Baris 3, kolom induk_id: unit tidak boleh menjadi induk dirinya sendiri'
		]);
	});

	it('refuses a hierarchy that goes round in a circle, also through a stored unit', () => {
		const r = plan('unit', csv('unit', 'a,A,,dinas,b,,', 'b,B,,dinas,a,,'));
		expect(message(r.errors)).toEqual([
			'Baris 2, kolom induk_id: hierarki melingkar: a → b → a',
			'Baris 3, kolom induk_id: hierarki melingkar: b → a → b'
		]);
		const stored: Unit = {
			id: 'kec-utara',
			nama: 'Kecamatan Utara',
			singkatan: '',
			jenis: 'kecamatan',
			indukId: 'kel-x',
			dinilaiIndeks: true,
			layananSkm: false
		};
		const lewatPerangkat = plan(
			'unit',
			csv('unit', 'kel-x,Kelurahan X,,kelurahan,kec-utara,,ya'),
			reference({ tersimpan: [stored] })
		);
		expect(message(lewatPerangkat.errors)).toEqual([
			'Baris 2, kolom induk_id: hierarki melingkar: kel-x → kec-utara → kel-x'
		]);
	});

	it('names both rows of an id used twice in the file', () => {
		const r = plan('unit', csv('unit', 'a,A,,dinas,,,', 'b,B,,dinas,,,', 'a,A lagi,,dinas,,,'));
		expect(message(r.errors)).toEqual(['Baris 4, kolom id: kode "a" sudah dipakai di baris 2']);
		expect(r.baru).toEqual([]);
	});

	it('counts new, changed and unchanged units against the stored ones', () => {
		const stored: Unit[] = [
			{ id: 'a', nama: 'A', singkatan: '', jenis: 'dinas', dinilaiIndeks: true, layananSkm: false },
			{ id: 'b', nama: 'B', singkatan: '', jenis: 'dinas', dinilaiIndeks: true, layananSkm: false }
		];
		const r = plan(
			'unit',
			csv('unit', 'a,A,,dinas,,ya,tidak', 'b,B baru,,dinas,,ya,tidak', 'c,C,,badan,,ya,tidak'),
			reference({ tersimpan: stored })
		);
		expect(r.errors).toEqual([]);
		expect([r.baru.length, r.berubah.length, r.tetap.length]).toEqual([1, 1, 1]);
		expect(r.berubah[0]?.nama).toBe('B baru');
	});

	it('reports a missing column once, for the header row, and reads no rows', () => {
		const r = plan('unit', parseCsv('id,nama,jenis\na,A,dinas\n'));
		expect(message(r.errors)).toEqual([
			'Kolom wajib tidak ada di baris judul (baris 1): singkatan, induk_id, dinilai_indeks, layanan_skm'
		]);
		expect(r.jumlahBaris).toBe(1);
	});

	it('refuses a file with a header and no rows', () => {
		expect(message(plan('unit', parseCsv(`${HEADER}\n`)).errors)).toEqual([
			'Berkas tidak berisi baris data di bawah baris judul'
		]);
	});

	it('reads headers in any order and case, with semicolons', () => {
		const r = plan(
			'unit',
			parseCsv(
				'Layanan SKM;ID;Nama;Jenis;Induk_ID;Singkatan;Dinilai-Indeks\nya;a;A;dinas;;;tidak\n'
			)
		);
		expect(r.errors).toEqual([]);
		expect(r.baru[0]).toMatchObject({ id: 'a', layananSkm: true, dinilaiIndeks: false });
	});
});
