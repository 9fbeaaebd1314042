/** Valid documents for database tests, one override away from the case under test. */
import Dexie from 'dexie';
import { afterEach } from 'vitest';
import { openDb, type RaporDb } from '$lib/db/schema';
import type { Indikator, Populasi, Realisasi, SkmResponse, Unit } from '$lib/domain/schemas';

const opened: RaporDb[] = [];

/** A new, empty database under a name no other test uses; deleted after the test. */
export function freshDb(): RaporDb {
	const db = openDb(uniqueName());
	opened.push(db);
	return db;
}

export function uniqueName(): string {
	return `rapor-test-${crypto.randomUUID()}`;
}

afterEach(async () => {
	for (const db of opened.splice(0)) {
		db.close();
		await Dexie.delete(db.name);
	}
});

export const unit = (over: Partial<Unit> = {}): Unit => ({
	id: 'unit-disdukcapil',
	nama: 'Dinas Kependudukan dan Pencatatan Sipil',
	singkatan: 'Disdukcapil',
	jenis: 'dinas',
	dinilaiIndeks: true,
	layananSkm: true,
	...over
});

export const response = (over: Partial<SkmResponse> = {}): SkmResponse => ({
	id: 'skm-1',
	unitId: 'unit-disdukcapil',
	periodeId: '2026-TW1',
	waktu: '2026-02-10T09:15:00+07:00',
	jawaban: { u1: 4, u2: 3, u3: 3, u4: 4, u5: 3, u6: 4, u7: 4, u8: null, u9: 3 },
	profil: { jenisKelamin: 'P', usia: 34, pendidikan: 'SMA', pekerjaan: 'Wirausaha' },
	jenisLayanan: 'Kartu Keluarga',
	kuesionerVersi: 'permen14-2017-v1',
	sumber: 'enumerator',
	...over
});

export const realisasi = (over: Partial<Realisasi> = {}): Realisasi => ({
	id: 'real-disdukcapil-2026-TW1',
	unitId: 'unit-disdukcapil',
	periodeId: '2026-TW1',
	pagu: 12_000_000_000,
	realisasiAnggaran: 2_100_000_000,
	realisasiFisik: 22.5,
	p3dn: { realisasiPdn: 800_000_000, komitmenPdn: 900_000_000, totalPengadaan: 1_000_000_000 },
	indikator: [{ indikatorId: 'ind-ktp', realisasi: 97.2 }],
	status: 'diajukan',
	...over
});

export const indikator = (over: Partial<Indikator> = {}): Indikator => ({
	id: 'ind-ktp',
	unitId: 'unit-disdukcapil',
	tahun: 2026,
	nama: 'Persentase penduduk wajib KTP-el yang telah merekam',
	satuan: '%',
	polaritas: 'positif',
	target: [97, 97.5, 98, 98.5],
	...over
});

export const populasi = (over: Partial<Populasi> = {}): Populasi => ({
	id: 'pop-disdukcapil-2026-TW1',
	unitId: 'unit-disdukcapil',
	periodeId: '2026-TW1',
	jumlah: 4800,
	...over
});

/** A document the schema rejects, typed as valid so it reaches the runtime check. */
export function invalid<T>(doc: T, patch: Record<string, unknown>): T {
	return { ...doc, ...patch } as T;
}
