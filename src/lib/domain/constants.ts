/**
 * The plain values of the document model: enumerations, limits and the default settings. They
 * live apart from ./schemas.ts (which re-exports them) so that code needing only a list of roles
 * or the default settings does not pull zod into the first page.
 */
import type { Settings } from './schemas';

export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;

export const UNIT_KINDS = [
	'sekretariat',
	'dinas',
	'badan',
	'bagian',
	'kecamatan',
	'kelurahan',
	'puskesmas',
	'upt'
] as const;

export const SEXES = ['L', 'P'] as const;
export const EDUCATION_LEVELS = ['SD', 'SMP', 'SMA', 'D1-D3', 'D4-S1', 'S2', 'S3'] as const;
export const OCCUPATIONS = [
	'PNS',
	'TNI/Polri',
	'Swasta',
	'Wirausaha',
	'Pelajar/Mahasiswa',
	'Lainnya'
] as const;

export const RESPONSE_SOURCES = ['enumerator', 'kiosk', 'impor', 'demo'] as const;

/** Largest clock error a response records, in minutes (a century). */
export const MAX_CLOCK_DIFFERENCE_MINUTES = 100 * 366 * 24 * 60;

export const POLARITIES = ['positif', 'negatif'] as const;
export type Polarity = (typeof POLARITIES)[number];

export const REALISASI_STATUSES = ['draft', 'diajukan', 'diverifikasi'] as const;
export type RealisasiStatus = (typeof REALISASI_STATUSES)[number];

/** Progress of an RTL row (rencana tindak lanjut of an SKM). */
export const RTL_PROGRESS = ['belum', 'berjalan', 'selesai'] as const;
export type RtlProgress = (typeof RTL_PROGRESS)[number];

export const ROLES = ['admin', 'enumerator', 'opd', 'reviewer'] as const;
export type Role = (typeof ROLES)[number];

export const DEFAULT_SETTINGS: Settings = {
	bobotIndeks: { anggaran: 20, fisik: 20, kinerja: 50, p3dn: 10 },
	batasCapaian: 100,
	rumusNegatif: 'selisih',
	rumusP3dn: 'komitmen',
	zona: { hijau: 76, kuning: 51 },
	bobotSkm: 'eksak',
	ikmPemda: 'rerata-unit',
	penomoranUnsur: 'permen'
};
