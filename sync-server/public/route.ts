/**
 * `GET /publik[/<unitId>][?periode=2026-TW3]`: the published SKM results, without sign-in. The
 * pemda page of the latest published period (or the one asked for) with a line per unit, or one
 * unit's page; links to every published period. Only `publikasiSkm` documents of rapor-master that
 * pass their schema are shown (one the server admin wrote malformed is skipped), and of them only
 * what page.ts renders.
 *
 * The same on both back ends, through the API itself as the server admin (as skm/count.ts reads):
 * the publications are kept until one of their revisions (or the settings') changes, so a page view
 * costs two small `_all_docs` reads without documents while nothing was published. Not the
 * database's update_seq: on a CouchDB cluster it depends on which shard copies answer, so it moves
 * between two requests with nothing written.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { validId, validPeriodeId } from '../../src/lib/domain/check.ts';
import { DEFAULT_SETTINGS } from '../../src/lib/domain/constants.ts';
import {
	DATABASE,
	documentId,
	fromDocument,
	SETTINGS_DOCUMENT_ID
} from '../../src/lib/domain/document.ts';
import type { PublikasiSkm } from '../../src/lib/domain/schemas.ts';
import type { UnsurNumbering } from '../../src/lib/domain/unsur.ts';
import { CouchClient, docPath, type Credentials } from '../http/couch-client.ts';
import { setSecurityHeaders } from '../http/security-headers.ts';
import {
	PUBLIC_PATH,
	PUBLIC_POLICY,
	publicHref,
	renderMessage,
	renderPeriodIndex,
	renderPublikasi
} from './page.ts';

export { PUBLIC_PATH } from './page.ts';

export interface PublicPageOptions {
	/** The API root the process reaches itself on (RunningServer.localCouchUrl). */
	apiUrl: string;
	admin: Credentials;
	log?: (line: string) => void;
}

/** Whether a request's path is one of the public pages. */
export function isPublicPath(path: string): boolean {
	return path === PUBLIC_PATH || path.startsWith(`${PUBLIC_PATH}/`);
}

/** What the pages are built from: every valid publication and the unsur numbering. */
export interface Published {
	docs: readonly PublikasiSkm[];
	numbering: UnsurNumbering;
}

const KIND = 'publikasiSkm';
const ALL_DOCS = `/${encodeURIComponent(DATABASE.master)}/_all_docs`;
const PUBLICATIONS = { startkey: `${KIND}:`, endkey: `${KIND}:\ufff0` };
const SETTINGS_ID = documentId('pengaturan', SETTINGS_DOCUMENT_ID);
const rowsSchema = z
	.object({
		rows: z.array(
			z
				.object({
					id: z.string().optional(),
					value: z.object({ rev: z.string() }).loose().optional(),
					doc: z.unknown().optional()
				})
				.loose()
		)
	})
	.loose();
const numberingSchema = z
	.object({ penomoranUnsur: z.enum(['permen', 'kuesioner']) })
	.loose()
	.transform((s) => s.penomoranUnsur);

/** The publications of rapor-master, read again only when one of them or the settings changed. */
export class PublishedFromApi {
	#revisions: string | null = null;
	#published: Published | null = null;
	#reading: Promise<Published> | null = null;

	constructor(
		private readonly admin: CouchClient,
		private readonly log: (line: string) => void = () => {}
	) {}

	read(): Promise<Published> {
		this.#reading ??= this.#read().finally(() => (this.#reading = null));
		return this.#reading;
	}

	async #read(): Promise<Published> {
		const revisions = await this.#currentRevisions();
		if (this.#published && revisions === this.#revisions) return this.#published;
		const [{ body }, settings] = await Promise.all([
			this.admin.request('GET', ALL_DOCS, rowsSchema, {
				query: { ...PUBLICATIONS, include_docs: true }
			}),
			this.admin.raw('GET', docPath(DATABASE.master, SETTINGS_ID))
		]);
		const docs: PublikasiSkm[] = [];
		for (const row of body!.rows) {
			const parsed = fromDocument(row.doc);
			if (parsed.ok && parsed.jenis === KIND) docs.push(parsed.isi);
			else this.log(`publik: ${row.id ?? '?'} skipped: not a valid publikasiSkm`);
		}
		const numbering = numberingSchema.safeParse(settings.body);
		const published: Published = {
			docs,
			numbering: numbering.success ? numbering.data : DEFAULT_SETTINGS.penomoranUnsur
		};
		this.#revisions = revisions;
		this.#published = published;
		return published;
	}

	/** Every publication's and the settings' id and revision, read without their documents. */
	async #currentRevisions(): Promise<string> {
		const [settings, publications] = await Promise.all([
			this.admin.request('POST', ALL_DOCS, rowsSchema, { body: { keys: [SETTINGS_ID] } }),
			this.admin.request('GET', ALL_DOCS, rowsSchema, { query: PUBLICATIONS })
		]);
		const rows = [...settings.body!.rows, ...publications.body!.rows];
		return JSON.stringify(rows.map((row) => [row.id, row.value?.rev]));
	}
}

type Answer = { status: number; html: string; cache: boolean; allow?: string };

const CACHE = 'public, max-age=60';

function send(req: IncomingMessage, res: ServerResponse, https: boolean, answer: Answer): void {
	if (res.headersSent) {
		res.destroy();
		return;
	}
	setSecurityHeaders(res, PUBLIC_POLICY, https);
	const body = Buffer.from(answer.html, 'utf8');
	res.writeHead(answer.status, {
		'content-type': 'text/html; charset=utf-8',
		'content-length': String(body.length),
		'cache-control': answer.cache ? CACHE : 'no-store',
		...(answer.allow ? { allow: answer.allow } : {})
	});
	res.end(req.method === 'HEAD' ? undefined : body);
}

