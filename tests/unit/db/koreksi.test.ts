import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
	addKoreksiClosingDraft,
	addResponseClosingDraft,
	deleteDraft,
	loadDraft,
	saveDraft
} from '$lib/db/drafts';
import {
	hasPin,
	unlock,
	checkPin,
	getActiveKiosk,
	META_KIOSK_PIN,
	setActiveKiosk,
	setPin
} from '$lib/db/kiosk';
import { KoreksiRejectedError, koreksiFor } from '$lib/db/koreksi';
import { addKoreksi } from '$lib/db/koreksi-write';
import { KuesionerInUseError, listKuesioner, putKuesioner } from '$lib/db/kuesioner';
import { ResponseConflictError } from '$lib/db/responses';
import { addResponses } from '$lib/db/responses-write';
import { InvalidDocumentError } from '$lib/db/validate';
import { STANDARD_KUESIONER } from '$lib/domain/kuesioner';
import type { Kuesioner, SkmKoreksi } from '$lib/domain/schemas';
import { freshDb, response } from './factories';

const koreksi = (over: Partial<SkmKoreksi> = {}): SkmKoreksi =>
	({
		id: 'kor-1',
		responseId: 'skm-1',
		jenis: 'koreksi',
		waktu: '2026-02-10T10:00:00+07:00',
		oleh: 'Sari',
		saran: 'diperbaiki',
		...over
	}) as SkmKoreksi;

describe('corrections in the database', () => {
	it('are stored once, found by response, and replaying one is a no-op', async () => {
		const db = freshDb();
		await addResponses(db, [response(), response({ id: 'skm-2' })]);
		expect(await addKoreksi(db, koreksi())).toBe(true);
		expect(await addKoreksi(db, koreksi())).toBe(false);
		await addKoreksi(
			db,
			koreksi({ id: 'kor-2', responseId: 'skm-2', jenis: 'batal', alasan: 'ganda' })
		);
		expect((await koreksiFor(db, ['skm-1'])).map((k) => k.id)).toEqual(['kor-1']);
		expect((await koreksiFor(db, ['skm-1', 'skm-2'])).map((k) => k.id).sort()).toEqual([
			'kor-1',
			'kor-2'
		]);
		const many = Array.from({ length: 500 }, (_, i) => `x-${i}`).concat('skm-2');
		expect((await koreksiFor(db, many)).map((k) => k.id)).toEqual(['kor-2']);
		expect(await koreksiFor(db, [])).toEqual([]);
	});

	it('refuse a void without a reason of three characters, writing nothing', async () => {
		const db = freshDb();
		await addResponses(db, [response()]);
		await expect(addKoreksi(db, koreksi({ jenis: 'batal', alasan: 'no' }))).rejects.toBeInstanceOf(
			InvalidDocumentError
		);
		expect(await db.koreksi.count()).toBe(0);
	});

	it('refuse an unknown response, a changed document under a used id, and any change after a void', async () => {
		const db = freshDb();
		await addResponses(db, [response()]);
		await expect(addKoreksi(db, koreksi({ responseId: 'nope' }))).rejects.toMatchObject({
			reason: 'respons-tidak-ada'
		});
		await addKoreksi(db, koreksi());
		await expect(addKoreksi(db, koreksi({ saran: 'lain' }))).rejects.toMatchObject({
			reason: 'id-terpakai'
		});
		await addKoreksi(db, koreksi({ id: 'b', jenis: 'batal', alasan: 'salah unit' }));
		await expect(addKoreksi(db, koreksi({ id: 'c' }))).rejects.toBeInstanceOf(KoreksiRejectedError);
		expect(await db.koreksi.count()).toBe(2);
	});
});

describe('drafts', () => {
	it('are saved, reloaded and deleted', async () => {
		const db = freshDb();
		const draft = { id: 'survei', jenis: 'survei' as const, diubah: 'x', data: { a: 1 } };
		await saveDraft(db, draft);
		expect(await loadDraft(db, 'survei')).toEqual(draft);
		await saveDraft(db, { ...draft, data: { a: 2 } });
		expect((await loadDraft(db, 'survei'))?.data).toEqual({ a: 2 });
		await deleteDraft(db, 'survei');
		expect(await loadDraft(db, 'survei')).toBeUndefined();
	});

	it('close together with the response they made, or not at all', async () => {
		const db = freshDb();
		const draft = { id: 'survei', jenis: 'survei' as const, diubah: 'x', data: {} };
		await saveDraft(db, draft);
		await addResponseClosingDraft(db, response(), 'survei');
		expect(await db.responses.count()).toBe(1);
		expect(await loadDraft(db, 'survei')).toBeUndefined();

		await saveDraft(db, draft);
		await expect(
			addResponseClosingDraft(db, response({ saran: 'beda' }), 'survei')
		).rejects.toBeInstanceOf(ResponseConflictError);
		expect(await loadDraft(db, 'survei')).toEqual(draft);
	});

	it('close together with the correction they made', async () => {
		const db = freshDb();
		await addResponses(db, [response()]);
		await saveDraft(db, { id: 'survei', jenis: 'survei', diubah: 'x', data: {} });
		await addKoreksiClosingDraft(db, koreksi(), 'survei');
		expect(await db.koreksi.count()).toBe(1);
		expect(await loadDraft(db, 'survei')).toBeUndefined();
	});
});

