/**
 * `GET /api/skm/jumlah?periode=2026-TW4`: how many SKM responses each unit has on the server in one
 * period, voided ones left out. Any signed-in account may ask, whatever its role: the answer holds
 * counts only (no response, no enumerator), so an enumerator who pulls only their own responses,
 * and OPD staff who pull none, see a unit's real respondent count and sample adequacy.
 *
 * The same on both back ends, through the API itself: who is calling is asked of its `/_session`
 * (the guard and the back end's authentication decide, revoked sessions included), and the counts
 * come from a tally of `rapor-skm` kept in memory and brought up to date from its `_changes` feed
 * (read as the server admin) at each request. Not a design-document view: PouchDB builds a view
 * one small batch at a time (about 50 s for 10,000 responses on the embedded server), while the
 * feed reads 100,000 responses in seconds once and then only what changed. Only the session
 * cookie is read: Basic credentials are not forwarded, so this route is no way around the login
 * lockout, which counts per client.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { DATABASE, koreksiMatches } from '../../src/lib/domain/document.ts';
import { periodeSchema } from '../../src/lib/domain/schemas.ts';
import { authSessionCookie } from '../couchdb/session.ts';
import { sendJson } from '../http/answer.ts';
import { CouchClient, type Credentials } from '../http/couch-client.ts';
import { sessionSchema } from '../http/schemas.ts';

export interface SkmCount {
	periode: string;
	/** When the server counted, ISO 8601 (UTC). */
	waktu: string;
	/** Valid responses per unit id; units without any are left out. */
	unit: Record<string, number>;
}

export interface SkmCountOptions {
	/** The API root the process reaches itself on (RunningServer.localCouchUrl). */
	apiUrl: string;
	admin: Credentials;
	now?: () => Date;
}

const PERLU_LOGIN = { error: 'unauthorized', reason: 'akses.perluLogin: log in first' };
const WRONG_PERIODE = {
	error: 'bad_request',
	reason: 'skm.periodeTidakValid: periode must be a triwulan such as 2026-TW4'
};
const NOT_AVAILABLE = {
	error: 'service_unavailable',
	reason: 'server.tidakTersedia: the counts could not be read; try again'
};

/** The period asked for, or null when it is missing or not a triwulan id. */
export function requestedPeriode(target: string): string | null {
	const value = new URL(target, 'http://x').searchParams.get('periode');
	return value !== null && periodeSchema.shape.id.safeParse(value).success ? value : null;
}

interface StoredResponse {
	periodeId: string;
	unitId: string;
	enumerator: string | undefined;
}

interface VoidKoreksi {
	responseId: string;
	unitId: string;
	enumerator: string | undefined;
}

const asText = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * What the counts need of every document of rapor-skm, by document id: a response's period, unit
 * and enumerator, a void's response, unit and enumerator. Applying a document again (a feed read
 * twice, a cluster's feed rewinding) or its deletion replaces what was known of it.
 */
export class RekapSkm {
	readonly #respons = new Map<string, StoredResponse>();
	readonly #perPeriode = new Map<string, Set<string>>();
	readonly #batal = new Map<string, VoidKoreksi>();
	readonly #batalPerRespons = new Map<string, Set<string>>();

