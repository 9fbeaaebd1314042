/**
 * Bundled into a Chromium page by tests/bench/skm-rekap.ts: fills a database opened with the
 * app's `openDb` (so the SKM rekap middleware applies) with generated responses, and times
 * `readSkm` (what /skm and Rakor read) against a full read of the period's responses.
 */
import Dexie from 'dexie';
import { SCHEMA_VERSIONS, openDb, type RaporDb } from '../../src/lib/db/schema';
import { responsesForPeriode } from '../../src/lib/db/responses';
import type { SkmResponse, Unit } from '../../src/lib/domain/schemas';
import { readSkm } from '../../src/lib/state/reads';
import { buildSkm } from '../../src/lib/view/skm';
import { applyKoreksi } from '../../src/lib/state/survey-koreksi';

const SLICE_SIZE = 5_000;
const UNITS = 30;
const PERIODE = ['2026-TW1', '2026-TW2', '2026-TW3', '2026-TW4'];
let db: RaporDb | null = null;

function unit(i: number): Unit {
	return {
		id: `unit-${i}`,
		nama: `Unit ${i}`,
		singkatan: `U${i}`,
		jenis: 'dinas',
		dinilaiIndeks: true,
		layananSkm: true
	};
}

function response(i: number): SkmResponse {
	const periodeId = PERIODE[i % PERIODE.length]!;
	const s = (j: number) => (1 + ((i * 7 + j * 3) % 4)) as 1 | 2 | 3 | 4;
	return {
		id: `r-${i}`,
		unitId: `unit-${i % UNITS}`,
		periodeId,
		waktu: '2026-02-10T09:30:00+07:00',
		jawaban: {
			u1: s(1),
			u2: s(2),
			u3: s(3),
			u4: s(4),
			u5: s(5),
			u6: s(6),
			u7: s(7),
			u8: null,
			u9: s(9)
		},
		profil: { jenisKelamin: i % 2 ? 'P' : 'L', usia: 18 + (i % 60) },
		jenisLayanan: `Layanan ${i % 5}`,
		kuesionerVersi: 'bench',
		sumber: 'enumerator'
	};
}

/** Stores responses up to `total`; returns the milliseconds the writes took (rekap included). */
export async function fill(total: number): Promise<{ ms: number; rekap: number }> {
	db ??= openDb('bench-skm-rekap');
	await db.units.bulkPut(Array.from({ length: UNITS }, (_, i) => unit(i)));
	const dari = await db.responses.count();
	const started = performance.now();
	for (let i = dari; i < total; i += SLICE_SIZE) {
		const slice = Array.from({ length: Math.min(SLICE_SIZE, total - i) }, (_, k) =>
			response(i + k)
		);
		await db.transaction('rw', db.responses, () => db!.responses.bulkPut(slice));
	}
	return { ms: performance.now() - started, rekap: await db.skmRekap.count() };
}

/** The same writes into a database with the same tables but no rekap middleware. */
export async function fillWithoutRekap(total: number): Promise<{ ms: number }> {
	const plain = new Dexie('bench-skm-tanpa-rekap');
	for (const { version, stores } of SCHEMA_VERSIONS) plain.version(version).stores(stores);
	const table = plain.table<SkmResponse, string>('responses');
	const dari = await table.count();
	const started = performance.now();
	for (let i = dari; i < total; i += SLICE_SIZE) {
		const slice = Array.from({ length: Math.min(SLICE_SIZE, total - i) }, (_, k) =>
			response(i + k)
		);
		await plain.transaction('rw', table, () => table.bulkPut(slice));
	}
	const ms = performance.now() - started;
	plain.close();
	return { ms };
}

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)]!;
}

/** Median of `kali` runs: readSkm (the rekap) and the full read it replaced. */
export async function measure(
	periodeId: string,
	kali: number
): Promise<{ rekapMs: number; penuhMs: number; responden: number }> {
	const d = db!;
	const rekap: number[] = [];
	const penuh: number[] = [];
	let responden = 0;
	// All rekap reads first: the full reads' garbage must not land in their timings.
	for (let k = 0; k < kali; k++) {
		const t = performance.now();
		const view = await readSkm(d, periodeId);
		rekap.push(performance.now() - t);
		responden = view.units.reduce((s, u) => s + u.hasil.responden, 0);
	}
	const settings = (await readSkm(d, periodeId)).pengaturan;
	for (let k = 0; k < kali; k++) {
		const t = performance.now();
		const responses = await applyKoreksi(d, await responsesForPeriode(d, periodeId));
		const units = await d.units.toArray();
		buildSkm({ periodeId, units, responses, populasi: [], pengaturan: settings });
		penuh.push(performance.now() - t);
	}
	return { rekapMs: median(rekap), penuhMs: median(penuh), responden };
}
