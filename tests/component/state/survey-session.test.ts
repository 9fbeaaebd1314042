/**
 * Saving a survey response on a cheap phone: the work of one tap is split so that the main thread
 * is given back between checking the form and writing it, and nothing typed is lost.
 */
import { describe, expect, it, vi } from 'vitest';
import { freshDb, response } from '../../unit/db/factories';

const { urutan, db } = vi.hoisted(() => ({
	urutan: [] as string[],
	db: { current: null as unknown }
}));

vi.mock('$lib/state/app.svelte', async (asli) => ({
	...(await asli<typeof import('$lib/state/app.svelte')>()),
	database: () => Promise.resolve(db.current)
}));

vi.mock('$lib/domain/survey-form', async (asli) => {
	const modul = await asli<typeof import('$lib/domain/survey-form')>();
	return {
		...modul,
		toResponse: (...args: Parameters<typeof modul.toResponse>) => {
			urutan.push('validasi');
			// A task queued while the form is checked, like a tap or a frame waiting to be drawn.
			setTimeout(() => urutan.push('tugas lain'), 0);
			return modul.toResponse(...args);
		}
	};
});

vi.mock('$lib/db/drafts', async (asli) => {
	const modul = await asli<typeof import('$lib/db/drafts')>();
	return {
		...modul,
		addResponseClosingDraft: async (...args: Parameters<typeof modul.addResponseClosingDraft>) => {
			urutan.push('tulis');
			await modul.addResponseClosingDraft(...args);
			urutan.push('tersimpan');
		}
	};
});

const { SurveySession, DRAFT_NEW } = await import('$lib/state/survey-session.svelte');
const { fromResponse } = await import('$lib/domain/survey-form');

describe('saving a survey response', () => {
	it('gives the main thread back between checking the form and writing it, then stores it', async () => {
		const rapor = freshDb();
		db.current = rapor;
		const sesi = new SurveySession(() => ({
			nama: 'Sari',
			peran: 'enumerator',
			unitIds: ['unit-disdukcapil']
		}));
		await sesi.pilih({ unitId: 'unit-disdukcapil', jenisLayanan: '', catatLokasi: false });
		sesi.ubah(
			fromResponse(
				response({ jawaban: { u1: 4, u2: 3, u3: 3, u4: 4, u5: 3, u6: 4, u7: 4, u8: 1, u9: 3 } })
			)
		);
		urutan.length = 0;

		const saved = await sesi.simpan();
		expect(sesi.errors).toEqual([]);
		expect(saved).toBe(true);

		expect(urutan).toEqual(['validasi', 'tugas lain', 'tulis', 'tersimpan']);
		expect(sesi.tahap).toBe('tersimpan');
		const disimpan = await rapor.responses.toArray();
		expect(disimpan).toHaveLength(1);
		expect(disimpan[0]).toMatchObject({ unitId: 'unit-disdukcapil', enumerator: 'Sari' });
		expect(await rapor.drafts.get(DRAFT_NEW)).toBeUndefined();
	});
});
