/**
 * The plain values of the document model: enumerations, limits and the default settings. They
 * live apart from ./schemas.ts (which re-exports them) so that code needing only a list of roles
 * or the default settings does not pull zod into the first page.
 */
import type { Pengaturan } from './schemas';

export const TAHUN_MIN = 2000;
export const TAHUN_MAX = 2100;

export const JENIS_UNIT = [
	'sekretariat',
	'dinas',
	'badan',
	'bagian',
	'kecamatan',
	'kelurahan',
	'puskesmas',
	'upt'
] as const;

export const JENIS_KELAMIN = ['L', 'P'] as const;
export const PENDIDIKAN = ['SD', 'SMP', 'SMA', 'D1-D3', 'D4-S1', 'S2', 'S3'] as const;
export const PEKERJAAN = [
	'PNS',
	'TNI/Polri',
	'Swasta',
	'Wirausaha',
	'Pelajar/Mahasiswa',
	'Lainnya'
] as const;

export const SUMBER_RESPONS = ['enumerator', 'kiosk', 'impor', 'demo'] as const;

/** Largest clock error a response records, in minutes (a century). */
export const SELISIH_JAM_MAKS_MENIT = 100 * 366 * 24 * 60;

export const POLARITAS = ['positif', 'negatif'] as const;
export type Polaritas = (typeof POLARITAS)[number];

export const STATUS_REALISASI = ['draft', 'diajukan', 'diverifikasi'] as const;
export type StatusRealisasi = (typeof STATUS_REALISASI)[number];

export const PERAN = ['admin', 'enumerator', 'opd', 'reviewer'] as const;
export type Peran = (typeof PERAN)[number];

export const PENGATURAN_BAWAAN: Pengaturan = {
	bobotIndeks: { anggaran: 20, fisik: 20, kinerja: 50, p3dn: 10 },
	batasCapaian: 100,
	rumusNegatif: 'selisih',
	rumusP3dn: 'komitmen',
	zona: { hijau: 76, kuning: 51 },
	bobotSkm: 'eksak',
	ikmPemda: 'rerata-unit',
	penomoranUnsur: 'permen'
};
