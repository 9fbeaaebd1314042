/**
 * Where each synced document type lives on the device: its Dexie table, and how a row of that table
 * becomes the domain document the server stores (src/lib/domain/document.ts) and back. Rows are
 * the domain documents themselves except the settings, which the device keeps as `{ id, value }`.
 */
import type { DocumentContent } from '$lib/domain/document';
import {
	KIND_DATABASE,
	DOCUMENT_KINDS,
	type DocumentKind,
	type DatabaseKey
} from '$lib/domain/document-id';
import type { Settings } from '$lib/domain/schemas';

export const TABLE_BY_KIND = {
	unit: 'units',
	periode: 'periode',
	populasi: 'populasi',
	indikator: 'indikator',
	jenisLayanan: 'jenisLayanan',
	kuesioner: 'kuesioner',
	pengaturan: 'pengaturan',
	response: 'responses',
	koreksi: 'koreksi',
	realisasi: 'realisasi',
	catatanRakor: 'catatanRakor',
	rtl: 'rtl',
	forumKonsultasi: 'forumKonsultasi',
	publikasiSkm: 'publikasiSkm'
} as const satisfies Record<DocumentKind, string>;
export type SyncTable = (typeof TABLE_BY_KIND)[DocumentKind];

const KIND_BY_TABLE = new Map<string, DocumentKind>(
	DOCUMENT_KINDS.map((kind) => [TABLE_BY_KIND[kind], kind])
);

/** The document type a Dexie table holds, or undefined for tables that do not sync. */
export function kindOfTable(tabel: string): DocumentKind | undefined {
	return KIND_BY_TABLE.get(tabel);
}

export const SYNC_TABLES: readonly SyncTable[] = DOCUMENT_KINDS.map((j) => TABLE_BY_KIND[j]);

/** The tables of the documents one server database holds. */
export function databaseTables(db: DatabaseKey): SyncTable[] {
	return DOCUMENT_KINDS.filter((j) => KIND_DATABASE[j] === db).map((j) => TABLE_BY_KIND[j]);
}

type Row = Record<string, unknown> & { id: string };

/** The domain document of a row (the koreksi envelope is added at push time, see push.ts). */
export function rowToContent(kind: DocumentKind, row: Row): Record<string, unknown> {
	if (kind === 'pengaturan') {
		const { id, value } = row as { id: string; value: Settings };
		return { id, ...value };
	}
	return row;
}

/** The row to store for a domain document read from the server. */
export function contentToRow<J extends DocumentKind>(kind: J, content: DocumentContent[J]): Row {
	if (kind === 'pengaturan') {
		const { id, ...value } = content as DocumentContent['pengaturan'];
		return { id, value };
	}
	if (kind === 'koreksi') {
		// The envelope (the response's unit and enumerator) is the server's, not the row's. The rest
		// was validated with it (fromDocument), so it is a valid correction as it stands.
		return Object.fromEntries(
			Object.entries(content).filter(([k]) => k !== 'unitId' && k !== 'enumerator')
		) as Row;
	}
	return content as Row;
}
