import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { realisasiForPeriode, realisasiForUnit } from '$lib/db/realisasi';
import { putRealisasi } from '$lib/db/realisasi-write';
import { DuplicateUnitPeriodeError, InvalidDocumentError } from '$lib/db/validate';
import { freshDb, invalid, realisasi } from './factories';

describe('realisation entries', () => {
	it('are found by period and by unit and period', async () => {
		const db = freshDb();
		const tw2 = realisasi({ id: 'r-tw2', periodeId: '2026-TW2', realisasiFisik: 48 });
		const other = realisasi({ id: 'r-pkm', unitId: 'unit-pkm' });
		await putRealisasi(db, [realisasi(), tw2, other]);
		expect((await realisasiForPeriode(db, '2026-TW1')).map((r) => r.id).sort()).toEqual([
			'r-pkm',
			'real-disdukcapil-2026-TW1'
		]);
		expect(await realisasiForUnit(db, 'unit-disdukcapil', '2026-TW2')).toEqual(tw2);
		expect(await realisasiForUnit(db, 'unit-disdukcapil', '2026-TW4')).toBeUndefined();
	});

	it('may be corrected under the same id', async () => {
		const db = freshDb();
		await putRealisasi(db, [realisasi()]);
		await putRealisasi(db, [realisasi({ status: 'diverifikasi' })]);
		expect(await realisasiForPeriode(db, '2026-TW1')).toEqual([
			realisasi({ status: 'diverifikasi' })
		]);
	});

	it('may leave figures empty until they are known', async () => {
		const db = freshDb();
		const draft = realisasi({
			realisasiFisik: null,
			p3dn: { realisasiPdn: null, komitmenPdn: null, totalPengadaan: null },
			status: 'draft'
		});
		await putRealisasi(db, [draft]);
		expect(await realisasiForPeriode(db, '2026-TW1')).toEqual([draft]);
	});

	it('with physical progress above 100% are refused and change nothing', async () => {
		const db = freshDb();
		await putRealisasi(db, [realisasi()]);
		const bad = invalid(realisasi(), { realisasiFisik: 120, status: 'diverifikasi' });
		const error = await putRealisasi(db, [bad]).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(InvalidDocumentError);
		expect((error as InvalidDocumentError).issues[0]?.message).toBe('err.realisasiFisik');
		expect(await realisasiForPeriode(db, '2026-TW1')).toEqual([realisasi()]);
	});

	it('allow one per OPD and triwulan: a second id is refused', async () => {
		const db = freshDb();
		await putRealisasi(db, [realisasi()]);
		const second = realisasi({ id: 'lain', realisasiFisik: 90 });
		await expect(putRealisasi(db, [second])).rejects.toBeInstanceOf(DuplicateUnitPeriodeError);
		await expect(
			putRealisasi(db, [
				realisasi({ id: 'x', periodeId: '2026-TW3' }),
				realisasi({ id: 'y', periodeId: '2026-TW3' })
			])
		).rejects.toBeInstanceOf(DuplicateUnitPeriodeError);
		expect(await db.realisasi.count()).toBe(1);
	});
});
