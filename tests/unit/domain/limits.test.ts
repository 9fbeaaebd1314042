import { describe, expect, it } from 'vitest';
import { bytesUtf8, documentSize } from '$lib/domain/limits';

const encoder = new TextEncoder();
const bytesEncoder = (s: string) => encoder.encode(s).length;

describe('bytesUtf8', () => {
	it.each([
		['empty', ''],
		['plain ASCII JSON', '{"_id":"response:abc","jawaban":[1,2,3,4],"saran":"cepat"}'],
		[
			'every ASCII code, control characters included',
			String.fromCharCode(...Array.from({ length: 128 }, (_, i) => i))
		],
		['two-byte letters', 'Pelayanan ramah, petugas sigap — terima kasih ñ é'],
		['three-byte characters', 'layanan 很好'],
		['emoji (surrogate pairs)', 'mantap 👍🏽 sekali'],
		['a lone high surrogate', 'a\ud800b'],
		['a lone low surrogate', 'a\udc00b'],
		['a high surrogate at the end', 'akhir\ud83d'],
		['ASCII then one non-ASCII character at the very end', `${'x'.repeat(5000)}é`]
	])('counts the bytes TextEncoder writes for %s', (_, s) => {
		expect(bytesUtf8(s)).toBe(bytesEncoder(s));
	});
});

describe('documentSize', () => {
	it('counts the JSON of the content, leaving out CouchDB fields but keeping _id and _deleted', () => {
		const doc = {
			_id: 'response:1',
			_rev: '3-abc',
			_revisions: { start: 3, ids: ['abc'] },
			saran: 'é'
		};
		expect(documentSize(doc)).toBe(bytesEncoder(JSON.stringify({ _id: 'response:1', saran: 'é' })));
		const tombstone = { _id: 'response:2', _deleted: true };
		expect(documentSize(tombstone)).toBe(bytesEncoder(JSON.stringify(tombstone)));
	});

	it('counts a document without CouchDB fields as its whole JSON', () => {
		const doc = { _id: 'response:3', nilai: [4, 3, 2], catatan: 'baik sekali 👍' };
		expect(documentSize(doc)).toBe(bytesEncoder(JSON.stringify(doc)));
	});
});