const notFound = (message: string): Answer => ({
	status: 404,
	html: renderMessage('Halaman tidak ditemukan', message),
	cache: false
});
const badRequest = (message: string): Answer => ({
	status: 400,
	html: renderMessage('Permintaan tidak valid', message),
	cache: false
});
const NOTHING_PUBLISHED = 'Belum ada hasil SKM yang diterbitkan untuk periode ini.';

/** What the path and query ask for: the pemda page or a unit's, and a period or the latest. */
type Wanted =
	| { ok: true; unitId: string | undefined; periodeId: string | undefined }
	| { ok: false; answer: Answer };

export function wantedPage(target: string): Wanted {
	const question = target.indexOf('?');
	const path = question < 0 ? target : target.slice(0, question);
	const rest = path.slice(PUBLIC_PATH.length).replace(/^\/|\/$/g, '');
	let unitId: string | undefined;
	if (rest !== '') {
		let segment: string;
		try {
			segment = decodeURIComponent(rest);
		} catch {
			return { ok: false, answer: badRequest('Alamat halaman tidak dapat dibaca.') };
		}
		if (!validId(segment))
			return { ok: false, answer: notFound('Unit layanan ini tidak dikenal.') };
		unitId = segment;
	}
	const query = new URLSearchParams(question < 0 ? '' : target.slice(question + 1));
	const periodes = query.getAll('periode');
	if (periodes.length > 1 || (periodes.length === 1 && !validPeriodeId(periodes[0]))) {
		return {
			ok: false,
			answer: badRequest('Periode harus berupa triwulan, misalnya 2026-TW3.')
		};
	}
	return { ok: true, unitId, periodeId: periodes[0] };
}

const newestFirst = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);

/** The page a request asks for, from the publications. */
export function answerFor(
	wanted: { unitId?: string; periodeId?: string },
	published: Published
): Answer {
	const { docs, numbering } = published;
	const pemda = docs.filter((d) => d.unitId === undefined);
	if (wanted.unitId !== undefined) {
		const own = docs.filter((d) => d.unitId === wanted.unitId);
		if (own.length === 0) return notFound('Belum ada hasil SKM yang diterbitkan untuk unit ini.');
		const periods = [...new Set(own.map((d) => d.periodeId))].sort(newestFirst);
		const periodeId = wanted.periodeId ?? periods[0]!;
		const doc = own.find((d) => d.periodeId === periodeId);
		if (!doc) return notFound(NOTHING_PUBLISHED);
		const hasPemda = pemda.some((d) => d.periodeId === periodeId);
		return {
			status: 200,
			cache: true,
			html: renderPublikasi(doc, {
				numbering,
				unitPages: new Set(),
				pemdaHref: hasPemda ? publicHref(undefined, periodeId) : null,
				periods: periods.map((p) => ({ periodeId: p, href: publicHref(wanted.unitId, p) }))
			})
		};
	}
	if (docs.length === 0) return notFound('Belum ada hasil SKM yang diterbitkan.');
	const periods = [...new Set(docs.map((d) => d.periodeId))].sort(newestFirst);
	const periodeId = wanted.periodeId ?? periods[0]!;
	const units = docs.filter((d) => d.unitId !== undefined && d.periodeId === periodeId);
	const links = periods.map((p) => ({ periodeId: p, href: publicHref(undefined, p) }));
	const doc = pemda.find((d) => d.periodeId === periodeId);
	if (doc) {
		return {
			status: 200,
			cache: true,
			html: renderPublikasi(doc, {
				numbering,
				unitPages: new Set(units.map((u) => u.unitId!)),
				pemdaHref: null,
				periods: links
			})
		};
	}
	if (units.length === 0) return notFound(NOTHING_PUBLISHED);
	const list = units
		.map((u) => ({ unitId: u.unitId!, nama: u.nama }))
		.sort((a, b) => a.nama.localeCompare(b.nama, 'id'));
	return { status: 200, cache: true, html: renderPeriodIndex(periodeId, list, links) };
}

/** The route's handler. */
export function publicPageRoute(options: PublicPageOptions) {
	const log = options.log ?? (() => {});
	const store = new PublishedFromApi(
		new CouchClient({ url: options.apiUrl, credentials: options.admin }),
		log
	);
	return async (
		req: IncomingMessage,
		res: ServerResponse,
		target: string,
		https: boolean
	): Promise<void> => {
		const method = req.method ?? 'GET';
		if (method !== 'GET' && method !== 'HEAD') {
			send(req, res, https, {
				status: 405,
				html: renderMessage('Metode tidak diizinkan', 'Halaman ini hanya dapat dibaca.'),
				cache: false,
				allow: 'GET, HEAD'
			});
			return;
		}
		const wanted = wantedPage(target);
		if (!wanted.ok) {
			send(req, res, https, wanted.answer);
			return;
		}
		let published: Published;
		try {
			published = await store.read();
		} catch (error) {
			log(
				`publik: publications not read: ${error instanceof Error ? error.message : String(error)}`
			);
			send(req, res, https, {
				status: 503,
				html: renderMessage(
					'Sedang tidak tersedia',
					'Hasil SKM sedang tidak dapat dibaca. Coba lagi sebentar lagi.'
				),
				cache: false
			});
			return;
		}
		send(req, res, https, answerFor(wanted, published));
	};
}
