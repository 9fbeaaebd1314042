/**
 * Size limits of Rapor documents: one source for the zod schemas (src/lib/domain/schemas.ts), the
 * server's validate_doc_update functions (sync-server/design, which get these values built in),
 * the forms (maxlength) and the server's request-body limits. Each limit fits real documents with a
 * wide margin; a document that passes them is still small enough that every official's phone can
 * pull every document without trouble.
 *
 * Text lengths count UTF-16 code units (what zod's .max() and JavaScript's `length` count);
 * document sizes count UTF-8 bytes of the document's JSON (documentSize).
 */

/**
 * Largest document of each server database, in UTF-8 bytes of its JSON without CouchDB's own
 * fields (`_rev`, `_revisions`, …). Measured on the demo data: an SKM response is 0.35–0.55 KB, a
 * realisation entry 0.5–0.7 KB (3–6 indicators). The fullest response the form can produce (a
 * 2000-character saran and 30 extra questions answered with 2000 characters each) is ~63 KB of
 * plain text; a busy realisation entry (40 indicators with notes, 300 history entries) ~40 KB.
 */
export const DATABASE_DOCUMENT_BYTES_LIMIT = {
	/** 128 KB: 2× the fullest response the form allows, 200× a typical one. */
	skm: 128 * 1024,
	/** 256 KB: a questionnaire with 30 extra questions in two languages is ~40 KB. */
	master: 256 * 1024,
	/** 256 KB: ~6× a busy entry; the history of years of weekly saves still fits. */
	realisasi: 256 * 1024
} as const;

/** The largest document any database accepts (the request-body limits derive from it). */
export const DOCUMENT_BYTES_LIMIT = Math.max(...Object.values(DATABASE_DOCUMENT_BYTES_LIMIT));

/**
 * One push of the app (`_bulk_docs`): at most PUSH_LIMIT documents and, past the first document,
 * at most PUSH_BYTES_LIMIT of JSON. The server's request-body limit derives from these, so a phone
 * never sends, and the server never holds, tens of megabytes in one request. 1,000 typical SKM
 * responses are ~0.5 MB: fewer, bigger requests cost the server less per document.
 */
export const PUSH_LIMIT = 1000;
export const PUSH_BYTES_LIMIT = 4 * 1024 * 1024;

/** Longest texts, in characters. */
export const TEXT_LIMIT = {
	/** A citizen's suggestion: a long paragraph (the longest demo saran is 48 characters). */
	saran: 2000,
	/** A free-text answer to a unit's own question: the same room as the saran. */
	jawabanTambahan: 2000,
	/** One chosen option of a multiple-choice extra question (options are ≤ 500, usually ~30). */
	pilihanTambahan: 200,
	/** A question id of a unit's own question, as extraQuestionSchema allows it. */
	idTambahan: 40,
	/** Unit, service type and questionnaire names: the longest real OPD name is ~90 characters. */
	nama: 200,
	/** Indicator names are sentences ("Persentase … yang …"), ~150 characters at most in RPJMD. */
	namaIndikator: 300,
	/** A user name (enumerator, `oleh`): CouchDB names are short; 100 is generous. */
	namaAkun: 100,
	/** A questionnaire version id as stored on a response (ids are ≤ 128). */
	kuesionerVersi: 128,
	/** The reason of a void or correction: one or two sentences. */
	alasan: 500,
	/** A note on an entry, a history entry or a rakor follow-up: a few paragraphs. */
	catatan: 2000,
	/** A note on one item of the realisation form or on one indicator. */
	catatanItem: 1000,
	/** An RTL row's program/kegiatan, a forum's point or agreed action: one or two sentences. */
	butirTindakLanjut: 500
} as const;

/** Longest lists, in items. */
export const ARRAY_LIMIT = {
	/**
	 * Indicator rows of one realisation entry: an OPD reports 3–40 program indicators (demo: 4–6);
	 * 200 leaves 5× room.
	 */
	indikatorRealisasi: 200,
	/**
	 * History entries of one realisation entry: every save appends one; a quarter sees a few dozen
	 * saves and four or five transitions. 1000 is ten years of weekly saves on one entry.
	 */
	riwayat: 1000,
	/** Answers to a unit's own questions: a questionnaire has at most 30 of them. */
	jawabanTambahan: 30,
	/** Chosen options of one multiple-choice answer (a question has at most 20 options). */
	pilihanTambahan: 50,
	/**
	 * Rows of one RTL, points or agreed actions of one forum: a plan covers the three lowest unsur
	 * with one to three actions each; 30 leaves room for every unsur.
	 */
	butirTindakLanjut: 30,
	/** Saran an admin approves for one public page: a page, not an archive. */
	saranPublik: 20
} as const;

/**
 * The size of a document as the limits count it: UTF-8 bytes of its JSON, leaving out CouchDB's
 * own fields (`_rev`, `_revisions`, `_conflicts`, …: not the writer's content) and attachments.
 * The validate_doc_update functions count the same way (documentSize in sync-server/design/lib.js).
 */
export function documentSize(doc: Record<string, unknown>): number {
	const keys = Object.keys(doc);
	if (!keys.some(notContent)) return bytesUtf8(JSON.stringify(doc));
	const isi: Record<string, unknown> = {};
	for (const k of keys) if (!notContent(k)) isi[k] = doc[k];
	return bytesUtf8(JSON.stringify(isi));
}

const notContent = (k: string) => k.startsWith('_') && k !== '_id' && k !== '_deleted';

/** Only characters below U+0080: one UTF-8 byte each. The engine tests this natively. */
const ASCII_ONLY = /^[\0-\x7f]*$/;

/** UTF-8 bytes of a string; a lone surrogate counts as U+FFFD (3 bytes), as TextEncoder does. */
export function bytesUtf8(s: string): number {
	// Nearly every document is plain ASCII JSON: then bytes = length, without a loop in JS.
	if (ASCII_ONLY.test(s)) return s.length;
	let n = 0;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c < 0x80) n += 1;
		else if (c < 0x800) n += 2;
		else if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
			const d = s.charCodeAt(i + 1);
			if (d >= 0xdc00 && d < 0xe000) {
				n += 4;
				i++;
			} else n += 3;
		} else n += 3;
	}
	return n;
}
