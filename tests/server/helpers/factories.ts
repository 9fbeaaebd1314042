/**
 * Valid domain documents for the server tests, and the small world of the access matrix: two
 * service units, two OPD, and one account per role.
 */
import {
	toDocument,
	toKoreksiDocument,
	type StoredDocument,
	type DocumentContent
} from '../../../src/lib/domain/document.ts';
import type {
	CatatanRakor,
	ForumKonsultasi,
	PublikasiSkm,
	Realisasi,
	Rtl,
	HistoryEntry,
	SkmKoreksi,
	SkmResponse,
	RealisasiStatus,
	Unit
} from '../../../src/lib/domain/schemas.ts';
import type { CouchClient } from '../../../sync-server/http/couch-client.ts';
import {
	AccountError,
	addUser,
	setPassword,
	setRoles,
	type UserAccount
} from '../../../sync-server/admin/users.ts';

export const UNIT_A = 'pkm-a';
export const UNIT_B = 'kel-b';
export const OPD_X = 'dinas-x';
export const OPD_Y = 'badan-y';
export const PERIODE = '2026-TW1';
export const TIME = '2026-02-10T09:30:00+07:00';

export const ACCOUNTS = {
	admin: { name: 'admin-app', peran: ['admin'], unitIds: [] },
	enumA: { name: 'enum-a', peran: ['enumerator'], unitIds: [UNIT_A] },
	enumB: { name: 'enum-b', peran: ['enumerator'], unitIds: [UNIT_B] },
	opdX: { name: 'staf-x', peran: ['opd'], unitIds: [OPD_X] },
	opdY: { name: 'staf-y', peran: ['opd'], unitIds: [OPD_Y] },
	reviewer: { name: 'reviewer-1', peran: ['reviewer'], unitIds: [] }
} as const satisfies Record<string, UserAccount>;
export type Who = keyof typeof ACCOUNTS | 'anonymous';

export const passwordOf = (name: string) => `sandi-${name}-2026`;

/**
 * The matrix's accounts. On a CouchDB cluster an account of the previous test file can outlive
 * freshCouchDb on one copy of `_users` (a listing read another copy, or a purge that copy has not
 * caught up with yet), and addUser then finds it: it is given this file's roles and password.
 */
export async function createAccounts(admin: CouchClient): Promise<void> {
	for (const account of Object.values(ACCOUNTS)) {
		const wanted = { ...account, peran: [...account.peran], unitIds: [...account.unitIds] };
		try {
			await addUser(admin, wanted, passwordOf(account.name));
		} catch (error) {
			if (!(error instanceof AccountError) || !error.message.endsWith('already exists'))
				throw error;
			await setRoles(admin, wanted);
			await setPassword(admin, account.name, passwordOf(account.name));
		}
	}
}

/** The API as one of the matrix's users. */
export function clientOf(anonymous: CouchClient, siapa: Who): CouchClient {
	if (siapa === 'anonymous') return anonymous;
	const name = ACCOUNTS[siapa].name;
	return anonymous.as({ name, password: passwordOf(name) });
}

export function unit(
	id: string,
	kind: Unit['jenis'],
	dinilaiIndeks: boolean
): StoredDocument<'unit'> {
	return toDocument('unit', {
		id,
		nama: `Unit ${id}`,
		singkatan: id.toUpperCase(),
		jenis: kind,
		dinilaiIndeks,
		layananSkm: !dinilaiIndeks
	});
}

export const masterDocs = (): StoredDocument[] => [
	unit(UNIT_A, 'puskesmas', false),
	unit(UNIT_B, 'kelurahan', false),
	unit(OPD_X, 'dinas', true),
	unit(OPD_Y, 'badan', true),
	toDocument('periode', { id: PERIODE, tahun: 2026, triwulan: 1 })
];

