/**
 * src/lib/domain/document.ts: the one mapping between domain documents and stored documents that
 * the app and the server share, and the reasons the server gives.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	accountFromRoles,
	fromDocument,
	documentId,
	toDocument,
	toKoreksiDocument,
	koreksiMatches,
	SERVER_REASON_KEYS,
	accountRoles,
	parseServerReason,
	parseDocumentId
} from '../../src/lib/domain/document.ts';
import { decideAccess } from '../../sync-server/couch/guard.ts';
import { cancel, response, UNIT_A } from './helpers/factories.ts';

describe('stored documents', () => {
	it('are the domain document plus its type, under <type>:<id>', () => {
		const r = response(UNIT_A, 'enum-a');
		const doc = toDocument('response', r);
		expect(doc).toEqual({ _id: `response:${r.id}`, type: 'response', ...r });
		expect(fromDocument({ ...doc, _rev: '1-abc' })).toEqual({
			ok: true,
			jenis: 'response',
			isi: r
		});
	});

	it('leave undefined fields out', () => {
		const doc = toDocument('response', { ...response(UNIT_A, 'enum-a'), saran: undefined });
		expect('saran' in doc).toBe(false);
	});

	it('refuse an unknown type, a mismatched _id, and invalid fields, with i18n keys', () => {
		const doc = toDocument('response', response(UNIT_A, 'enum-a'));
		expect(fromDocument({ ...doc, type: 'surat' })).toEqual({ ok: false, keys: ['dokumen.jenis'] });
		expect(fromDocument({ ...doc, _id: 'response:lain' })).toEqual({
			ok: false,
			keys: ['dokumen.id']
		});
		const bad = fromDocument({ ...doc, jawaban: { ...doc.jawaban, u1: 7 } });
		expect(bad).toEqual({ ok: false, keys: ['err.skor'] });
		expect(fromDocument(null)).toEqual({ ok: false, keys: ['dokumen.jenis'] });
	});

	it('read an _id back into type and id, ids with colons included', () => {
		expect(parseDocumentId(documentId('realisasi', 'dinas-x:2026-TW1'))).toEqual({
			jenis: 'realisasi',
			id: 'dinas-x:2026-TW1'
		});
		for (const other of ['_design/rapor', 'surat:1', 'unit:', 'tanpa-titik-dua']) {
			expect(parseDocumentId(other)).toBeNull();
		}
	});

	it('give a koreksi the unit and enumerator of its response', () => {
		const r = response(UNIT_A, 'enum-a');
		const k = toKoreksiDocument(cancel(r.id, 'enum-a'), r);
		expect(k).toMatchObject({ type: 'koreksi', unitId: UNIT_A, enumerator: 'enum-a' });
		expect(koreksiMatches(k, r)).toBe(true);
		expect(koreksiMatches(k, { ...r, enumerator: 'enum-b' })).toBe(false);
		const kiosk = toKoreksiDocument(cancel(r.id, 'admin'), { unitId: UNIT_A });
		expect('enumerator' in kiosk).toBe(false);
		expect(koreksiMatches(kiosk, { unitId: UNIT_A })).toBe(true);
	});
});

describe('account roles', () => {
	it('are a Rapor role plus unit:<id> per unit, and read back', () => {
		const roles = accountRoles(['enumerator'], ['pkm-a', 'kel-b']);
		expect(roles).toEqual(['enumerator', 'unit:pkm-a', 'unit:kel-b']);
		expect(accountFromRoles([...roles, '_admin'])).toEqual({
			peran: ['enumerator'],
			unitIds: ['pkm-a', 'kel-b']
		});
	});
});

describe('the server’s reasons', () => {
	it('read as key, field and text', () => {
		expect(parseServerReason('err.skor @jawaban.u3: must be 1, 2, 3, 4 or null (blank)')).toEqual({
			key: 'err.skor',
			path: 'jawaban.u3',
			teks: 'must be 1, 2, 3, 4 or null (blank)'
		});
		expect(parseServerReason('akses.hanyaBaca: your role reads')).toEqual({
			key: 'akses.hanyaBaca',
			teks: 'your role reads'
		});
		expect(parseServerReason('You are not authorized to access this db.')).toMatchObject({
			key: 'akses.ditolak'
		});
	});

	it('use only keys the app knows: every akses.* and dokumen.* key of the server is listed', () => {
		const dir = join(import.meta.dirname, '../../sync-server');
		const sources = [
			...readdirSync(join(dir, 'design')).map((f) => join(dir, 'design', f)),
			...readdirSync(join(dir, 'couch')).map((f) => join(dir, 'couch', f))
		].map((f) => readFileSync(f, 'utf8'));
		const used = new Set(sources.flatMap((s) => s.match(/'(akses|dokumen)\.[A-Za-z]+/g) ?? []));
		const keys = [...used].map((k) => k.slice(1));
		expect(keys.length).toBeGreaterThan(10);
		for (const key of keys) expect(SERVER_REASON_KEYS, key).toContain(key);
	});
});

describe('the access guard', () => {
	const dbs = new Set(['rapor-skm']);
	const anonymous = { name: null, roles: [] };
	const user = { name: 'enum-a', roles: ['enumerator'] };
	const server = { name: 'admin', roles: ['_admin'] };
	const ok = (method: string, path: string, ctx: typeof user | typeof anonymous) =>
		decideAccess(method, path, ctx, dbs).ok;

	it('lets anyone see the welcome and log in, and nothing else', () => {
		expect(ok('GET', '/', anonymous)).toBe(true);
		expect(ok('POST', '/_session', anonymous)).toBe(true);
		expect(ok('GET', '/rapor-skm/_all_docs', anonymous)).toBe(false);
		expect(ok('GET', '/_uuids', anonymous)).toBe(false);
	});

	it('lets users reach the Rapor databases and uuids only', () => {
		expect(ok('GET', '/rapor-skm/_changes?feed=longpoll', user)).toBe(true);
		expect(ok('GET', '/_uuids', user)).toBe(true);
		for (const path of [
			'/_users/x',
			'/%5Fusers/x',
			'/_all_dbs',
			'/_replicate',
			'/_node/n/_config',
			'/lain'
		]) {
			expect(ok('GET', path, user), path).toBe(false);
		}
		expect(ok('DELETE', '/rapor-skm', user)).toBe(false);
		expect(ok('PUT', '/rapor-skm', user)).toBe(false);
		expect(decideAccess('GET', '/%E0%A4%A', user, dbs)).toMatchObject({ ok: false, status: 400 });
	});

	it('lets server admins do anything', () => {
		expect(decideAccess('DELETE', '/rapor-skm', server, dbs).ok).toBe(true);
	});
});
