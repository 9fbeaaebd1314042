import 'fake-indexeddb/auto';
import type { Transaction } from 'dexie';
import { describe, expect, it } from 'vitest';
import { putIndikator, putPeriode, putPopulasi, putUnits } from '$lib/db/master-write';
import { addYear, InvalidYearError } from '$lib/db/master-import';
import type { RaporDb } from '$lib/db/schema';
import { parseCsv } from '$lib/import/table/csv';
import { formatMasterError } from '$lib/import/master/errors';
import {
	importMaster,
	previewImport,
	saveMaster,
	savePopulasiPeriode
} from '$lib/state/master-import';
import { freshDb, indikator, populasi, unit } from './factories';

const HEADER_INDIKATOR =
	'id,unit_id,tahun,nama,satuan,polaritas,target_tw1,target_tw2,target_tw3,target_tw4';

async function dbWithData(): Promise<RaporDb> {
	const db = freshDb();
	await putUnits(db, [unit(), unit({ id: 'unit-dinkes', nama: 'Dinas Kesehatan' })]);
	await putPeriode(
		db,
		[1, 2, 3, 4].map((tw) => ({ id: `2026-TW${tw}`, tahun: 2026, triwulan: tw as 1 }))
	);
	await putIndikator(db, [indikator()]);
	return db;
}

const indikatorCsv = (...lines: string[]) => parseCsv([HEADER_INDIKATOR, ...lines].join('\n'));

const THREE_ROWS = [
	'ind-a,unit-dinkes,2026,Cakupan imunisasi,%,positif,25,50,75,95',
	'ind-b,unit-dinkes,2026,Prevalensi stunting,%,negatif,"14,5",14,"13,5",13',
	'ind-c,unit-disdukcapil,2026,Akta kelahiran,%,positif,80,85,90,95'
];

describe('importing a master file', () => {
	it('writes nothing when one row is bad, and names that row and column', async () => {
		const db = await dbWithData();
		const before = await db.indikator.toArray();
		const rows = [...THREE_ROWS];
		rows[1] = 'ind-b,unit-dinkes,2026,Prevalensi stunting,%,negatif,"14,5",empat belas,"13,5",13';
		const result = await importMaster(db, 'indikator', indikatorCsv(...rows));
		expect(result.errors.map((e) => formatMasterError(e))).toEqual([
			'Baris 3, kolom target_tw2: harus angka ≥ 0 (tertulis "empat belas")'
		]);
		expect([result.baru, result.berubah]).toEqual([[], []]);
		expect(await db.indikator.toArray()).toEqual(before);
	});

	it('writes every row of a valid file in one transaction', async () => {
		const db = await dbWithData();
		const transaksi = new Set<Transaction>();
		db.indikator.hook('creating', (_key, _obj, tx) => void transaksi.add(tx));
		const result = await importMaster(db, 'indikator', indikatorCsv(...THREE_ROWS));
		expect(result.errors).toEqual([]);
		expect(result.baru.map((i) => i.id)).toEqual(['ind-a', 'ind-b', 'ind-c']);
		expect(transaksi.size).toBe(1);
		expect(await db.indikator.count()).toBe(4);
		expect((await db.indikator.get('ind-b'))?.target).toEqual([14.5, 14, 13.5, 13]);
	});

	it('keeps nothing of the file when a write fails part-way', async () => {
		const db = await dbWithData();
		let created = 0;
		db.indikator.hook('creating', () => {
			if (++created === 3) throw new Error('disk full');
		});
		await expect(importMaster(db, 'indikator', indikatorCsv(...THREE_ROWS))).rejects.toThrow(
			'disk full'
		);
		expect(await db.indikator.count()).toBe(1);
	});

	it('previews new, changed and unchanged rows without writing, then imports only the changes', async () => {
		const db = await dbWithData();
		const tetap = indikator();
		const lines = [
			`${tetap.id},${tetap.unitId},2026,${tetap.nama},%,positif,97,"97,5",98,"98,5"`,
			'ind-a,unit-dinkes,2026,Cakupan imunisasi,%,positif,25,50,75,95'
		];
		const pratinjau = await previewImport(db, 'indikator', indikatorCsv(...lines));
		expect([pratinjau.baru.length, pratinjau.berubah.length, pratinjau.tetap.length]).toEqual([
			1, 0, 1
		]);
		expect(await db.indikator.count()).toBe(1);

		const update = [lines[0]!.replace('97,"97,5"', '96,"97,5"'), lines[1]!];
		const result = await importMaster(db, 'indikator', indikatorCsv(...update));
		expect([result.baru.length, result.berubah.length, result.tetap.length]).toEqual([1, 1, 0]);
		expect((await db.indikator.get(tetap.id))?.target[0]).toBe(96);
	});

	it('checks again at import time: a unit removed after the preview stops the whole import', async () => {
		const db = await dbWithData();
		const table = indikatorCsv(...THREE_ROWS);
		expect((await previewImport(db, 'indikator', table)).errors).toEqual([]);
		await db.units.delete('unit-dinkes');
		const result = await importMaster(db, 'indikator', table);
		expect(result.errors.map((e) => [e.line, e.column, e.key])).toEqual([
			[2, 'unit_id', 'master.unitTidakAda'],
			[3, 'unit_id', 'master.unitTidakAda']
		]);
		expect(await db.indikator.count()).toBe(1);
	});

	it('imports units whose parents come later in the same file', async () => {
		const db = freshDb();
		const result = await importMaster(
			db,
			'unit',
			parseCsv(
				'id,nama,singkatan,jenis,induk_id,dinilai_indeks,layanan_skm\n' +
					'kel-a,Kelurahan A,,kelurahan,kec-a,tidak,ya\n' +
					'kec-a,Kecamatan A,,kecamatan,,ya,ya\n'
			)
		);
		expect(result.errors).toEqual([]);
		expect((await db.units.get('kel-a'))?.indukId).toBe('kec-a');
	});
});

