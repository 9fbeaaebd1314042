/**
 * The server's share of a sync: each replication call the device makes, timed from Node against
 * the embedded server (`npx tsx tests/bench/sinkron-server.ts`).
 */
import { designDoc } from '../../sync-server/design/index.ts';
import { CouchClient } from '../../sync-server/http/couch-client.ts';
import { startApp } from './app.ts';

const app = await startApp();
const admin = new CouchClient({ url: app.couchUrl, credentials: app.admin });
const db = 'srv';
await admin.raw('PUT', `/${db}`);
await admin.raw('PUT', `/${db}/_design/rapor`, designDoc('skm'));
const headers = {
	'Content-Type': 'application/json',
	Authorization: `Basic ${Buffer.from(`${app.admin.name}:${app.admin.password}`).toString('base64')}`
};
const call = async (method: string, path: string, body?: unknown) => {
	const m = performance.now();
	const res = await fetch(`${app.couchUrl}/${db}${path}`, {
		method,
		headers,
		...(body ? { body: JSON.stringify(body) } : {})
	});
	const json = (await res.json()) as unknown;
	return { ms: performance.now() - m, json, status: res.status };
};
const doc = (i: number) => ({
	_id: `response:x-${i}`,
	_rev: `1-${(i.toString(16) + 'a'.repeat(32)).slice(0, 32)}`,
	_revisions: { start: 1, ids: [(i.toString(16) + 'a'.repeat(32)).slice(0, 32)] },
	type: 'response',
	id: `x-${i}`,
	unitId: `bench-unit-${i % 20}`,
	periodeId: '2026-TW4',
	waktu: '2026-11-02T09:00:00+07:00',
	jawaban: { u1: 1, u2: 2, u3: 3, u4: 4, u5: 1, u6: 2, u7: 3, u8: 4, u9: 1 },
	profil: { jenisKelamin: 'L', usia: 30 },
	kuesionerVersi: 'standar-2017',
	sumber: 'enumerator',
	enumerator: 'bench'
});
const B = Number(process.env.B ?? 250);
let t = 0;
for (let i = 0; i < 4000; i += B) {
	const r = await call('POST', '/_bulk_docs', {
		docs: Array.from({ length: B }, (_, j) => doc(i + j)),
		new_edits: false
	});
	if (i === 0) console.log('bulk_docs status', r.status, JSON.stringify(r.json).slice(0, 200));
	t += r.ms;
}
console.log(`bulk_docs ${B}: ${(t / (4000 / B)).toFixed(0)} ms per batch`);
let since: unknown = 0;
let tc = 0;
let tg = 0;
let k = 0;
for (;;) {
	const c = await call(
		'GET',
		`/_changes?style=all_docs&limit=${B}&since=${encodeURIComponent(String(since))}`
	);
	tc += c.ms;
	const res = c.json as {
		results: { id: string; changes: { rev: string }[] }[];
		last_seq: unknown;
	};
	if (res.results.length === 0) break;
	since = res.last_seq;
	const g = await call('POST', '/_bulk_get?revs=true', {
		docs: res.results.map((r) => ({ id: r.id, rev: r.changes[0]!.rev }))
	});
	tg += g.ms;
	k++;
}
console.log(
	`changes ${B}: ${(tc / k).toFixed(0)} ms per batch; bulk_get ${(tg / k).toFixed(0)} ms (${k} batches)`
);
await app.close();
