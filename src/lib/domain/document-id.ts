/**
 * The plain part of ./dokumen.ts (which re-exports it): databases, document types, stored ids and
 * account roles, with no zod, for code on the first page (the sync status, the change tracker).
 */
import { ROLES, type Role } from './constants';
import { validId } from './check';

/** The three databases, split by who may read them (CouchDB grants reads per database). */
export const DATABASE = {
	master: 'rapor-master',
	skm: 'rapor-skm',
	realisasi: 'rapor-realisasi'
} as const;
export type DatabaseKey = keyof typeof DATABASE;
export type DatabaseName = (typeof DATABASE)[DatabaseKey];

export const DOCUMENT_KINDS = [
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
	'catatanRakor',
	'rtl',
	'forumKonsultasi',
	'publikasiSkm'
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const KIND_DATABASE: Readonly<Record<DocumentKind, DatabaseKey>> = {
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
	catatanRakor: 'realisasi',
	// The SKM follow-up of a unit: its OPD staff write it, every official reads it (OPD staff do
	// not read rapor-skm, which holds the responses).
	rtl: 'realisasi',
	forumKonsultasi: 'realisasi',
	// Aggregates an admin published: every signed-in role reads them, the server shows them publicly.
	publikasiSkm: 'master'
};

/** The settings are one row, 'pemda'; stored flat with that id. */
export const SETTINGS_DOCUMENT_ID = 'pemda';

export function isDocumentKind(value: unknown): value is DocumentKind {
	return typeof value === 'string' && (DOCUMENT_KINDS as readonly string[]).includes(value);
}

export function documentId(kind: DocumentKind, id: string): string {
	return `${kind}:${id}`;
}

/** The type and domain id of a stored `_id`, or null for design, local and foreign documents. */
export function parseDocumentId(_id: string): { jenis: DocumentKind; id: string } | null {
	const colon = _id.indexOf(':');
	if (colon < 0) return null;
	const kind = _id.slice(0, colon);
	const id = _id.slice(colon + 1);
	if (!isDocumentKind(kind) || !validId(id)) return null;
	return { jenis: kind, id };
}

/** Roles of a server account: one of ROLES, and `unit:<unitId>` for each unit it works for. */
export const UNIT_ROLE_PREFIX = 'unit:';

export function accountRoles(role: readonly Role[], unitIds: readonly string[]): string[] {
	return [...role, ...unitIds.map((id) => UNIT_ROLE_PREFIX + id)];
}

/** The Rapor roles and units of an account's CouchDB roles; other roles are ignored. */
export function accountFromRoles(roles: readonly string[]): { peran: Role[]; unitIds: string[] } {
	const role = ROLES.filter((p) => roles.includes(p));
	const unitIds = roles
		.filter((r) => r.startsWith(UNIT_ROLE_PREFIX))
		.map((r) => r.slice(UNIT_ROLE_PREFIX.length));
	return { peran: role, unitIds };
}