describe('saving from a form', () => {
	it('refuses a unit whose parent does not exist, naming the induk_id column', async () => {
		const db = await dbWithData();
		const result = await saveMaster(db, 'unit', [
			unit({ id: 'kel-baru', nama: 'Kelurahan Baru', jenis: 'kelurahan', indukId: 'kec-tidak-ada' })
		]);
		expect(result.errors).toMatchObject([
			{ line: 1, column: 'induk_id', key: 'master.indukTidakAda' }
		]);
		expect(await db.units.get('kel-baru')).toBeUndefined();
	});

	it('gives a new jenis layanan a code and updates it by name afterwards', async () => {
		const db = await dbWithData();
		const pertama = await saveMaster(db, 'jenis-layanan', [
			{ id: '', unitId: 'unit-dinkes', nama: 'Surat sehat', aktif: true }
		]);
		const id = pertama.baru[0]!.id;
		expect(id).toMatch(/^jl-unit-dinkes-surat-sehat-/);
		const kedua = await saveMaster(db, 'jenis-layanan', [
			{ id, unitId: 'unit-dinkes', nama: 'Surat sehat', aktif: false }
		]);
		expect(kedua.berubah).toHaveLength(1);
		expect(await db.jenisLayanan.count()).toBe(1);
	});
});

describe('the population table of a triwulan', () => {
	it('updates a stored number under its own id, adds new ones and removes blanked ones', async () => {
		const db = await dbWithData();
		await putPopulasi(db, [
			populasi({ id: 'demo-pop-a', unitId: 'unit-disdukcapil', periodeId: '2026-TW1', jumlah: 10 }),
			populasi({ id: 'demo-pop-b', unitId: 'unit-dinkes', periodeId: '2026-TW1', jumlah: 20 })
		]);
		const result = await savePopulasiPeriode(db, '2026-TW1', [
			{ unitId: 'unit-disdukcapil', jumlah: 11 },
			{ unitId: 'unit-dinkes', jumlah: null }
		]);
		expect(result.errors).toEqual([]);
		expect(result.dihapus).toBe(1);
		expect(await db.populasi.toArray()).toEqual([
			{ id: 'demo-pop-a', unitId: 'unit-disdukcapil', periodeId: '2026-TW1', jumlah: 11 }
		]);
	});

	it('changes nothing when one number is invalid', async () => {
		const db = await dbWithData();
		const result = await savePopulasiPeriode(db, '2026-TW1', [
			{ unitId: 'unit-disdukcapil', jumlah: 11 },
			{ unitId: 'unit-dinkes', jumlah: 0 }
		]);
		expect(result.errors).toMatchObject([{ line: 2, column: 'jumlah' }]);
		expect(await db.populasi.count()).toBe(0);
	});
});

describe('adding a year', () => {
	it('creates its four triwulan once', async () => {
		const db = freshDb();
		expect((await addYear(db, 2027)).map((p) => p.id)).toEqual([
			'2027-TW1',
			'2027-TW2',
			'2027-TW3',
			'2027-TW4'
		]);
		expect(await addYear(db, 2027)).toEqual([]);
		expect(await db.periode.count()).toBe(4);
	});

	it('refuses a year outside 2000–2100', async () => {
		await expect(addYear(freshDb(), 1999)).rejects.toBeInstanceOf(InvalidYearError);
	});
});
