import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
	ResponseConflictError,
	countResponses,
	responsesForPeriode,
	responsesForUnit
} from '$lib/db/responses';
import { addResponses } from '$lib/db/responses-write';
import { InvalidDocumentError } from '$lib/db/validate';
import { freshDb, invalid, response } from './factories';

describe('SKM responses', () => {
	it('are found by period and by unit and period', async () => {
		const db = freshDb();
		const added = await addResponses(db, [
			response({ id: 'a' }),
			response({ id: 'b', unitId: 'unit-pkm' }),
			response({ id: 'c', periodeId: '2026-TW2', waktu: '2026-04-02T08:00:00+07:00' })
		]);
		expect(added).toBe(3);
		expect(await countResponses(db)).toBe(3);
		expect((await responsesForPeriode(db, '2026-TW1')).map((r) => r.id)).toEqual(['a', 'b']);
		expect((await responsesForUnit(db, 'unit-disdukcapil', '2026-TW1')).map((r) => r.id)).toEqual([
			'a'
		]);
		expect(await responsesForUnit(db, 'unit-disdukcapil', '2026-TW3')).toEqual([]);
	});

	it('keep a blank as null', async () => {
		const db = freshDb();
		await addResponses(db, [response()]);
		expect((await db.responses.get('skm-1'))?.jawaban.u8).toBeNull();
	});

	it('are all refused when one has an answer outside 1–4, and nothing is written', async () => {
		const db = freshDb();
		const bad = invalid(response({ id: 'bad' }), {
			jawaban: { ...response().jawaban, u3: 5 }
		});
		const error = await addResponses(db, [response(), bad]).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(InvalidDocumentError);
		expect((error as InvalidDocumentError).issues[0]?.path).toEqual(['jawaban', 'u3']);
		expect(await countResponses(db)).toBe(0);
	});

	it('without an offset in waktu are refused', async () => {
		const db = freshDb();
		await expect(
			addResponses(db, [response({ waktu: '2026-02-10T09:15:00' })])
		).rejects.toBeInstanceOf(InvalidDocumentError);
		expect(await countResponses(db)).toBe(0);
	});

	it('replayed unchanged are stored once (idempotent retry)', async () => {
		const db = freshDb();
		await addResponses(db, [response()]);
		expect(await addResponses(db, [response(), response()])).toBe(0);
		expect(await countResponses(db)).toBe(1);
	});

	it('are never edited in place: a changed document under a stored id is refused', async () => {
		const db = freshDb();
		await addResponses(db, [response()]);
		const changed = response({ saran: 'Antrean terlalu lama.' });
		const error = await addResponses(db, [response({ id: 'baru' }), changed]).catch(
			(e: unknown) => e
		);
		expect(error).toBeInstanceOf(ResponseConflictError);
		expect((error as ResponseConflictError).ids).toEqual(['skm-1']);
		expect(await countResponses(db)).toBe(1);
		expect((await db.responses.get('skm-1'))?.saran).toBeUndefined();
	});

	it('with two different documents under one id in a batch are refused', async () => {
		const db = freshDb();
		await expect(
			addResponses(db, [response(), response({ jenisLayanan: 'Akta kelahiran' })])
		).rejects.toBeInstanceOf(ResponseConflictError);
		expect(await countResponses(db)).toBe(0);
	});
});
