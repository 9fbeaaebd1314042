/**
 * /publik: the SKM results an admin published, as static pages anyone may read without signing in.
 * Only what a valid publikasiSkm document holds is shown (never a response, a profile or a saran
 * that was not approved), every text escaped, no script allowed, and no request crashes the server.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/lib/domain/constants.ts';
import { DATABASE, toDocument } from '../../src/lib/domain/document.ts';
import type { PublikasiSkm } from '../../src/lib/domain/schemas.ts';
import { DESIGN_ID } from '../../sync-server/design/index.ts';
import { docPath } from '../../sync-server/http/couch-client.ts';
import { runSetup } from '../../sync-server/setup/index.ts';
import { masterDocs, response, UNIT_A, UNIT_B } from './helpers/factories.ts';
import { seed } from './helpers/http.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';

const TW3 = '2026-TW3';
const TW2 = '2026-TW2';
const APPROVED = 'Antrean loket tiga perlu kursi tambahan';
const NOT_APPROVED = ['Petugas-rahasia-ungu menagih biaya', 'Saran-belum-disetujui-jingga'];
const PEMDA_NAME = 'Kota Wiradesa';
const EVIL_UNIT = 'kel-jahat';
const EVIL_NAME = '<script>alert("x")</script> & Kelurahan "Jahat"';

const NRR = { u1: 3.5, u2: 3.25, u3: 3.1, u4: 4, u5: 3.333, u6: 3.6, u7: 3.9, u8: 2.75, u9: null };

function publikasi(over: Partial<PublikasiSkm> & Pick<PublikasiSkm, 'periodeId'>): PublikasiSkm {
	const unitId = 'unitId' in over ? over.unitId : UNIT_A;
	return {
		id: `${unitId ?? 'pemda'}:${over.periodeId}`,
		...(unitId !== undefined ? { unitId } : {}),
		nama: 'Puskesmas Sukamaju',
		nilai: 88.5,
		mutu: 'A',
		responden: 1234,
		nrr: NRR,
		rtl: [],
		saran: [],
		diterbitkan: { oleh: 'admin-app', waktu: '2026-10-05T09:00:00+07:00' },
		...over
	};
}

let t: TestServer;

interface Page {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	text: string;
}

/** A request with the path exactly as written (fetch would normalise it). */
function get(path: string, method = 'GET'): Promise<Page> {
	const { hostname, port } = new URL(t.running.url);
	return new Promise((resolve, reject) => {
		const req = request({ hostname, port, path, method }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () =>
				resolve({
					status: res.statusCode ?? 0,
					headers: res.headers,
					text: Buffer.concat(chunks).toString('utf8')
				})
			);
		});
		req.on('error', reject);
		req.end();
	});
}

const publish = (p: PublikasiSkm) => seed(t.admin, DATABASE.master, toDocument('publikasiSkm', p));

beforeAll(async () => {
	t = await startTestServer();
	for (const d of masterDocs()) await seed(t.admin, DATABASE.master, d);
}, 120_000);
afterAll(async () => {
	await t?.close();
});

describe('before anything is published', () => {
	it('answers a 404 page in Bahasa Indonesia', async () => {
		for (const path of ['/publik', `/publik/${UNIT_A}`, `/publik?periode=${TW3}`]) {
			const page = await get(path);
			expect(page.status, path).toBe(404);
			expect(page.headers['content-type'], path).toBe('text/html; charset=utf-8');
			expect(page.text, path).toContain('<html lang="id">');
			expect(page.text, path).toContain('Belum ada hasil SKM yang diterbitkan');
		}
	});
});

