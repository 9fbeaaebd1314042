/**
 * How the engine tells failures apart: the session, access, the server, the network, and the
 * device's own storage (IndexedDB through Dexie), which must never read as "no network".
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDb } from '$lib/db/schema';
import { errorKind } from '$lib/sync/remote';

describe('the kind of a failure', () => {
	it('reads the HTTP status of a server answer', () => {
		expect(errorKind({ status: 401, name: 'unauthorized' })).toBe('perlu-masuk');
		expect(errorKind({ status: 403, name: 'forbidden' })).toBe('tanpa-akses');
		expect(errorKind({ status: 400, name: 'bad_request' })).toBe('server');
		expect(errorKind({ status: 500, name: 'internal_server_error' })).toBe('server');
	});

	it('calls a failed request without an answer the network', () => {
		expect(errorKind(new TypeError('Failed to fetch'))).toBe('jaringan');
		expect(errorKind(new Error('socket hang up'))).toBe('jaringan');
		// A cancelled fetch is an AbortError too, but not the device's storage.
		expect(errorKind(new DOMException('The operation was aborted.', 'AbortError'))).toBe(
			'jaringan'
		);
		expect(errorKind(null)).toBe('jaringan');
	});

	it("calls Dexie's storage errors the device's", () => {
		expect(errorKind(new Dexie.QuotaExceededError('full'))).toBe('perangkat');
		expect(errorKind(new Dexie.DatabaseClosedError())).toBe('perangkat');
		expect(errorKind(new Dexie.InvalidStateError('closing'))).toBe('perangkat');
		expect(errorKind(new Dexie.AbortError())).toBe('perangkat');
		expect(errorKind(new Dexie.OpenFailedError('blocked'))).toBe('perangkat');
		expect(errorKind(new Dexie.BulkError('bulkPut failed', {}))).toBe('perangkat');
	});

	it("calls IndexedDB's own storage errors the device's, also when wrapped", () => {
		const full = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		expect(errorKind(full)).toBe('perangkat');
		expect(errorKind(new DOMException('closing', 'InvalidStateError'))).toBe('perangkat');
		// An aborted transaction, as Dexie reports it: the cause is in `inner`.
		expect(errorKind(new Dexie.AbortError('Transaction aborted', full))).toBe('perangkat');
		expect(errorKind({ name: 'Error', inner: full })).toBe('perangkat');
		expect(errorKind(new Error('saving the pull failed', { cause: full }))).toBe('perangkat');
	});

	it('calls a read of a closed device database a device failure, not the network', async () => {
		const db = openDb('remote-jenis-galat');
		await db.open();
		db.close();
		const error = await db.meta.get('x').then(
			() => null,
			(e: unknown) => e
		);
		expect((error as Error).name).toBe('DatabaseClosedError');
		expect(errorKind(error)).toBe('perangkat');
		await db.delete();
	});
});
