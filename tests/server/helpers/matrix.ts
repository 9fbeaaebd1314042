/**
 * The role × operation matrix: each case names a user, an operation and the expected outcome,
 * and runs over real HTTP against one server per test file, with the accounts and units of
 * ./factories.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE, toDocument, type StoredDocument } from '../../../src/lib/domain/document.ts';
import type { CouchClient, CouchResponse } from '../../../sync-server/http/couch-client.ts';
import {
	ACCOUNTS,
	clientOf,
	createAccounts,
	masterDocs,
	OPD_X,
	realisasi,
	response,
	makeHistory,
	type Who
} from './factories.ts';
import {
	childRevision,
	describeExpectation,
	expectOutcome,
	replicate,
	seed,
	type Expectation
} from './http.ts';
import { startTestServer, type TestServer } from './server.ts';

export const { master: MASTER, skm: SKM, realisasi: REALISASI } = DATABASE;

export interface Case {
	siapa: Who;
	apa: string;
	/** Runs as `siapa`; `admin` is the server admin, for preparing what the case needs. */
	jalankan: (c: CouchClient, admin: CouchClient) => Promise<CouchResponse>;
	harapan: Expectation;
}

export const EVERYONE: Who[] = ['anonymous', 'admin', 'enumA', 'enumB', 'opdX', 'opdY', 'reviewer'];
export const accountName = (s: Exclude<Who, 'anonymous'>) => ACCOUNTS[s].name;

export const responseDoc = (unitId: string, enumerator: string | undefined) =>
	toDocument('response', response(unitId, enumerator));

let periodeSeq = 0;
/** A fresh triwulan for each case, so that cases never share an entry. */
export const newPeriode = () => `20${30 + Math.floor(periodeSeq / 4)}-TW${(periodeSeq++ % 4) + 1}`;

export type Entry = StoredDocument<'realisasi'>;

/** The OPD staff member of the matrix who reports for `unitId`. */
const staffOf = (unitId: string) => (unitId === OPD_X ? 'staf-x' : 'staf-y');

export async function entry(
	admin: CouchClient,
	unitId: string,
	status: 'draft' | 'diajukan' | 'diverifikasi'
) {
	const history = [makeHistory(staffOf(unitId), 'simpan')];
	if (status !== 'draft') history.push(makeHistory('staf-x', 'ajukan'));
	if (status === 'diverifikasi') history.push(makeHistory('admin-app', 'verifikasi'));
	return seed(
		admin,
		REALISASI,
		toDocument('realisasi', realisasi(unitId, newPeriode(), status, history))
	);
}

export const update = (
	e: Entry,
	by: string,
	aksi: Parameters<typeof makeHistory>[1],
	status = e.status,
	catatan?: string
): Entry => ({
	...e,
	realisasiFisik: 55,
	status,
	riwayat: [...(e.riwayat ?? []), makeHistory(by, aksi, catatan)]
});

/**
 * A draft of `unitId` with two branches, as two devices that saved it offline leave it: two
 * children of one revision, written by replication. `menang` wins (same generation, higher hash).
 */
export async function branchedEntry(admin: CouchClient, unitId: string) {
	const e = await entry(admin, unitId, 'draft');
	const save = (realisasiFisik: number) => ({
		...update(e, staffOf(unitId), 'simpan'),
		realisasiFisik
	});
	const kalah = childRevision(save(40), 'a'.repeat(32));
	const menang = childRevision(save(60), 'b'.repeat(32));
	for (const d of [kalah, menang]) {
		const res = await replicate(admin, REALISASI, d);
		expect(res.status, JSON.stringify(res.body)).toBe(201);
	}
	return { menang, kalah };
}

/**
 * Runs every case as a test, against a server set up with the accounts and master data, and
 * prints how many requests the cases made and how fast. Returns the running server for any extra
 * tests of the file.
 */
export function matrix(title: string, kasus: readonly Case[]): () => TestServer {
	let t: TestServer;
	let started = 0;
	let requests = 0;
	beforeAll(async () => {
		t = await startTestServer();
		await createAccounts(t.admin);
		for (const d of masterDocs()) await seed(t.admin, MASTER, d);
		started = performance.now();
		requests = t.logs.length;
	}, 30_000);
	afterAll(async () => {
		const ms = performance.now() - started;
		const count = t.logs.length - requests;
		console.log(
			`${title}: ${kasus.length} cases, ${count} requests in ${ms.toFixed(0)} ms ` +
				`(${((count / ms) * 1000).toFixed(0)} requests/s)`
		);
		await t.close();
	});
	describe(title, () => {
		it.each(
			kasus.map((k) => [`${k.siapa} ${k.apa}: ${describeExpectation(k.harapan)}`, k] as const)
		)('%s', async (_label, k) => {
			const res = await k.jalankan(clientOf(t.anonymous, k.siapa), t.admin);
			expectOutcome(res, k.harapan);
		});
	});
	return () => t;
}