describe('published results', () => {
	beforeAll(async () => {
		// What the survey holds: saran nobody approved and profiles, which must never show.
		for (const [i, saran] of NOT_APPROVED.entries()) {
			const r = response(UNIT_A, undefined, {
				periodeId: TW3,
				waktu: '2026-08-04T10:00:00+07:00',
				saran,
				profil: { jenisKelamin: 'P', usia: 97, pendidikan: 'S3', pekerjaan: 'TNI/Polri' }
			});
			await seed(t.admin, DATABASE.skm, toDocument('response', { ...r, id: `${r.id}-${i}` }));
		}
		await seed(
			t.admin,
			DATABASE.skm,
			toDocument(
				'response',
				response(UNIT_A, undefined, {
					periodeId: TW3,
					waktu: '2026-08-04T10:00:00+07:00',
					saran: APPROVED
				})
			)
		);
		await publish(
			publikasi({
				periodeId: TW3,
				saran: [APPROVED],
				rtl: [
					{ unsur: 'u8', program: 'Kotak pengaduan daring', triwulan: [1, 2], progres: 'berjalan' },
					{ unsur: 'u3', program: 'Loket prioritas lansia', triwulan: [3], progres: 'belum' }
				]
			})
		);
		await publish(publikasi({ periodeId: TW2, nilai: 70.25, mutu: 'C', responden: 80 }));
		await publish(
			publikasi({ periodeId: TW3, unitId: EVIL_UNIT, nama: EVIL_NAME, saran: [EVIL_NAME] })
		);
		await publish(
			publikasi({
				periodeId: TW3,
				unitId: undefined,
				nama: PEMDA_NAME,
				nilai: 81.4,
				mutu: 'B',
				responden: 2000,
				units: [
					{ unitId: UNIT_A, nama: 'Puskesmas Sukamaju', nilai: 88.5, mutu: 'A', responden: 1234 },
					{ unitId: UNIT_B, nama: 'Kelurahan Tanpa Halaman', nilai: 60, mutu: 'D', responden: 9 },
					{ unitId: EVIL_UNIT, nama: EVIL_NAME, nilai: 76.61, mutu: 'B', responden: 757 }
				]
			})
		);
		await publish(publikasi({ periodeId: TW2, unitId: undefined, nama: PEMDA_NAME, nilai: 77 }));
	});

	it('shows the pemda page of the latest period at /publik, each unit line linking to its page', async () => {
		const page = await get('/publik');
		expect(page.status).toBe(200);
		expect(page.text).toContain(`<h1>${PEMDA_NAME}</h1>`);
		expect(page.text).toContain('Triwulan III 2026');
		expect(page.text).toContain('81,40');
		expect(page.text).toContain('B (Baik)');
		expect(page.text).toContain('2.000');
		expect(page.text).toContain(
			`<a href="/publik/${UNIT_A}?periode=${TW3}">Puskesmas Sukamaju</a>`
		);
		expect(page.text).toContain('60,00');
		// Each unit's line gives the mutu letter only, so four columns fit a 360 px phone; the
		// letters' meaning is on the pemda's own figure above.
		expect(page.text).toContain('<td class="num">60,00</td><td>D</td>');
		// A unit without its own page is listed without a link.
		expect(page.text).toContain('Kelurahan Tanpa Halaman');
		expect(page.text).not.toContain(`href="/publik/${UNIT_B}`);
		expect(page.text).toContain('Diterbitkan 5 Oktober 2026');
	});

	it('links to every published period, and ?periode selects one', async () => {
		const latest = await get('/publik');
		expect(latest.text).toContain(`<a href="/publik?periode=${TW3}">Triwulan III 2026</a>`);
		expect(latest.text).toContain(`<a href="/publik?periode=${TW2}">Triwulan II 2026</a>`);
		const older = await get(`/publik?periode=${TW2}`);
		expect(older.status).toBe(200);
		expect(older.text).toContain('Triwulan II 2026');
		expect(older.text).toContain('77,00');
		expect(older.text).not.toContain('81,40');
	});

	it('shows a unit’s latest publication: IKM, mutu, respondents, NRR per unsur, RTL, approved saran, kiosk link', async () => {
		const page = await get(`/publik/${UNIT_A}`);
		expect(page.status).toBe(200);
		const text = page.text;
		expect(text).toContain('<h1>Puskesmas Sukamaju</h1>');
		expect(text).toContain('Triwulan III 2026');
		expect(text).toContain('88,50');
		expect(text).toContain('A (Sangat Baik)');
		expect(text).toContain('1.234');
		expect(text).toContain('U1 Persyaratan');
		expect(text).toContain('3,500');
		expect(text).toContain('3,333');
		expect(text).toContain('U8 Penanganan pengaduan, saran dan masukan');
		expect(text).toContain('U9 Sarana dan prasarana');
		expect(text).toMatch(/<tr data-unsur="u9">.*<td class="num">–<\/td>/);
		expect(text).toContain('Kotak pengaduan daring');
		expect(text).toContain('TW I, TW II');
		expect(text).toContain('Berjalan');
		expect(text).toContain('Loket prioritas lansia');
		expect(text).toContain('Belum dimulai');
		expect(text).toContain(APPROVED);
		expect(text).toContain('Diterbitkan 5 Oktober 2026');
		expect(text).toContain(`<a href="/kiosk?unit=${UNIT_A}">`);
		expect(text).toContain(`<a href="/publik?periode=${TW3}">Semua unit layanan</a>`);
		expect(text).toContain(`<a href="/publik/${UNIT_A}?periode=${TW2}">Triwulan II 2026</a>`);

		const older = await get(`/publik/${UNIT_A}?periode=${TW2}`);
		expect(older.text).toContain('70,25');
		expect(older.text).toContain('C (Kurang Baik)');
		expect(older.text).toContain('Belum ada rencana tindak lanjut yang diterbitkan.');
	});

	it('renders only the publication: no unapproved saran and no profile of the survey', async () => {
		for (const path of ['/publik', `/publik/${UNIT_A}`, `/publik/${UNIT_A}?periode=${TW2}`]) {
			const text = (await get(path)).text;
			for (const saran of NOT_APPROVED) expect(text, path).not.toContain(saran);
			for (const word of [
				'TNI/Polri',
				'S3',
				'usia',
				'Usia',
				'pekerjaan',
				'Pekerjaan',
				'pendidikan'
			])
				expect(text, `${path} ${word}`).not.toContain(word);
			expect(text, path).not.toContain('admin-app');
		}
	});

	it('labels unsur with the pemda’s numbering setting', async () => {
		await seed(
			t.admin,
			DATABASE.master,
			toDocument('pengaturan', { ...DEFAULT_SETTINGS, id: 'pemda', penomoranUnsur: 'kuesioner' })
		);
		const text = (await get(`/publik/${UNIT_A}`)).text;
		expect(text).toContain('U8 Sarana dan prasarana');
		expect(text).toContain('U9 Penanganan pengaduan, saran dan masukan');
	});

	it('escapes every text: a unit name with a script stays text', async () => {
		for (const path of ['/publik', `/publik/${EVIL_UNIT}`]) {
			const page = await get(path);
			expect(page.status, path).toBe(200);
			expect(page.text, path).not.toMatch(/<script/i);
			expect(page.text, path).toContain(
				'&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Kelurahan &quot;Jahat&quot;'
			);
		}
	});

	it('allows no script at all, may not be framed, and is cached briefly', async () => {
		const page = await get(`/publik/${UNIT_A}`);
		const csp = String(page.headers['content-security-policy']);
		expect(csp).toContain("default-src 'none'");
		expect(csp).not.toContain('script-src');
		expect(csp).not.toContain('unsafe-inline');
		expect(csp).toContain("frame-ancestors 'none'");
		expect(page.headers['x-frame-options']).toBe('DENY');
		expect(page.headers['x-content-type-options']).toBe('nosniff');
		expect(page.headers['cache-control']).toBe('public, max-age=60');
		expect(page.text).toContain('@media print');
		expect(page.text).toContain('size:A4');
	});

	it('answers HEAD without a body, and refuses other methods', async () => {
		const head = await get('/publik', 'HEAD');
		expect(head.status).toBe(200);
		expect(head.text).toBe('');
		expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
		for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
			const res = await get(`/publik/${UNIT_A}`, method);
			expect(res.status, method).toBe(405);
			expect(res.headers.allow, method).toBe('GET, HEAD');
		}
	});

	it('answers 404 for an unknown unit or an unpublished period, 400 for a malformed periode', async () => {
		for (const path of [
			'/publik/tidak-ada',
			'/publik?periode=2025-TW1',
			`/publik/${UNIT_A}?periode=2025-TW4`
		]) {
			const page = await get(path);
			expect(page.status, path).toBe(404);
			expect(page.text, path).toContain('Halaman tidak ditemukan');
		}
		for (const path of [
			'/publik?periode=2026-TW5',
			'/publik?periode=x',
			`/publik/${UNIT_A}?periode=`
		]) {
			const page = await get(path);
			expect(page.status, path).toBe(400);
			expect(page.text, path).toContain('Periode harus berupa triwulan');
		}
	});

	it('survives weird paths, broken %-encoding and long queries, and keeps serving', async () => {
		const paths = [
			'/publik/%E0%A4%A',
			'/publik/%',
			'/publik/..%2F..%2Fdb',
			'/publik/../db/_all_dbs',
			'/publik//',
			`/publik/${UNIT_A}/lagi`,
			`/publik/${'x'.repeat(4000)}`,
			`/publik?periode=${'%ZZ'.repeat(2000)}`,
			`/publik?${'a=1&'.repeat(1500)}periode=${TW3}`,
			`/publik?periode=${TW3}&periode=${TW2}`,
			'/publik/%3Cscript%3E'
		];
		for (const path of paths) {
			const page = await get(path);
			expect([200, 400, 404], path).toContain(page.status);
			expect(page.text, path).not.toMatch(/<script/i);
		}
		expect((await get('/health')).status).toBe(200);
		expect((await get(`/publik/${UNIT_A}`)).status).toBe(200);
	});

	it('reads the publications again only when rapor-master has changed', async () => {
		const reads = () =>
			t.logs.filter(
				(l) => l.includes(`/${DATABASE.master}/_all_docs`) && l.includes('include_docs')
			).length;
		await get('/publik');
		await get(`/publik/${UNIT_A}`);
		const before = reads();
		expect(before).toBeGreaterThan(0);
		await get('/publik');
		await get(`/publik/${UNIT_A}?periode=${TW2}`);
		expect(reads()).toBe(before);
	});

	it('shows a new publication on the next request', async () => {
		await publish(publikasi({ periodeId: '2026-TW4', nilai: 91.2 }));
		const page = await get(`/publik/${UNIT_A}`);
		expect(page.text).toContain('Triwulan IV 2026');
		expect(page.text).toContain('91,20');
		// A period with unit pages but no pemda page lists its units.
		const index = await get('/publik');
		expect(index.status).toBe(200);
		expect(index.text).toContain(
			`<a href="/publik/${UNIT_A}?periode=2026-TW4">Puskesmas Sukamaju</a>`
		);
	});

	it('skips a malformed publication written by the server admin, without failing', async () => {
		// The validation would refuse it even from the server admin: switched off for the write.
		const path = docPath(DATABASE.master, DESIGN_ID);
		const design = (await t.admin.raw('GET', path)).body as Record<string, unknown>;
		await seed(t.admin, DATABASE.master, {
			...design,
			_id: DESIGN_ID,
			validate_doc_update: 'function () {}'
		});
		await seed(t.admin, DATABASE.master, {
			_id: 'publikasiSkm:pkm-a:2027-TW1',
			type: 'publikasiSkm',
			...publikasi({ periodeId: '2027-TW1', nama: 'Nama-rusak-sekali' }),
			nilai: 'tinggi'
		});
		await seed(t.admin, DATABASE.master, {
			_id: 'publikasiSkm:pemda:2027-TW2',
			type: 'publikasiSkm',
			...publikasi({ periodeId: '2027-TW2', unitId: undefined, nama: 'Pemda-rusak' }),
			bocor: 'profil responden'
		});
		await runSetup(t.admin);

		const unit = await get(`/publik/${UNIT_A}`);
		expect(unit.status).toBe(200);
		expect(unit.text).toContain('Triwulan IV 2026');
		expect(unit.text).not.toContain('Nama-rusak-sekali');
		expect(unit.text).not.toContain('2027');
		const pemda = await get('/publik');
		expect(pemda.status).toBe(200);
		expect(pemda.text).not.toContain('Pemda-rusak');
		expect((await get('/publik?periode=2027-TW2')).status).toBe(404);
	});
});
