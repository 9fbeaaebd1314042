/**
 * Rapor documents as the sync server stores them (CouchDB or the embedded PouchDB server): the one
 * mapping between a domain document and a stored document, used by the app's sync engine and by
 * the server alike. A stored document is the domain document plus `type`, under the `_id`
 * `<type>:<domain id>`. Which database holds a type follows who may read it; see
 * docs/decisions/0002-database-layout-and-roles.md.
 */
import { z } from 'zod';
import { BATAS_DOKUMEN_BYTES_DATABASE, ukuranDokumen } from './batas';
import {
	aturanKoreksi,
	aturanRespons,
	catatanRakorSchema,
	idSchema,
	indikatorSchema,
	jenisLayananSchema,
	kuesionerSchema,
	pengaturanSchema,
	periodeSchema,
	populasiSchema,
	realisasiSchema,
	skmKoreksiObjek,
	skmResponseObjek,
	unitSchema,
	type CatatanRakor,
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
import { DATABASE_JENIS, idDokumen, isJenisDokumen, type JenisDokumen } from './dokumen-id';

export * from './dokumen-id';

export const pengaturanDokumenSchema = pengaturanSchema.extend({ id: idSchema });
export type PengaturanDokumen = z.infer<typeof pengaturanDokumenSchema>;

/**
 * What a koreksi document carries besides the correction: the unit and the enumerator of the
 * response it corrects, copied when it is made, so that the server can decide who may write it
 * without reading another document. Clients apply a koreksi only when these match the response
 * (koreksiCocok).
 */
export const amplopKoreksiSchema = z.strictObject({
	unitId: idSchema,
	enumerator: skmResponseObjek.shape.enumerator
});
export type KoreksiDokumenIsi = SkmKoreksi & z.infer<typeof amplopKoreksiSchema>;

/** The domain document each type stores. */
export interface IsiDokumen {
	unit: Unit;
	periode: Periode;
	populasi: Populasi;
	indikator: Indikator;
	jenisLayanan: JenisLayanan;
	kuesioner: Kuesioner;
	pengaturan: PengaturanDokumen;
	response: SkmResponse;
	koreksi: KoreksiDokumenIsi;
	realisasi: Realisasi;
	catatanRakor: CatatanRakor;
}

export type Dokumen<J extends JenisDokumen = JenisDokumen> = IsiDokumen[J] & {
	_id: string;
	_rev?: string;
	type: J;
};

/**
 * What a stored document carries besides its domain fields: `_id`, `type`, and CouchDB's own
 * fields (which a server may hand over with it). Attachments are the admin's (the server guards
 * them); they are never part of the domain document.
 */
const amplop = <J extends JenisDokumen>(jenis: J) => ({
	_id: z.string(),
	type: z.literal(jenis),
	_rev: z.string().optional(),
	_revisions: z.unknown().optional(),
	_conflicts: z.unknown().optional(),
	_deleted_conflicts: z.unknown().optional(),
	_local_seq: z.unknown().optional(),
	_deleted: z.literal(false).optional(),
	_attachments: z.unknown().optional()
});
const KUNCI_AMPLOP = Object.keys(amplop('unit'));

/** A document no larger than its database allows (BATAS_DOKUMEN_BYTES_DATABASE). */
const dalamBatas = (jenis: JenisDokumen) =>
	z
		.unknown()
		.refine(
			(v) =>
				typeof v !== 'object' ||
				v === null ||
				ukuranDokumen(v as Record<string, unknown>) <=
					BATAS_DOKUMEN_BYTES_DATABASE[DATABASE_JENIS[jenis]],
			{ error: 'dokumen.terlaluBesar', abort: true }
		);

const dokumenDari = <J extends JenisDokumen, S extends z.ZodType>(jenis: J, schema: S) =>
	dalamBatas(jenis).pipe(schema);

/**
 * The stored document of each type: its domain schema, strict, plus the envelope (`_id`, `type`,
 * CouchDB's fields), no larger than its database allows. The output still carries the envelope;
 * dariDokumen drops it.
 */
export const SKEMA_DOKUMEN: { readonly [J in JenisDokumen]: z.ZodType<IsiDokumen[J]> } = {
	unit: dokumenDari('unit', unitSchema.extend(amplop('unit'))),
	periode: dokumenDari('periode', periodeSchema.extend(amplop('periode'))),
	populasi: dokumenDari('populasi', populasiSchema.extend(amplop('populasi'))),
	indikator: dokumenDari('indikator', indikatorSchema.extend(amplop('indikator'))),
	jenisLayanan: dokumenDari('jenisLayanan', jenisLayananSchema.extend(amplop('jenisLayanan'))),
	kuesioner: dokumenDari('kuesioner', kuesionerSchema.extend(amplop('kuesioner'))),
	pengaturan: dokumenDari('pengaturan', pengaturanDokumenSchema.extend(amplop('pengaturan'))),
	response: dokumenDari('response', aturanRespons(skmResponseObjek.extend(amplop('response')))),
	koreksi: dokumenDari(
		'koreksi',
		aturanKoreksi(skmKoreksiObjek.extend(amplopKoreksiSchema.shape).extend(amplop('koreksi')))
	),
	realisasi: dokumenDari('realisasi', realisasiSchema.extend(amplop('realisasi'))),
	catatanRakor: dokumenDari('catatanRakor', catatanRakorSchema.extend(amplop('catatanRakor')))
};

/** The domain document of a parsed stored one: the envelope dropped. */
function tanpaAmplop(doc: Record<string, unknown>): Record<string, unknown> {
	return Object.fromEntries(Object.entries(doc).filter(([k]) => !KUNCI_AMPLOP.includes(k)));
}

/** The stored document of a domain document (fields left undefined are not stored). */
export function keDokumen<J extends JenisDokumen>(jenis: J, isi: IsiDokumen[J]): Dokumen<J> {
	const body = Object.fromEntries(Object.entries(isi).filter(([, v]) => v !== undefined));
	return { _id: idDokumen(jenis, isi.id), type: jenis, ...body } as Dokumen<J>;
}

/** A koreksi document: the correction plus its response's unit and enumerator. */
export function keDokumenKoreksi(
	koreksi: SkmKoreksi,
	response: Pick<SkmResponse, 'unitId' | 'enumerator'>
): Dokumen<'koreksi'> {
	return keDokumen('koreksi', {
		...koreksi,
		unitId: response.unitId,
		...(response.enumerator !== undefined ? { enumerator: response.enumerator } : {})
	});
}

export type HasilDokumen =
	| { [J in JenisDokumen]: { ok: true; jenis: J; isi: IsiDokumen[J] } }[JenisDokumen]
	| { ok: false; keys: string[] };

/**
 * The domain document of a stored one, validated with its zod schema (`_id`, `type` and CouchDB's
 * fields are dropped; any other field the schema does not name refuses the document). Anything else (unknown type, `_id` not `<type>:<id>`, invalid fields) gives i18n
 * keys.
 */
export function dariDokumen(doc: unknown): HasilDokumen {
	if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
		return { ok: false, keys: ['dokumen.jenis'] };
	}
	const { _id, type } = doc as { _id?: unknown; type?: unknown };
	if (!isJenisDokumen(type)) return { ok: false, keys: ['dokumen.jenis'] };
	const parsed = SKEMA_DOKUMEN[type].safeParse(doc);
	if (!parsed.success) {
		const keys = parsed.error.issues.map((i) =>
			i.message.startsWith('err.') || i.message.startsWith('dokumen.')
				? i.message
				: 'err.tidakValid'
		);
		return { ok: false, keys: keys.filter((k, i) => keys.indexOf(k) === i) };
	}
	if (_id !== idDokumen(type, parsed.data.id)) return { ok: false, keys: ['dokumen.id'] };
	const isi = tanpaAmplop(parsed.data as Record<string, unknown>);
	return { ok: true, jenis: type, isi } as HasilDokumen;
}

