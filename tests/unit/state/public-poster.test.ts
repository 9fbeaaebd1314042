import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { loadDemo } from '$lib/db/demo';
import { savePublikasi } from '$lib/db/publikasi-write';
import { saveRtl } from '$lib/db/tindak-lanjut-write';
import { publikasiUnit } from '$lib/domain/publikasi';
import { readPublicPoster } from '$lib/state/public-poster';
import { expectedSkm } from '../../e2e/expected';
import { freshDb } from '../db/factories';

const TW3 = '2026-TW3';
const UNIT = 'demo-disdukcapil';

async function demoDb() {
	const db = freshDb();
	await db.open();
	await loadDemo(db);
	await saveRtl(db, {
		id: `${UNIT}:${TW3}`,
		unitId: UNIT,
		periodeId: TW3,
		butir: [
			{
				unsur: 'u3',
				program: 'Antrean daring',
				triwulan: [1, 2],
				penanggungJawab: 'Kepala Seksi',
				progres: 'berjalan'
			}
		],
		riwayat: [{ oleh: 'demo-opd', waktu: '2026-10-01T10:00:00+07:00' }]
	});
	return db;
}

describe('the public poster of a unit', () => {
	it('prints the publication as the admin published it, saran and all', async () => {
		const db = await demoDb();
		const row = expectedSkm(TW3).units.find((u) => u.unit.id === UNIT)!;
		const published = publikasiUnit({
			unit: row.unit,
			periodeId: TW3,
			hasil: row.hasil,
			rtl: undefined,
			approvedSaran: ['Ruang tunggu nyaman'],
			author: { oleh: 'demo-admin', waktu: '2026-10-10T09:00:00+07:00' }
		});
		await savePublikasi(db, [published]);
		expect(await readPublicPoster(db, UNIT, TW3)).toEqual({
			publikasi: published,
			sementara: false
		});
	});

	it('until published, shows the screen’s figures and the RTL, without any saran', async () => {
		const db = await demoDb();
		const row = expectedSkm(TW3).units.find((u) => u.unit.id === UNIT)!;
		const poster = (await readPublicPoster(db, UNIT, TW3))!;
		expect(poster.sementara).toBe(true);
		expect(poster.publikasi).toMatchObject({
			unitId: UNIT,
			periodeId: TW3,
			nama: row.unit.nama,
			nilai: row.hasil.nilai,
			mutu: row.hasil.mutu,
			responden: row.hasil.responden,
			nrr: row.hasil.nrr,
			rtl: [{ unsur: 'u3', program: 'Antrean daring', triwulan: [1, 2], progres: 'berjalan' }],
			saran: []
		});
		expect(row.hasil.responden).toBeGreaterThan(0);
	});

	it('is nothing for a unit not on this device', async () => {
		const db = await demoDb();
		expect(await readPublicPoster(db, 'unit-lain', TW3)).toBeNull();
	});
});
