/**
 * The role × operation matrix: each case names a user, an operation and the expected outcome,
 * and runs over real HTTP against one server per test file, with the accounts and units of
 * ./factories.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE, toDocument, type StoredDocument } from '../../../src/lib/domain/document.ts';
import type { CouchClient, CouchResponse } from '../../../sync-server/http/couch-client.ts';
import {
	AKUN,
	clientOf,
	createAccounts,
	masterDocs,
	OPD_X,
	realisasi,
	response,
	riwayat,
	type Siapa
} from './factories.ts';
import {
	childRevision,
	describeHarapan,
	expectOutcome,
	replicate,
	seed,
	type Harapan
} from './http.ts';
import { startTestServer, type TestServer } from './server.ts';

export const { master: MASTER, skm: SKM, realisasi: REALISASI } = DATABASE;

export interface Kasus {
	siapa: Siapa;
	apa: string;
	/** Runs as `siapa`; `admin` is the server admin, for preparing what the case needs. */
	jalankan: (c: CouchClient, admin: CouchClient) => Promise<CouchResponse>;
	harapan: Harapan;
}

export const SEMUA: Siapa[] = ['anonymous', 'admin', 'enumA', 'enumB', 'opdX', 'opdY', 'reviewer'];
export const namaAkun = (s: Exclude<Siapa, 'anonymous'>) => AKUN[s].name;

export const responseDoc = (unitId: string, enumerator: string | undefined) =>
	toDocument('response', response(unitId, enumerator));

let periodeSeq = 0;
/** A fresh triwulan for each case, so that cases never share an entry. */
export const periodeBaru = () => `20${30 + Math.floor(periodeSeq / 4)}-TW${(periodeSeq++ % 4) + 1}`;

export type Entri = StoredDocument<'realisasi'>;

/** The OPD staff member of the matrix who reports for `unitId`. */
const stafOf = (unitId: string) => (unitId === OPD_X ? 'staf-x' : 'staf-y');

export async function entri(
	admin: CouchClient,
	unitId: string,
	status: 'draft' | 'diajukan' | 'diverifikasi'
) {
	const history = [riwayat(stafOf(unitId), 'simpan')];
	if (status !== 'draft') history.push(riwayat('staf-x', 'ajukan'));
	if (status === 'diverifikasi') history.push(riwayat('admin-app', 'verifikasi'));
	return seed(
		admin,
		REALISASI,
		toDocument('realisasi', realisasi(unitId, periodeBaru(), status, history))
	);
}

export const ubah = (
	e: Entri,
	by: string,
	aksi: Parameters<typeof riwayat>[1],
	status = e.status,
	catatan?: string
): Entri => ({
	...e,
	realisasiFisik: 55,
	status,
	riwayat: [...(e.riwayat ?? []), riwayat(by, aksi, catatan)]
});

/**
 * A draft of `unitId` with two branches, as two devices that saved it offline leave it: two
 * children of one revision, written by replication. `menang` wins (same generation, higher hash).
 */
export async function entriBercabang(admin: CouchClient, unitId: string) {
	const e = await entri(admin, unitId, 'draft');
	const simpan = (realisasiFisik: number) => ({
		...ubah(e, stafOf(unitId), 'simpan'),
		realisasiFisik
	});
	const kalah = childRevision(simpan(40), 'a'.repeat(32));
	const menang = childRevision(simpan(60), 'b'.repeat(32));
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
export function matriks(judul: string, kasus: readonly Kasus[]): () => TestServer {
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
			`${judul}: ${kasus.length} cases, ${count} requests in ${ms.toFixed(0)} ms ` +
				`(${((count / ms) * 1000).toFixed(0)} requests/s)`
		);
		await t.close();
	});
	describe(judul, () => {
		it.each(kasus.map((k) => [`${k.siapa} ${k.apa}: ${describeHarapan(k.harapan)}`, k] as const))(
			'%s',
			async (_label, k) => {
				const res = await k.jalankan(clientOf(t.anonymous, k.siapa), t.admin);
				expectOutcome(res, k.harapan);
			}
		);
	});
	return () => t;
}
