/**
 * Bundled into a Chromium page on the app's origin by tests/bench/scale.ts: fills the app's own
 * demo database (`rapor`) with generated SKM responses up to a total, in slices so that 1,000,000
 * responses never exist as objects at once. For speed the responses go straight into IndexedDB
 * in large transactions, past Dexie and its middlewares; then the SKM rekap is rebuilt with the
 * same full recount the v6 upgrade runs (recomputeRekapSkm), so the screens read what a device
 * that saved them one by one would hold. Also declares the device user (admin "Bench") and the
 * unit being surveyed, so that /survei, /realisasi and /admin open on their real content.
 */
import Dexie from 'dexie';
import { setUser } from '../../src/lib/db/device';
import { openDb, type RaporDb } from '../../src/lib/db/schema';
import { recomputeRekapSkm } from '../../src/lib/db/skm-rekap';
import {
	OCCUPATIONS,
	EDUCATION_LEVELS,
	skmResponseSchema,
	type Answer,
	type SkmResponse
} from '../../src/lib/domain/schemas';
import { UNSUR_KEYS } from '../../src/lib/domain/unsur';

/** Responses written per IndexedDB transaction. */
const SLICE_SIZE = 50_000;
/** One response in this many carries a saran (the demo has about one in three). */
const SARAN_EVERY = 5;
const SARAN = ['Antrean terlalu panjang.', 'Petugas ramah dan cepat.', 'Ruang tunggu panas.'];
const PREFIX = 'skala-';

export type Spread = 'setahun' | 'triwulan-tampil';

export interface FillResult {
	/** Responses stored after the fill. */
	tersimpan: number;
	ditambah: number;
	ms: number;
	/** The triwulan the screens open on (the latest one that has started). */
	periodeTampil: string;
	/** SKM service units, most responses first; OPD rated in the index. */
	unitSkm: string[];
	opd: string[];
}

/** The same rule as the period picker: the latest triwulan that has started. */
function shownPeriode(ids: string[]): string {
	const now = new Date();
	const current = `${now.getFullYear()}-TW${Math.floor(now.getMonth() / 3) + 1}`;
	return ids.filter((id) => id <= current).at(-1) ?? ids.at(-1)!;
}

/** Deterministic scores around 3 with about 2 % blanks; unsur u1 always answered. */
function nthAnswer(i: number): Answer {
	const entries = UNSUR_KEYS.map((k, j) => {
		const h = Math.imul(i + 1, 2654435761) ^ Math.imul(j + 7, 40503);
		const r = (h >>> 8) % 100;
		if (j > 0 && r < 2) return [k, null];
		return [k, r < 8 ? 1 : r < 25 ? 2 : r < 75 ? 3 : 4];
	});
	return Object.fromEntries(entries) as Answer;
}

const pad = (n: number) => String(n).padStart(2, '0');

function nthTime(i: number, periodeId: string): string {
	const [year, tw] = periodeId.split('-TW').map(Number) as [number, number];
	const month = (tw - 1) * 3 + 1 + (i % 3);
	const day = 1 + ((i >> 2) % 28);
	const minutes = 480 + ((i * 7) % 480);
	return `${year}-${pad(month)}-${pad(day)}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:00+07:00`;
}

function nthResponse(
	i: number,
	unitId: string,
	periodeId: string,
	layanan: readonly string[]
): SkmResponse {
	const response: SkmResponse = {
		id: `${PREFIX}${String(i).padStart(7, '0')}`,
		unitId,
		periodeId,
		waktu: nthTime(i, periodeId),
		jawaban: nthAnswer(i),
		profil: {
			jenisKelamin: i % 2 ? 'P' : 'L',
			usia: 18 + (i % 60),
			pendidikan: EDUCATION_LEVELS[i % EDUCATION_LEVELS.length],
			pekerjaan: OCCUPATIONS[i % OCCUPATIONS.length]
		},
		kuesionerVersi: 'permen14-2017-v1',
		sumber: 'impor'
	};
	if (layanan.length > 0) response.jenisLayanan = layanan[i % layanan.length];
	if (i % SARAN_EVERY === 0) response.saran = SARAN[(i / SARAN_EVERY) % SARAN.length];
	return response;
}

