/**
 * Rapor documents as the sync server stores them (CouchDB or the embedded PouchDB server): the one
 * mapping between a domain document and a stored document, used by the app's sync engine and by
 * the server alike. A stored document is the domain document plus `type`, under the `_id`
 * `<type>:<domain id>`. Which database holds a type follows who may read it; see
 * docs/decisions/0002-database-layout-and-roles.md.
 */
import { z } from 'zod';
import { DATABASE_DOCUMENT_BYTES_LIMIT, documentSize } from './limits';
import {
	koreksiRules,
	responseRules,
	catatanRakorSchema,
	forumKonsultasiSchema,
	idSchema,
	indikatorSchema,
	jenisLayananSchema,
	kuesionerSchema,
	settingsSchema,
	periodeSchema,
	populasiSchema,
	publikasiSkmSchema,
	realisasiSchema,
	rtlSchema,
	skmKoreksiObject,
	skmResponseObject,
	unitSchema,
	type CatatanRakor,
	type ForumKonsultasi,
	type PublikasiSkm,
	type Rtl,
	type Indikator,
	type JenisLayanan,
	type Kuesioner,
	type Periode,
	type Populasi,
	type Realisasi,
	type SkmKoreksi,
	type SkmResponse,
	type Unit
} from './schemas';
import { KIND_DATABASE, documentId, isDocumentKind, type DocumentKind } from './document-id';

export * from './document-id';

export const settingsDocumentSchema = settingsSchema.extend({ id: idSchema });
export type SettingsDocument = z.infer<typeof settingsDocumentSchema>;

/**
 * What a koreksi document carries besides the correction: the unit and the enumerator of the
 * response it corrects, copied when it is made, so that the server can decide who may write it
 * without reading another document. Clients apply a koreksi only when these match the response
 * (koreksiMatches).
 */
export const koreksiEnvelopeSchema = z.strictObject({
	unitId: idSchema,
	enumerator: skmResponseObject.shape.enumerator
});
export type KoreksiDocumentContent = SkmKoreksi & z.infer<typeof koreksiEnvelopeSchema>;

/** The domain document each type stores. */
export interface DocumentContent {
	unit: Unit;
	periode: Periode;
	populasi: Populasi;
	indikator: Indikator;
	jenisLayanan: JenisLayanan;
	kuesioner: Kuesioner;
	pengaturan: SettingsDocument;
	response: SkmResponse;
	koreksi: KoreksiDocumentContent;
	realisasi: Realisasi;
	catatanRakor: CatatanRakor;
	rtl: Rtl;
	forumKonsultasi: ForumKonsultasi;
	publikasiSkm: PublikasiSkm;
}

export type StoredDocument<J extends DocumentKind = DocumentKind> = DocumentContent[J] & {
	_id: string;
	_rev?: string;
	type: J;
};

/**
 * What a stored document carries besides its domain fields: `_id`, `type`, and CouchDB's own
 * fields (which a server may hand over with it). Attachments are the admin's (the server guards
 * them); they are never part of the domain document.
 */
const envelope = <J extends DocumentKind>(kind: J) => ({
	_id: z.string(),
	type: z.literal(kind),
	_rev: z.string().optional(),
	_revisions: z.unknown().optional(),
	_conflicts: z.unknown().optional(),
	_deleted_conflicts: z.unknown().optional(),
	_local_seq: z.unknown().optional(),
	_deleted: z.literal(false).optional(),
	_attachments: z.unknown().optional()
});
const ENVELOPE_KEYS = Object.keys(envelope('unit'));

/** A document no larger than its database allows (DATABASE_DOCUMENT_BYTES_LIMIT). */
const withinLimit = (kind: DocumentKind) =>
	z
		.unknown()
		.refine(
			(v) =>
				typeof v !== 'object' ||
				v === null ||
				documentSize(v as Record<string, unknown>) <=
					DATABASE_DOCUMENT_BYTES_LIMIT[KIND_DATABASE[kind]],
			{ error: 'dokumen.terlaluBesar', abort: true }
		);

const documentFrom = <J extends DocumentKind, S extends z.ZodType>(kind: J, schema: S) =>
	withinLimit(kind).pipe(schema);

/**
 * The stored document of each type: its domain schema, strict, plus the envelope (`_id`, `type`,
 * CouchDB's fields), no larger than its database allows. The output still carries the envelope;
 * fromDocument drops it.
 */
export const DOCUMENT_SCHEMAS: { readonly [J in DocumentKind]: z.ZodType<DocumentContent[J]> } = {
	unit: documentFrom('unit', unitSchema.extend(envelope('unit'))),
	periode: documentFrom('periode', periodeSchema.extend(envelope('periode'))),
	populasi: documentFrom('populasi', populasiSchema.extend(envelope('populasi'))),
	indikator: documentFrom('indikator', indikatorSchema.extend(envelope('indikator'))),
	jenisLayanan: documentFrom('jenisLayanan', jenisLayananSchema.extend(envelope('jenisLayanan'))),
	kuesioner: documentFrom('kuesioner', kuesionerSchema.extend(envelope('kuesioner'))),
	pengaturan: documentFrom('pengaturan', settingsDocumentSchema.extend(envelope('pengaturan'))),
	response: documentFrom('response', responseRules(skmResponseObject.extend(envelope('response')))),
	koreksi: documentFrom(
		'koreksi',
		koreksiRules(skmKoreksiObject.extend(koreksiEnvelopeSchema.shape).extend(envelope('koreksi')))
	),
	realisasi: documentFrom('realisasi', realisasiSchema.extend(envelope('realisasi'))),
	catatanRakor: documentFrom('catatanRakor', catatanRakorSchema.extend(envelope('catatanRakor'))),
	rtl: documentFrom('rtl', rtlSchema.extend(envelope('rtl'))),
	forumKonsultasi: documentFrom(
		'forumKonsultasi',
		forumKonsultasiSchema.extend(envelope('forumKonsultasi'))
	),
	publikasiSkm: documentFrom('publikasiSkm', publikasiSkmSchema.extend(envelope('publikasiSkm')))
};