	terapkan(docId: string, doc: Record<string, unknown> | null): void {
		this.#lupakan(docId);
		if (!doc || doc._deleted === true) return;
		const unitId = asText(doc.unitId);
		if (doc.type === 'response' && typeof doc.id === 'string' && unitId) {
			const periodeId = asText(doc.periodeId);
			if (!periodeId) return;
			this.#respons.set(doc.id, { periodeId, unitId, enumerator: asText(doc.enumerator) });
			tambah(this.#perPeriode, periodeId, doc.id);
		} else if (doc.type === 'koreksi' && doc.jenis === 'batal' && unitId) {
			const responseId = asText(doc.responseId);
			if (!responseId) return;
			this.#batal.set(docId, { responseId, unitId, enumerator: asText(doc.enumerator) });
			tambah(this.#batalPerRespons, responseId, docId);
		}
	}

	/** Responses per unit in `periode`, a response voided by a matching void (koreksiMatches) left out. */
	jumlah(periode: string): Record<string, number> {
		const unit = Object.create(null) as Record<string, number>;
		for (const id of this.#perPeriode.get(periode) ?? []) {
			const r = this.#respons.get(id)!;
			const voids = [...(this.#batalPerRespons.get(id) ?? [])].map((k) => this.#batal.get(k)!);
			if (voids.some((v) => koreksiMatches(v, r))) continue;
			unit[r.unitId] = (unit[r.unitId] ?? 0) + 1;
		}
		return unit;
	}

	#lupakan(docId: string): void {
		const responseId = docId.startsWith('response:') ? docId.slice('response:'.length) : null;
		const r = responseId === null ? undefined : this.#respons.get(responseId);
		if (r && responseId !== null) {
			this.#respons.delete(responseId);
			this.#perPeriode.get(r.periodeId)?.delete(responseId);
		}
		const cancel = this.#batal.get(docId);
		if (cancel) {
			this.#batal.delete(docId);
			this.#batalPerRespons.get(cancel.responseId)?.delete(docId);
		}
	}
}

function tambah(map: Map<string, Set<string>>, key: string, value: string): void {
	const set = map.get(key);
	if (set) set.add(value);
	else map.set(key, new Set([value]));
}

const FEED_BATCH = 2_000;

const changesSchema = z.object({
	last_seq: z.union([z.string(), z.number()]),
	results: z.array(
		z
			.object({
				id: z.string(),
				deleted: z.boolean().optional(),
				doc: z.record(z.string(), z.unknown()).nullable().optional()
			})
			.loose()
	)
});

/** A tally of rapor-skm kept up to date from its change feed; reads never overlap. */
export class RekapFromFeed {
	readonly rekap = new RekapSkm();
	#since: string | number = 0;
	#berjalan: Promise<void> | null = null;

	constructor(private readonly admin: CouchClient) {}

	/** Reads every change since the last read (one request when nothing changed). */
	mutakhirkan(): Promise<void> {
		this.#berjalan ??= this.#baca().finally(() => (this.#berjalan = null));
		return this.#berjalan;
	}

	async #baca(): Promise<void> {
		for (;;) {
			const { body } = await this.admin.request(
				'GET',
				`/${encodeURIComponent(DATABASE.skm)}/_changes`,
				changesSchema,
				{ query: { since: String(this.#since), include_docs: true, limit: FEED_BATCH } }
			);
			for (const change of body!.results) {
				this.rekap.terapkan(change.id, change.deleted ? null : (change.doc ?? null));
			}
			this.#since = body!.last_seq;
			if (body!.results.length < FEED_BATCH) return;
		}
	}
}

/** The account behind the request's session cookie, or null for none (or a lapsed one). */
async function who(api: CouchClient, req: IncomingMessage): Promise<string | null> {
	const cookie = authSessionCookie(req.headers.cookie);
	if (cookie === '') return null;
	const answer = await api.as(undefined, `AuthSession=${cookie}`).raw('GET', '/_session');
	const session = sessionSchema.safeParse(answer.body);
	return answer.status === 200 && session.success ? session.data.userCtx.name : null;
}

/** The route's handler. */
export function skmCountRoute(options: SkmCountOptions) {
	const api = new CouchClient({ url: options.apiUrl });
	const feed = new RekapFromFeed(api.as(options.admin));
	const now = options.now ?? (() => new Date());

	const handler = async (
		req: IncomingMessage,
		res: ServerResponse,
		target: string
	): Promise<void> => {
		const method = req.method ?? 'GET';
		if (method !== 'GET' && method !== 'HEAD') {
			sendJson(
				res,
				405,
				{ error: 'method_not_allowed', reason: 'permintaan.metode: only GET, HEAD allowed' },
				{ allow: 'GET, HEAD' }
			);
			return;
		}
		if ((await who(api, req)) === null) {
			sendJson(res, 401, PERLU_LOGIN);
			return;
		}
		const periode = requestedPeriode(target);
		if (periode === null) {
			sendJson(res, 400, WRONG_PERIODE);
			return;
		}
		try {
			await feed.mutakhirkan();
		} catch {
			sendJson(res, 503, NOT_AVAILABLE);
			return;
		}
		const body: SkmCount = {
			periode,
			waktu: now().toISOString(),
			unit: feed.rekap.jumlah(periode)
		};
		sendJson(res, 200, body);
	};
	/**
	 * Reads the whole feed once in the background (at start, after setup), so that the first
	 * device to ask does not wait for it; a failure is left for the first request to retry.
	 */
	const siapkan = () => feed.mutakhirkan().catch(() => {});
	return Object.assign(handler, { siapkan });
}
