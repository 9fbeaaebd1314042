import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { loadDemo } from '$lib/db/demo';
import { savePublikasi } from '$lib/db/publikasi-write';
import { saveRtl } from '$lib/db/tindak-lanjut-write';
import { generateDemo } from '$lib/demo/generate';
import { publikasiId, publikasiPemda, publikasiUnit } from '$lib/domain/publikasi';
import { computeSkm } from '$lib/domain/skm';
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
		// The demo published this unit's TW III: as if it had not.
		await db.publikasiSkm.delete(publikasiId(UNIT, TW3));
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

describe('the public poster of the pemda', () => {
	/** The NRR of every respondent of the period's service units, pooled. */
	const pooledNrr = (periodeId: string) => {
		const listed = new Set(expectedSkm(periodeId).units.map((row) => row.unit.id));
		return computeSkm(
			generateDemo()
				.responses.filter((r) => r.periodeId === periodeId && listed.has(r.unitId))
				.map((r) => r.jawaban)
		).nrr;
	};

	const pemdaPage = (namaPemda: string, periodeId = TW3) => {
		const view = expectedSkm(periodeId);
		return publikasiPemda({
			namaPemda,
			periodeId,
			pemda: view.pemda,
			nrr: pooledNrr(periodeId),
			units: view.units.filter((row) => row.hasil.responden > 0),
			author: { oleh: 'demo-admin', waktu: '2026-10-10T09:00:00+07:00' }
		});
	};

	it('prints the pemda page as the admin published it', async () => {
		const db = await demoDb();
		const published = pemdaPage('Kabupaten Contoh');
		await savePublikasi(db, [published]);
		expect(await readPublicPoster(db, undefined, TW3, 'Pemerintah daerah')).toEqual({
			publikasi: published,
			sementara: false
		});
	});

	it('until published, pools every respondent’s NRR and lists each unit with respondents, named as last published', async () => {
		const db = await demoDb();
		await savePublikasi(db, [pemdaPage('Kabupaten Contoh', '2026-TW2')]);
		const view = expectedSkm(TW3);
		const poster = (await readPublicPoster(db, undefined, TW3, 'Pemerintah daerah'))!;
		expect(poster.sementara).toBe(true);
		expect(poster.publikasi).toMatchObject({
			id: `pemda:${TW3}`,
			periodeId: TW3,
			nama: 'Kabupaten Contoh',
			nilai: view.pemda.nilai,
			mutu: view.pemda.mutu,
			responden: view.pemda.responden,
			nrr: pooledNrr(TW3),
			rtl: [],
			saran: []
		});
		expect(poster.publikasi.unitId).toBeUndefined();
		const units = view.units.filter((row) => row.hasil.responden > 0);
		expect(units.length).toBeGreaterThan(1);
		expect(poster.publikasi.units).toEqual(
			units.map(({ unit, hasil }) => ({
				unitId: unit.id,
				nama: unit.nama,
				nilai: hasil.nilai,
				mutu: hasil.mutu,
				responden: hasil.responden
			}))
		);
	});

	it('is named by the message when no pemda page was ever published', async () => {
		const db = await demoDb();
		const poster = (await readPublicPoster(db, undefined, TW3, 'Pemerintah daerah'))!;
		expect(poster).toMatchObject({ sementara: true, publikasi: { nama: 'Pemerintah daerah' } });
	});

	it('is nothing for a period without respondents', async () => {
		const db = await demoDb();
		expect(await readPublicPoster(db, undefined, '2030-TW1', 'Pemerintah daerah')).toBeNull();
	});
});