/** Puts the responses in one native IndexedDB transaction on `responses` (no Dexie). */
function writeDirect(idb: IDBDatabase, responses: readonly SkmResponse[]): Promise<void> {
	return new Promise((resolve, reject) => {
		const tx = idb.transaction('responses', 'readwrite', { durability: 'relaxed' });
		const store = tx.objectStore('responses');
		for (const r of responses) store.put(r);
		tx.oncomplete = () => resolve();
		tx.onerror = () => reject(tx.error);
		tx.onabort = () => reject(tx.error);
	});
}

function openDirect(name: string): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const req = indexedDB.open(name);
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});
}

async function assertDevice(db: RaporDb, unitId: string, jenisLayanan = ''): Promise<void> {
	await setUser(db, { nama: 'Bench', peran: 'admin', unitIds: [] });
	await db.drafts.put({
		id: 'survei-pilihan',
		jenis: 'survei',
		diubah: new Date().toISOString(),
		data: { unitId, jenisLayanan, catatLokasi: false }
	});
	await db.drafts.bulkDelete(['survei-baru', 'survei-koreksi']);
}

/**
 * Adds generated responses until `total` are stored (none when there already are), spread over
 * every SKM service unit and either every period (`setahun`, a year of data) or only the one the
 * screens open on. Call after the app's first start (the demo is loaded).
 */
export async function fillUntil(total: number, sebaran: Spread = 'setahun'): Promise<FillResult> {
	const mulai = performance.now();
	const db = openDb('rapor');
	await db.open();
	try {
		const units = await db.units.toArray();
		const perUnit = new Map<string, number>();
		await db.responses.orderBy('unitId').eachKey((key) => {
			const id = String(key);
			perUnit.set(id, (perUnit.get(id) ?? 0) + 1);
		});
		const unitSkm = units
			.filter((u) => u.layananSkm)
			.map((u) => u.id)
			.sort((a, b) => (perUnit.get(b) ?? 0) - (perUnit.get(a) ?? 0));
		const opd = units.filter((u) => u.dinilaiIndeks).map((u) => u.id);
		const periodeIds = (await db.periode.toArray()).map((p) => p.id).sort();
		if (unitSkm.length === 0 || periodeIds.length === 0) {
			throw new Error('no SKM unit or period: open the app once first (demo data)');
		}
		const tampil = shownPeriode(periodeIds);
		const periodeContent = sebaran === 'setahun' ? periodeIds : [tampil];
		const layanan = new Map<string, string[]>();
		for (const jl of await db.jenisLayanan.toArray()) {
			layanan.set(jl.unitId, [...(layanan.get(jl.unitId) ?? []), jl.nama]);
		}
		await assertDevice(db, unitSkm[0]!, layanan.get(unitSkm[0]!)?.[0]);

		let saved = await db.responses.count();
		let nomor = await db.responses.where(':id').startsWith(PREFIX).count();
		const initial = saved;
		const idb = saved < total ? await openDirect(db.name) : null;
		while (idb && saved < total) {
			const n = Math.min(SLICE_SIZE, total - saved);
			const irisan: SkmResponse[] = [];
			for (let k = 0; k < n; k++, nomor++) {
				const unitId = unitSkm[nomor % unitSkm.length]!;
				const periodeId =
					periodeContent[Math.floor(nomor / unitSkm.length) % periodeContent.length]!;
				irisan.push(nthResponse(nomor, unitId, periodeId, layanan.get(unitId) ?? []));
			}
			// A sample of every slice through the domain schema: generated data must be valid data.
			for (const r of irisan.slice(0, 20)) skmResponseSchema.parse(r);
			await writeDirect(idb, irisan);
			saved += n;
		}
		if (idb) {
			idb.close();
			await db.transaction('rw', db.responses, db.koreksi, db.skmRekap, () =>
				recomputeRekapSkm(Dexie.currentTransaction)
			);
		}
		return {
			tersimpan: await db.responses.count(),
			ditambah: saved - initial,
			ms: performance.now() - mulai,
			periodeTampil: tampil,
			unitSkm,
			opd
		};
	} finally {
		db.close();
	}
}