describe('questionnaire versions', () => {
	const version = (over: Partial<Kuesioner> = {}): Kuesioner => ({
		...STANDARD_KUESIONER,
		id: 'k-pemda-1',
		nama: 'Kuesioner Kota',
		dibuat: '2026-01-05T08:00:00+07:00',
		...over
	});

	it('are listed after being stored, and storing one again unchanged is a no-op', async () => {
		const db = freshDb();
		await putKuesioner(db, version());
		await putKuesioner(db, version());
		expect((await listKuesioner(db)).map((k) => k.id)).toEqual(['k-pemda-1']);
	});

	it('may change while no response uses them, and not after', async () => {
		const db = freshDb();
		await putKuesioner(db, version());
		await putKuesioner(db, version({ nama: 'Kuesioner Kota (revisi)' }));
		await addResponses(db, [response({ kuesionerVersi: 'k-pemda-1' })]);
		await expect(putKuesioner(db, version({ nama: 'lagi' }))).rejects.toBeInstanceOf(
			KuesionerInUseError
		);
		expect((await listKuesioner(db))[0]!.nama).toBe('Kuesioner Kota (revisi)');
		await putKuesioner(db, version({ id: 'k-pemda-2', nama: 'lagi' }));
		expect(await db.kuesioner.count()).toBe(2);
	});

	it("never take the built-in standard's id", async () => {
		const db = freshDb();
		await expect(putKuesioner(db, version({ id: STANDARD_KUESIONER.id }))).rejects.toBeInstanceOf(
			KuesionerInUseError
		);
	});

	it('refuse an invalid version', async () => {
		const db = freshDb();
		const bad = version({
			tambahan: [{ id: 'a', jenis: 'skala', pertanyaan: { id: 'x' }, pilihan: [], wajib: false }]
		});
		await expect(putKuesioner(db, bad)).rejects.toBeInstanceOf(InvalidDocumentError);
		expect(await db.kuesioner.count()).toBe(0);
	});
});

describe('the kiosk PIN and lock', () => {
	it('keeps the PIN only as a salted hash and checks it', async () => {
		const db = freshDb();
		expect(await hasPin(db)).toBe(false);
		expect(await checkPin(db, '1234')).toBe(false);
		expect(await setPin(db, '2468')).toBe(true);
		expect(JSON.stringify((await db.meta.get(META_KIOSK_PIN))?.value)).not.toContain('2468');
		expect(await checkPin(db, '2468')).toBe(true);
		expect(await checkPin(db, '2469')).toBe(false);
		expect(await checkPin(db, '24680')).toBe(false);
	});

	it('accepts 4–8 digits only', async () => {
		const db = freshDb();
		for (const pin of ['123', '123456789', '12a4', ' 1234', '']) {
			expect(await setPin(db, pin)).toBe(false);
		}
		expect(await hasPin(db)).toBe(false);
		expect(await setPin(db, '12345678')).toBe(true);
	});

	it('salts each PIN, so the same digits never store the same hash', async () => {
		const db = freshDb();
		await setPin(db, '2468');
		const first = (await db.meta.get(META_KIOSK_PIN))?.value;
		await setPin(db, '2468');
		expect((await db.meta.get(META_KIOSK_PIN))?.value).not.toEqual(first);
	});

	it('stays locked with a wrong PIN and unlocks with the right one', async () => {
		const db = freshDb();
		await setPin(db, '2468');
		await setActiveKiosk(db, { unitId: 'demo-dpmptsp', sejak: '2026-11-22T08:00:00+07:00' });
		expect(await unlock(db, '1111')).toBe(false);
		expect((await getActiveKiosk(db))?.unitId).toBe('demo-dpmptsp');
		expect(await unlock(db, '2468')).toBe(true);
		expect(await getActiveKiosk(db)).toBeNull();
	});
});