let seq = 0;
export const freshId = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++seq}`;

export function response(
	unitId: string,
	enumerator: string | undefined,
	overrides: Partial<SkmResponse> = {}
): SkmResponse {
	return {
		id: freshId('r'),
		unitId,
		periodeId: PERIODE,
		waktu: TIME,
		jawaban: { u1: 3, u2: 4, u3: 3, u4: 4, u5: 3, u6: 3, u7: 4, u8: null, u9: 2 },
		profil: { jenisKelamin: 'P', usia: 34, pendidikan: 'SMA', pekerjaan: 'Swasta' },
		kuesionerVersi: 'standar-2017',
		sumber: enumerator ? 'enumerator' : 'kiosk',
		...(enumerator ? { enumerator } : {}),
		...overrides
	};
}

export function cancel(responseId: string, oleh: string): SkmKoreksi {
	return {
		id: freshId('k'),
		responseId,
		jenis: 'batal',
		waktu: TIME,
		oleh,
		alasan: 'responden ganda'
	};
}

export function koreksiDoc(
	koreksi: SkmKoreksi,
	of: Pick<SkmResponse, 'unitId' | 'enumerator'>
): StoredDocument<'koreksi'> {
	return toKoreksiDocument(koreksi, of);
}

export const makeHistory = (
	oleh: string,
	aksi: HistoryEntry['aksi'],
	catatan?: string
): HistoryEntry => ({
	waktu: TIME,
	oleh,
	aksi,
	...(catatan ? { catatan } : {})
});

export function realisasi(
	unitId: string,
	periodeId: string,
	status: RealisasiStatus,
	history: HistoryEntry[]
): Realisasi {
	return {
		id: `${unitId}:${periodeId}`,
		unitId,
		periodeId,
		pagu: 1_000_000_000,
		realisasiAnggaran: 250_000_000,
		realisasiFisik: 27.5,
		p3dn: { realisasiPdn: 10_000_000, komitmenPdn: 40_000_000, totalPengadaan: 90_000_000 },
		indikator: [{ indikatorId: `${unitId}-ind-1`, realisasi: 12 }],
		status,
		riwayat: history
	};
}

/** An open rakor follow-up for `unitId`, written by `oleh`. */
export function catatanRakor(
	unitId: string,
	oleh: string,
	overrides: Partial<CatatanRakor> = {}
): CatatanRakor {
	return {
		id: freshId('c'),
		unitId,
		periodeId: PERIODE,
		teks: 'Percepat penyerapan anggaran belanja modal',
		oleh,
		waktu: TIME,
		tenggat: '2026-03-31',
		selesai: false,
		...overrides
	};
}

export const doc = <J extends keyof DocumentContent>(kind: J, content: DocumentContent[J]) =>
	toDocument(kind, content);

/** A saved entry of a follow-up document's history. */
export const followUpEntry = (oleh: string, waktu = TIME) => ({ oleh, waktu });

/** The RTL of `unitId` for `periodeId` (id "<unitId>:<periodeId>"), saved once by `oleh`. */
export function rtl(
	unitId: string,
	periodeId: string,
	oleh: string,
	overrides: Partial<Rtl> = {}
): Rtl {
	return {
		id: `${unitId}:${periodeId}`,
		unitId,
		periodeId,
		butir: [
			{
				unsur: 'u5',
				program: 'Pelatihan pelayanan prima bagi petugas loket',
				triwulan: [1, 2],
				penanggungJawab: 'Kepala Subbagian Umum',
				progres: 'belum'
			},
			{
				unsur: 'u9',
				program: 'Tambah kursi tunggu dan papan antrean',
				triwulan: [2],
				penanggungJawab: 'Bendahara Barang',
				progres: 'berjalan',
				catatanProgres: 'Pengadaan kursi sudah dipesan',
				tanggalProgres: '2026-04-15'
			}
		],
		riwayat: [followUpEntry(oleh)],
		...overrides
	};
}

/** The record of a Forum Konsultasi Publik of `unitId` on `periodeId`, saved once by `oleh`. */
export function forumKonsultasi(
	unitId: string,
	periodeId: string,
	oleh: string,
	overrides: Partial<ForumKonsultasi> = {}
): ForumKonsultasi {
	return {
		id: freshId('f'),
		unitId,
		periodeId,
		tanggal: '2026-04-08',
		peserta: 24,
		pokok: ['Antrean loket pagi terlalu panjang', 'Ruang tunggu panas'],
		kesepakatan: [
			{ teks: 'Buka loket kedua pukul 07.30', unsur: 'u5' },
			{ teks: 'Pasang kipas angin di ruang tunggu' }
		],
		riwayat: [followUpEntry(oleh)],
		...overrides
	};
}

/**
 * The published SKM result of `unitId` (or, with `unitId` undefined, the pemda page) for
 * `periodeId`, published by `oleh`: aggregates only.
 */
export function publikasiSkm(
	unitId: string | undefined,
	periodeId: string,
	oleh: string,
	overrides: Partial<PublikasiSkm> = {}
): PublikasiSkm {
	return {
		id: `${unitId ?? 'pemda'}:${periodeId}`,
		periodeId,
		...(unitId === undefined ? {} : { unitId }),
		nama: unitId === undefined ? 'Pemerintah Kota Wiradesa' : `Unit ${unitId}`,
		nilai: 82.4,
		mutu: 'B',
		responden: 120,
		nrr: {
			u1: 3.3,
			u2: 3.4,
			u3: 3.2,
			u4: 3.5,
			u5: 3.0,
			u6: 3.4,
			u7: 3.3,
			u8: null,
			u9: 2.9
		},
		...(unitId === undefined
			? { units: [{ unitId: UNIT_A, nama: 'Unit pkm-a', nilai: 82.4, mutu: 'B', responden: 120 }] }
			: {}),
		rtl: [{ unsur: 'u9', program: 'Tambah kursi tunggu', triwulan: [2], progres: 'berjalan' }],
		saran: ['Loket dibuka lebih pagi'],
		diterbitkan: followUpEntry(oleh),
		...overrides
	};
}
