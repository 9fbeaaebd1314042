/**
 * The built app is served from its directory and nothing else: no `..`, however encoded, reaches a
 * sibling directory (not even one whose name starts with the app directory's). Precompressed files
 * go out as brotli or gzip when the browser takes them; hashed files are cached for good, the rest
 * revalidated; deep links get the app shell, unknown assets a plain 404.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { basename, join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, tempDir, type TestServer } from './helpers/server.ts';

const parent = tempDir('rapor-static-');
const appDir = join(parent, 'build');
const sibling = join(parent, 'build-x');
const SECRET = 'rahasia-tetangga';
const SCRIPT = `console.log(${JSON.stringify('a'.repeat(2000))});`;
const STYLE = `main{${'padding:1rem;'.repeat(200)}}`;
const SHELL = '<!doctype html><title>Rapor</title><script>window.mulai = 1;</script>';

let t: TestServer;
beforeAll(async () => {
	mkdirSync(join(appDir, '_app', 'immutable'), { recursive: true });
	mkdirSync(sibling);
	writeFileSync(join(appDir, 'index.html'), SHELL);
	writeFileSync(join(appDir, 'manifest.webmanifest'), '{"name":"Rapor"}');
	writeFileSync(join(appDir, 'service-worker.js'), 'self.addEventListener("fetch", () => {});');
	writeFileSync(join(appDir, '.env'), `SECRET=${SECRET}`);
	const script = join(appDir, '_app', 'immutable', 'app.A1b2.js');
	writeFileSync(script, SCRIPT);
	writeFileSync(`${script}.br`, brotliCompressSync(SCRIPT));
	writeFileSync(`${script}.gz`, gzipSync(SCRIPT));
	const style = join(appDir, '_app', 'immutable', 'assets', '0.C3d4.css');
	mkdirSync(join(appDir, '_app', 'immutable', 'assets'));
	writeFileSync(style, STYLE);
	writeFileSync(`${style}.br`, brotliCompressSync(STYLE));
	writeFileSync(`${style}.gz`, gzipSync(STYLE));
	writeFileSync(join(sibling, 'file.txt'), SECRET);
	writeFileSync(join(parent, 'file.txt'), SECRET);
	t = await startTestServer({ appDir });
});
afterAll(async () => {
	await t.close();
	rmSync(parent, { recursive: true, force: true });
});

interface Answer {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: Buffer;
}

/** A request with the path exactly as written (fetch would normalise `..` and `%2e`). */
function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
	const { hostname, port } = new URL(t.running.url);
	return new Promise((resolve, reject) => {
		const req = request({ hostname, port, path, method, headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () =>
				resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) })
			);
		});
		req.on('error', reject);
		req.end();
	});
}

describe('paths outside the app directory', () => {
	const name = basename(sibling);
	it.each([
		`/%2e%2e/${name}/file.txt`,
		`/%2E%2E/${name}/file.txt`,
		`/..%2f${name}%2ffile.txt`,
		`/%2e%2e%2f${name}%2ffile.txt`,
		`/_app/%2e%2e/%2e%2e/${name}/file.txt`,
		`/%252e%252e/${name}/file.txt`,
		`/..%5c${name}%5cfile.txt`,
		`/../${name}/file.txt`,
		'/%2e%2e/file.txt'
	])('are not served: %s', async (path) => {
		const res = await get(path);
		expect(res.body.toString()).not.toContain(SECRET);
		expect(res.status).toBe(404);
	});

	it.each(['/.env', '/%2eenv', '/_app/../.env'])(
		'nor are hidden files of the build: %s gets the app shell',
		async (path) => {
			const res = await get(path);
			expect(res.body.toString()).toBe(SHELL);
		}
	);
});

describe('the app’s files', () => {
	it('go out as brotli when the browser accepts it, else gzip, else as they are', async () => {
		const path = '/_app/immutable/app.A1b2.js';
		const br = await get(path, { 'accept-encoding': 'gzip, deflate, br' });
		expect(br.headers['content-encoding']).toBe('br');
		expect(br.headers['content-type']).toMatch(/^text\/javascript/);
		expect(br.headers.vary).toMatch(/accept-encoding/i);
		expect(brotliDecompressSync(br.body).toString()).toBe(SCRIPT);

		const gz = await get(path, { 'accept-encoding': 'gzip' });
		expect(gz.headers['content-encoding']).toBe('gzip');

		const plain = await get(path);
		expect(plain.headers['content-encoding']).toBeUndefined();
		expect(plain.body.toString()).toBe(SCRIPT);
	});

	it('include the stylesheets: brotli or gzip as the browser accepts, cached for good', async () => {
		const path = '/_app/immutable/assets/0.C3d4.css';
		const br = await get(path, { 'accept-encoding': 'gzip, deflate, br' });
		expect(br.headers['content-encoding']).toBe('br');
		expect(br.headers['content-type']).toMatch(/^text\/css/);
		expect(brotliDecompressSync(br.body).toString()).toBe(STYLE);
		expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');

		const gz = await get(path, { 'accept-encoding': 'gzip, deflate' });
		expect(gz.headers['content-encoding']).toBe('gzip');
		expect(gunzipSync(gz.body).toString()).toBe(STYLE);
		expect(gz.headers['cache-control']).toBe('public, max-age=31536000, immutable');
	});

	it('are cached for good when hashed, and revalidated otherwise', async () => {
		const hashed = await get('/_app/immutable/app.A1b2.js');
		expect(hashed.headers['cache-control']).toBe('public, max-age=31536000, immutable');
		for (const path of ['/', '/manifest.webmanifest', '/service-worker.js', '/opd/dinas-x']) {
			expect((await get(path)).headers['cache-control'], path).toBe('no-cache');
		}
	});

	it('give deep links the app shell, and unknown assets a plain 404', async () => {
		for (const path of ['/opd/dinas-x', '/survei/kiosk', '/admin/unit?x=1']) {
			const res = await get(path);
			expect(res.status, path).toBe(200);
			expect(res.body.toString(), path).toBe(SHELL);
		}
		const missing = await get('/_app/immutable/hilang.js');
		expect(missing.status).toBe(404);
		expect(missing.headers['content-type']).toMatch(/^text\/plain/);
	});

	it('removed after the start (a rebuild while running) fail that request, not the server', async () => {
		const removed = join(appDir, '_app', 'immutable', 'hapus.B2c3.js');
		writeFileSync(removed, SCRIPT);
		const restarted = await startTestServer({ appDir });
		try {
			rmSync(removed);
			await expect(
				fetch(`${restarted.running.url}/_app/immutable/hapus.B2c3.js`).then((r) => r.text())
			).rejects.toThrow();
			expect((await fetch(`${restarted.running.url}/health`)).status).toBe(200);
		} finally {
			await restarted.close();
		}
	});

	it('are only read: other methods get 405', async () => {
		const res = await get('/', {}, 'POST');
		expect(res.status).toBe(405);
		expect(res.headers.allow).toBe('GET, HEAD');
	});
});