/** The domain document of a parsed stored one: the envelope dropped. */
function withoutEnvelope(doc: Record<string, unknown>): Record<string, unknown> {
	return Object.fromEntries(Object.entries(doc).filter(([k]) => !ENVELOPE_KEYS.includes(k)));
}

/** The stored document of a domain document (fields left undefined are not stored). */
export function toDocument<J extends DocumentKind>(
	kind: J,
	content: DocumentContent[J]
): StoredDocument<J> {
	const body = Object.fromEntries(Object.entries(content).filter(([, v]) => v !== undefined));
	return { _id: documentId(kind, content.id), type: kind, ...body } as StoredDocument<J>;
}

/** A koreksi document: the correction plus its response's unit and enumerator. */
export function toKoreksiDocument(
	koreksi: SkmKoreksi,
	response: Pick<SkmResponse, 'unitId' | 'enumerator'>
): StoredDocument<'koreksi'> {
	return toDocument('koreksi', {
		...koreksi,
		unitId: response.unitId,
		...(response.enumerator !== undefined ? { enumerator: response.enumerator } : {})
	});
}

export type DocumentResult =
	| { [J in DocumentKind]: { ok: true; jenis: J; isi: DocumentContent[J] } }[DocumentKind]
	| { ok: false; keys: string[] };

/**
 * The domain document of a stored one, validated with its zod schema (`_id`, `type` and CouchDB's
 * fields are dropped; any other field the schema does not name refuses the document). Anything else (unknown type, `_id` not `<type>:<id>`, invalid fields) gives i18n
 * keys.
 */
export function fromDocument(doc: unknown): DocumentResult {
	if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
		return { ok: false, keys: ['dokumen.jenis'] };
	}
	const { _id, type } = doc as { _id?: unknown; type?: unknown };
	if (!isDocumentKind(type)) return { ok: false, keys: ['dokumen.jenis'] };
	const parsed = DOCUMENT_SCHEMAS[type].safeParse(doc);
	if (!parsed.success) {
		const keys = parsed.error.issues.map((i) =>
			i.message.startsWith('err.') || i.message.startsWith('dokumen.')
				? i.message
				: 'err.tidakValid'
		);
		return { ok: false, keys: keys.filter((k, i) => keys.indexOf(k) === i) };
	}
	if (_id !== documentId(type, parsed.data.id)) return { ok: false, keys: ['dokumen.id'] };
	const content = withoutEnvelope(parsed.data as Record<string, unknown>);
	return { ok: true, jenis: type, isi: content } as DocumentResult;
}

/**
 * Whether a koreksi belongs to the response it names: same unit and same enumerator. The server
 * checks who wrote the koreksi against these fields; clients must also check them against the
 * response before applying a koreksi (a real CouchDB cannot compare two documents on write).
 */
export function koreksiMatches(
	koreksi: Pick<KoreksiDocumentContent, 'unitId' | 'enumerator'>,
	response: Pick<SkmResponse, 'unitId' | 'enumerator'>
): boolean {
	return koreksi.unitId === response.unitId && koreksi.enumerator === response.enumerator;
}

/**
 * Reasons the server gives when it refuses a document, besides the zod keys ('err.*') of invalid
 * fields. The server's `forbidden` text is `<key>[ @<field path>]: <English text>`.
 */
export const SERVER_REASON_KEYS = [
	'akses.ditolak',
	'akses.perluLogin',
	'akses.hanyaAdmin',
	'akses.hanyaBaca',
	'akses.hapus',
	'akses.lampiran',
	'akses.bukanUnitAnda',
	'akses.penulisPalsu',
	'akses.bukanResponsAnda',
	'akses.koreksiTidakCocok',
	'akses.tulisSekali',
	'akses.sumber',
	'akses.terkunci',
	'akses.status',
	'akses.riwayat',
	'akses.unitBerubah',
	'akses.hanyaSelesai',
	'dokumen.jenis',
	'dokumen.id',
	'dokumen.idRealisasi',
	'dokumen.idRtl',
	'dokumen.terlaluBesar',
	'login.bukanJson',
	'login.terkunci',
	'permintaan.ditolak',
	'permintaan.jalurRusak',
	'permintaan.jenisIsi',
	'permintaan.metode',
	'permintaan.panjang',
	'permintaan.terlaluBesar',
	'permintaan.tidakAda',
	'server.galat',
	'server.tidakTersedia',
	'skm.periodeTidakValid'
] as const;
export type ServerReasonKey = (typeof SERVER_REASON_KEYS)[number];

export interface ServerReason {
	/** An i18n key: one of SERVER_REASON_KEYS or a zod key ('err.skor', …). */
	key: string;
	/** The field, e.g. 'jawaban.u3', when the reason is about one field. */
	path?: string;
	/** The server's readable (English) text. */
	teks: string;
}

const REASON_RE = /^([a-z]+\.[A-Za-z0-9]+)(?: @(\S+))?: ([\s\S]*)$/;

/** Reads a `forbidden` reason of the server; a reason in another form keeps its text only. */
export function parseServerReason(reason: string): ServerReason {
	const match = REASON_RE.exec(reason);
	if (!match) return { key: 'akses.ditolak', teks: reason };
	const [, key, path, teks] = match;
	return path ? { key: key!, path, teks: teks! } : { key: key!, teks: teks! };
}
