/**
 * `node --import tsx tests/bench/skm-count.ts`: how long GET /api/skm/jumlah takes with many
 * responses stored (JUMLAH_N, default 100,000, in 30 units and 4 periods, 1 % of them voided):
 * the first call reads the whole changes feed, later calls only what changed since (after new
 * responses, or nothing new).
 * With COUCHDB_URL set it runs in front of that Apache CouchDB (emptied first), as the server
 * tests do.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATABASE, toDocument, toKoreksiDocument } from '../../src/lib/domain/document.ts';
import type { SkmResponse } from '../../src/lib/domain/schemas.ts';
import { addUser } from '../../sync-server/admin/users.ts';
import { CouchClient } from '../../sync-server/http/couch-client.ts';
import { startServer } from '../../sync-server/server.ts';
import { COUCHDB_URL, freshCouchDb } from '../server/helpers/couchdb.ts';

const N = Number(process.env.JUMLAH_N ?? 100_000);
const UNITS = Array.from({ length: 30 }, (_, i) => `unit-${i}`);
const PERIODE = ['2026-TW1', '2026-TW2', '2026-TW3', '2026-TW4'];
const BATCH = 1_000;

function response(i: number): SkmResponse {
	const periodeId = PERIODE[i % PERIODE.length]!;
	const month = String((i % PERIODE.length) * 3 + 1).padStart(2, '0');
	return {
		id: `r-${i}`,
		unitId: UNITS[i % UNITS.length]!,
		periodeId,
		waktu: `2026-${month}-10T09:30:00+07:00`,
		jawaban: { u1: 3, u2: 4, u3: 3, u4: 4, u5: 3, u6: 3, u7: 4, u8: null, u9: 2 },
		profil: { jenisKelamin: 'P', usia: 34, pendidikan: 'SMA', pekerjaan: 'Swasta' },
		kuesionerVersi: 'standar-2017',
		sumber: 'enumerator',
		enumerator: `enum-${i % 40}`
	};
}

function docs(from: number, to: number) {
	const out: unknown[] = [];
	for (let i = from; i < to; i++) {
		const r = response(i);
		out.push(toDocument('response', r));
		if (i % 100 === 3) {
			const cancel = {
				id: `k-${i}`,
				responseId: r.id,
				jenis: 'batal' as const,
				waktu: r.waktu,
				oleh: r.enumerator!,
				alasan: 'responden ganda'
			};
			out.push(toKoreksiDocument(cancel, r));
		}
	}
	return out;
}

async function write(admin: CouchClient, from: number, to: number) {
	for (let i = from; i < to; i += BATCH) {
		const res = await admin.raw('POST', `/${DATABASE.skm}/_bulk_docs`, {
			docs: docs(i, Math.min(to, i + BATCH))
		});
		if (res.status !== 201 && res.status !== 202) throw new Error(JSON.stringify(res.body));
	}
}

const appDir = mkdtempSync(join(tmpdir(), 'rapor-bench-app-'));
writeFileSync(join(appDir, 'index.html'), '<!doctype html><title>Rapor</title>');
if (COUCHDB_URL) await freshCouchDb(COUCHDB_URL);
const running = await startServer({
	port: 0,
	host: '127.0.0.1',
	appDir,
	env: {},
	...(COUCHDB_URL ? { couchdbUrl: COUCHDB_URL } : {})
});
try {
	const admin = new CouchClient({ url: running.couchUrl, credentials: running.admin });
	await addUser(
		admin,
		{ name: 'bench-enum', peran: ['enumerator'], unitIds: [UNITS[0]!] },
		'sandi-bench-2026'
	);
	const login = await admin
		.as()
		.raw('POST', '/_session', { name: 'bench-enum', password: 'sandi-bench-2026' });
	const cookie = /AuthSession=[^;]*/.exec(login.headers.get('set-cookie') ?? '')?.[0] ?? '';

	async function tanya(label: string) {
		const started = performance.now();
		const res = await fetch(`${running.url}/api/skm/jumlah?periode=2026-TW4`, {
			headers: { cookie }
		});
		const body = (await res.json()) as { unit: Record<string, number> };
		const total = Object.values(body.unit).reduce((a, b) => a + b, 0);
		const ms = performance.now() - started;
		console.log(`${label.padEnd(44)} ${ms.toFixed(0).padStart(7)} ms  (TW4 total ${total})`);
	}

	const backEnd = COUCHDB_URL ? 'Apache CouchDB' : 'embedded server';
	console.log(`GET /api/skm/jumlah on the ${backEnd}, ${N} responses, 1 % voided\n`);
	const started = performance.now();
	await write(admin, 0, N);
	console.log(
		`${'writing the responses'.padEnd(44)} ${(performance.now() - started).toFixed(0).padStart(7)} ms`
	);
	await tanya('first call (reads the whole feed)');
	await write(admin, N, N + 1_000);
	await tanya('after 1,000 more responses (reads only those)');
	await tanya('again, nothing changed');
} finally {
	await running.close();
	rmSync(appDir, { recursive: true, force: true });
}
