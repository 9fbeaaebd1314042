/**
 * The plain part of ./dokumen.ts (which re-exports it): databases, document types, stored ids and
 * account roles, with no zod, for code on the first page (the sync status, the change tracker).
 */
import { PERAN, type Peran } from './konstanta';
import { idSah } from './periksa';

/** The three databases, split by who may read them (CouchDB grants reads per database). */
export const DATABASE = {
	master: 'rapor-master',
	skm: 'rapor-skm',
	realisasi: 'rapor-realisasi'
} as const;
export type KunciDatabase = keyof typeof DATABASE;
export type NamaDatabase = (typeof DATABASE)[KunciDatabase];

export const JENIS_DOKUMEN = [
	'unit',
	'periode',
	'populasi',
	'indikator',
	'jenisLayanan',
	'kuesioner',
	'pengaturan',
	'response',
	'koreksi',
	'realisasi',
	'catatanRakor'
] as const;
export type JenisDokumen = (typeof JENIS_DOKUMEN)[number];

export const DATABASE_JENIS: Readonly<Record<JenisDokumen, KunciDatabase>> = {
	unit: 'master',
	periode: 'master',
	populasi: 'master',
	indikator: 'master',
	jenisLayanan: 'master',
	kuesioner: 'master',
	pengaturan: 'master',
	response: 'skm',
	koreksi: 'skm',
	realisasi: 'realisasi',
	// Follow-ups of a rakor: the officials write them, the OPD concerned reads and marks them done.
	catatanRakor: 'realisasi'
};

/** The settings are one row, 'pemda'; stored flat with that id. */
export const PENGATURAN_DOKUMEN_ID = 'pemda';

export function isJenisDokumen(value: unknown): value is JenisDokumen {
	return typeof value === 'string' && (JENIS_DOKUMEN as readonly string[]).includes(value);
}

export function idDokumen(jenis: JenisDokumen, id: string): string {
	return `${jenis}:${id}`;
}

/** The type and domain id of a stored `_id`, or null for design, local and foreign documents. */
export function uraiIdDokumen(_id: string): { jenis: JenisDokumen; id: string } | null {
	const colon = _id.indexOf(':');
	if (colon < 0) return null;
	const jenis = _id.slice(0, colon);
	const id = _id.slice(colon + 1);
	if (!isJenisDokumen(jenis) || !idSah(id)) return null;
	return { jenis, id };
}

/** Roles of a server account: one of PERAN, and `unit:<unitId>` for each unit it works for. */
export const PREFIX_PERAN_UNIT = 'unit:';

export function rolesAkun(peran: readonly Peran[], unitIds: readonly string[]): string[] {
	return [...peran, ...unitIds.map((id) => PREFIX_PERAN_UNIT + id)];
}

/** The Rapor roles and units of an account's CouchDB roles; other roles are ignored. */
export function akunDariRoles(roles: readonly string[]): { peran: Peran[]; unitIds: string[] } {
	const peran = PERAN.filter((p) => roles.includes(p));
	const unitIds = roles
		.filter((r) => r.startsWith(PREFIX_PERAN_UNIT))
		.map((r) => r.slice(PREFIX_PERAN_UNIT.length));
	return { peran, unitIds };
}
