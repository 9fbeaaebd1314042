import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { listIndikator, listPeriode, listPopulasi, listUnits } from '$lib/db/master';
import { putIndikator, putPeriode, putPopulasi, putUnits } from '$lib/db/master-write';
import { DuplicateUnitPeriodeError, InvalidDocumentError } from '$lib/db/validate';
import type { Unit } from '$lib/domain/schemas';
import { freshDb, indikator, invalid, populasi, unit } from './factories';

describe('units', () => {
	it('are stored validated and listed back', async () => {
		const db = freshDb();
		const kecamatan = unit({ id: 'unit-kec', nama: 'Kecamatan Utara', jenis: 'kecamatan' });
		await putUnits(db, [unit(), kecamatan]);
		expect(await listUnits(db)).toEqual([unit(), kecamatan]);
		expect(await db.units.where('jenis').equals('kecamatan').count()).toBe(1);
	});

	it('get the schema defaults on the way in', async () => {
		const db = freshDb();
		const bare = unit();
		delete (bare as Partial<Unit>).singkatan;
		await putUnits(db, [bare]);
		const [stored] = await listUnits(db);
		expect(stored?.singkatan).toBe('');
	});

	it('are refused with a field the schema does not name, which would otherwise be synced', async () => {
		const db = freshDb();
		const extra = { ...unit(), extra: 'x' } as Unit & { extra: string };
		const error = await putUnits(db, [extra]).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(InvalidDocumentError);
		expect(await listUnits(db)).toEqual([]);
	});

	it('are all refused when one is invalid, with the zod issues; nothing is written', async () => {
		const db = freshDb();
		const bad = invalid(unit({ id: 'unit-b' }), { jenis: 'kementerian' });
		const error = await putUnits(db, [unit(), bad]).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(InvalidDocumentError);
		const { documents, issues } = error as InvalidDocumentError;
		expect(documents.map((d) => [d.index, d.id])).toEqual([[1, 'unit-b']]);
		expect(issues[0]?.path).toEqual(['jenis']);
		expect(issues[0]?.message).toBe('err.jenisUnit');
		expect(await db.units.count()).toBe(0);
	});
});

describe('periods', () => {
	it('are listed in calendar order', async () => {
		const db = freshDb();
		await putPeriode(db, [
			{ id: '2026-TW2', tahun: 2026, triwulan: 2 },
			{ id: '2025-TW4', tahun: 2025, triwulan: 4 },
			{ id: '2026-TW1', tahun: 2026, triwulan: 1 }
		]);
		expect((await listPeriode(db)).map((p) => p.id)).toEqual(['2025-TW4', '2026-TW1', '2026-TW2']);
	});

	it('are refused when the id does not match tahun and triwulan', async () => {
		const db = freshDb();
		await expect(putPeriode(db, [{ id: '2026-TW1', tahun: 2026, triwulan: 3 }])).rejects.toThrow(
			/does not match/
		);
		expect(await db.periode.count()).toBe(0);
	});
});

describe('indicators', () => {
	it('are listed per year', async () => {
		const db = freshDb();
		await putIndikator(db, [indikator(), indikator({ id: 'ind-lama', tahun: 2025 })]);
		expect((await listIndikator(db, 2026)).map((i) => i.id)).toEqual(['ind-ktp']);
		expect((await listIndikator(db, 2025)).map((i) => i.id)).toEqual(['ind-lama']);
		expect(await listIndikator(db, 2024)).toEqual([]);
	});

	it('with a negative target are refused', async () => {
		const db = freshDb();
		const bad = indikator({ target: [97, -1, 98, 98.5] });
		await expect(putIndikator(db, [bad])).rejects.toBeInstanceOf(InvalidDocumentError);
		expect(await db.indikator.count()).toBe(0);
	});
});

describe('populations', () => {
	it('are listed per period', async () => {
		const db = freshDb();
		await putPopulasi(db, [
			populasi(),
			populasi({ id: 'pop-2', periodeId: '2026-TW2', jumlah: 5100 }),
			populasi({ id: 'pop-3', unitId: 'unit-pkm', jumlah: 2900 })
		]);
		const tw1 = await listPopulasi(db, '2026-TW1');
		expect(tw1.map((p) => p.jumlah).sort()).toEqual([2900, 4800]);
	});

	it('allow one per unit and period: a second id is refused, the same id is updated', async () => {
		const db = freshDb();
		await putPopulasi(db, [populasi()]);
		await expect(putPopulasi(db, [populasi({ id: 'pop-lain' })])).rejects.toBeInstanceOf(
			DuplicateUnitPeriodeError
		);
		await putPopulasi(db, [populasi({ jumlah: 5000 })]);
		expect(await listPopulasi(db, '2026-TW1')).toEqual([populasi({ jumlah: 5000 })]);
	});

	it('of zero service users are refused', async () => {
		const db = freshDb();
		await expect(putPopulasi(db, [populasi({ jumlah: 0 })])).rejects.toBeInstanceOf(
			InvalidDocumentError
		);
		expect(await db.populasi.count()).toBe(0);
	});
});