/**
 * Whether a koreksi belongs to the response it names: same unit and same enumerator. The server
 * checks who wrote the koreksi against these fields; clients must also check them against the
 * response before applying a koreksi (a real CouchDB cannot compare two documents on write).
 */
export function koreksiCocok(
	koreksi: Pick<KoreksiDokumenIsi, 'unitId' | 'enumerator'>,
	response: Pick<SkmResponse, 'unitId' | 'enumerator'>
): boolean {
	return koreksi.unitId === response.unitId && koreksi.enumerator === response.enumerator;
}

/**
 * Reasons the server gives when it refuses a document, besides the zod keys ('err.*') of invalid
 * fields. The server's `forbidden` text is `<key>[ @<field path>]: <English text>`.
 */
export const KUNCI_ALASAN_SERVER = [
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
export type KunciAlasanServer = (typeof KUNCI_ALASAN_SERVER)[number];

export interface AlasanServer {
	/** An i18n key: one of KUNCI_ALASAN_SERVER or a zod key ('err.skor', …). */
	key: string;
	/** The field, e.g. 'jawaban.u3', when the reason is about one field. */
	path?: string;
	/** The server's readable (English) text. */
	teks: string;
}

const ALASAN_RE = /^([a-z]+\.[A-Za-z0-9]+)(?: @(\S+))?: ([\s\S]*)$/;

/** Reads a `forbidden` reason of the server; a reason in another form keeps its text only. */
export function uraiAlasanServer(reason: string): AlasanServer {
	const match = ALASAN_RE.exec(reason);
	if (!match) return { key: 'akses.ditolak', teks: reason };
	const [, key, path, teks] = match;
	return path ? { key: key!, path, teks: teks! } : { key: key!, teks: teks! };
}
