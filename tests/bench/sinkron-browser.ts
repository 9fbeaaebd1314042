/**
 * Bundled into a Chromium page on the server's origin by tests/bench/sinkron.ts: Rapor's sync
 * engine (Dexie + the replication protocol) and plain PouchDB replication, on the same documents.
 */
import PouchDB from 'pouchdb';
import { DATABASE, keDokumen } from '../../src/lib/domain/dokumen';
import type { SkmResponse } from '../../src/lib/domain/schemas';
import { UNSUR_KEYS } from '../../src/lib/domain/unsur';
import { addResponses } from '../../src/lib/db/responses';
import { openDb } from '../../src/lib/db/schema';
import { pelacakPerubahan } from '../../src/lib/sync/pelacak';
import { pull } from '../../src/lib/sync/pull';
import { push } from '../../src/lib/sync/push';
import { bukaRemote } from '../../src/lib/sync/remote';

export interface Auth {
	username: string;
	password: string;
}

function responses(n: number, prefix: string): SkmResponse[] {
	return Array.from({ length: n }, (_, i) => ({
		id: `${prefix}-${i}`,
		unitId: `bench-unit-${i % 20}`,
		periodeId: '2026-TW4',
		waktu: '2026-11-02T09:00:00+07:00',
		jawaban: Object.fromEntries(
			UNSUR_KEYS.map((k, j) => [k, ((i * 7 + j * 3) % 4) + 1])
		) as SkmResponse['jawaban'],
		profil: { jenisKelamin: i % 2 ? 'P' : 'L', usia: 18 + (i % 60) },
		kuesionerVersi: 'standar-2017',
		sumber: 'enumerator',
		enumerator: 'bench'
	}));
}

const detik = (mulai: number) => (performance.now() - mulai) / 1000;

/** Rapor: n responses saved on one device (queued as they are saved), pushed, pulled by another. */
export async function rapor(couchUrl: string, auth: Auth, n: number) {
	const sumber = openDb('bench-rapor-push');
	sumber.use(pelacakPerubahan);
	await sumber.open();
	const list = responses(n, 'r');
	for (let i = 0; i < list.length; i += 1000) await addResponses(sumber, list.slice(i, i + 1000));
	const remote = bukaRemote(couchUrl, DATABASE.skm, { auth });
	let mulai = performance.now();
	const hasilPush = await push(sumber, remote, 'skm');
	const pushDetik = detik(mulai);

	const tujuan = openDb('bench-rapor-pull');
	tujuan.use(pelacakPerubahan);
	await tujuan.open();
	mulai = performance.now();
	while (!(await pull(tujuan, remote, 'skm')).tersusul);
	const pullDetik = detik(mulai);
	const diterima = await tujuan.responses.count();
	await remote.close();
	return { terkirim: hasilPush.terkirim, pushDetik, diterima, pullDetik };
}

interface Pouch {
	bulkDocs(docs: unknown[]): Promise<unknown>;
	allDocs(opts: { startkey: string; endkey: string }): Promise<{ rows: unknown[] }>;
}
type PouchCtor = (new (name: string, opts?: Record<string, unknown>) => Pouch) & {
	replicate(a: Pouch, b: Pouch, opts?: Record<string, unknown>): Promise<{ docs_written: number }>;
};

/** Plain PouchDB: the same documents in a local PouchDB, replicated to the server and back. */
export async function pouchdb(couchUrl: string, db: string, auth: Auth, n: number) {
	const Pouch = PouchDB as unknown as PouchCtor;
	const lokal = new Pouch('bench-pouch-push');
	const docs = responses(n, 'p').map((r) => keDokumen('response', r));
	for (let i = 0; i < docs.length; i += 1000) await lokal.bulkDocs(docs.slice(i, i + 1000));
	const remote = new Pouch(`${couchUrl}/${db}`, { auth, skip_setup: true });
	let mulai = performance.now();
	const naik = await Pouch.replicate(lokal, remote, { batch_size: 250 });
	const pushDetik = detik(mulai);

	const tujuan = new Pouch('bench-pouch-pull');
	mulai = performance.now();
	await Pouch.replicate(remote, tujuan, { batch_size: 250 });
	const pullDetik = detik(mulai);
	const diterima = (await tujuan.allDocs({ startkey: 'response:', endkey: 'response:\uffff' })).rows
		.length;
	return { terkirim: naik.docs_written, pushDetik, diterima, pullDetik };
}
