import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { putIndikator } from '$lib/db/master-write';
import { realisasiForUnit, HistoryRewrittenError } from '$lib/db/realisasi';
import { putRealisasi } from '$lib/db/realisasi-write';
import {
	readInputDraft,
	removeInputDraft,
	realisasiDraftId,
	runRealisasiAction,
	saveInputDraft
} from '$lib/db/realisasi-entry';
import { inputFrom } from '$lib/domain/realisasi-form';
import type { RealisasiValues } from '$lib/domain/realisasi-status';
import type { User } from '$lib/domain/schemas';
import { freshDb, indikator, realisasi } from './factories';

const UNIT = 'unit-disdukcapil';
const OPD: User = { nama: 'Budi', peran: 'opd', unitIds: [UNIT] };
const ADMIN: User = { nama: 'Rina', peran: 'admin', unitIds: [] };
const VALUE: RealisasiValues = {
	pagu: 12_000_000_000,
	realisasiAnggaran: 2_100_000_000,
	realisasiFisik: 22.5,
	p3dn: { realisasiPdn: 800_000_000, komitmenPdn: 900_000_000, totalPengadaan: 1_000_000_000 },
	indikator: [{ indikatorId: 'ind-ktp', realisasi: 97.2 }]
};
const time = '2026-02-10T09:15:00+07:00';

describe('saving a realisation entry from its form', () => {
	it('writes the entry and deletes the unsaved form in one go', async () => {
		const db = freshDb();
		await putIndikator(db, [indikator()]);
		const draf = { isian: inputFrom(undefined, [indikator()]), dasarRiwayat: 0 };
		await saveInputDraft(db, UNIT, '2026-TW1', draf, time);
		expect(await readInputDraft(db, UNIT, '2026-TW1')).toEqual({ draf, diubah: time });

		const result = await runRealisasiAction(db, {
			unitId: UNIT,
			periodeId: '2026-TW1',
			aksi: 'simpan',
			pengguna: OPD,
			waktu: time,
			nilai: VALUE
		});
		expect(result.ok).toBe(true);
		const stored = await realisasiForUnit(db, UNIT, '2026-TW1');
		expect(stored).toMatchObject({ id: `${UNIT}:2026-TW1`, status: 'draft', ...VALUE });
		expect(stored?.riwayat).toEqual([{ waktu: time, oleh: 'Budi', aksi: 'simpan' }]);
		expect(await db.drafts.get(realisasiDraftId(UNIT, '2026-TW1'))).toBeUndefined();
	});

	it('reuses the id of the entry already stored for the unit and triwulan', async () => {
		const db = freshDb();
		await putIndikator(db, [indikator()]);
		await putRealisasi(db, [realisasi({ status: 'draft' })]);
		await runRealisasiAction(db, {
			unitId: UNIT,
			periodeId: '2026-TW1',
			aksi: 'ajukan',
			pengguna: OPD,
			waktu: time,
			nilai: VALUE
		});
		expect(await db.realisasi.count()).toBe(1);
		expect(await realisasiForUnit(db, UNIT, '2026-TW1')).toMatchObject({
			id: 'real-disdukcapil-2026-TW1',
			status: 'diajukan'
		});
	});

	it('checks the rules against the entry as stored now, not as the screen saw it', async () => {
		const db = freshDb();
		await putIndikator(db, [indikator()]);
		// Submitted meanwhile (e.g. from another tab): the OPD's later save is refused.
		await putRealisasi(db, [realisasi({ status: 'diajukan' })]);
		await saveInputDraft(
			db,
			UNIT,
			'2026-TW1',
			{ isian: inputFrom(undefined, []), dasarRiwayat: 0 },
			time
		);
		const result = await runRealisasiAction(db, {
			unitId: UNIT,
			periodeId: '2026-TW1',
			aksi: 'simpan',
			pengguna: OPD,
			waktu: time,
			nilai: { ...VALUE, realisasiFisik: 50 }
		});
		expect(result).toEqual({ ok: false, alasan: 'realisasi.tidakBoleh' });
		expect(await realisasiForUnit(db, UNIT, '2026-TW1')).toEqual(realisasi({ status: 'diajukan' }));
		expect(await readInputDraft(db, UNIT, '2026-TW1')).not.toBeNull();
	});

	it('lets the admin verify, keeping the unsaved form of someone editing it', async () => {
		const db = freshDb();
		await putIndikator(db, [indikator()]);
		await putRealisasi(db, [realisasi({ status: 'diajukan' })]);
		const result = await runRealisasiAction(db, {
			unitId: UNIT,
			periodeId: '2026-TW1',
			aksi: 'verifikasi',
			pengguna: ADMIN,
			waktu: time
		});
		expect(result.ok).toBe(true);
		expect((await realisasiForUnit(db, UNIT, '2026-TW1'))?.status).toBe('diverifikasi');
	});

	it('ignores an unsaved form that no longer validates and deletes one on request', async () => {
		const db = freshDb();
		await db.drafts.put({
			id: realisasiDraftId(UNIT, '2026-TW1'),
			jenis: 'realisasi',
			diubah: time,
			data: { isian: { pagu: 5 } }
		});
		expect(await readInputDraft(db, UNIT, '2026-TW1')).toBeNull();
		await removeInputDraft(db, UNIT, '2026-TW1');
		expect(await db.drafts.count()).toBe(0);
	});
});

describe('the history of an entry', () => {
	const entry = (aksi: ('simpan' | 'ajukan')[]) =>
		realisasi({
			status: 'draft',
			riwayat: aksi.map((a, i) => ({
				waktu: `2026-02-1${i}T09:00:00+07:00`,
				oleh: 'Budi',
				aksi: a
			}))
		});

	it('may only grow: a write that drops or changes a stored entry is refused', async () => {
		const db = freshDb();
		await putRealisasi(db, [entry(['simpan'])]);
		await putRealisasi(db, [entry(['simpan', 'ajukan'])]);
		await expect(putRealisasi(db, [entry(['simpan'])])).rejects.toBeInstanceOf(
			HistoryRewrittenError
		);
		await expect(putRealisasi(db, [entry(['ajukan', 'ajukan'])])).rejects.toBeInstanceOf(
			HistoryRewrittenError
		);
		await expect(
			putRealisasi(db, [realisasi({ status: 'draft', riwayat: undefined })])
		).rejects.toBeInstanceOf(HistoryRewrittenError);
		expect((await realisasiForUnit(db, UNIT, '2026-TW1'))?.riwayat).toHaveLength(2);
	});
});
