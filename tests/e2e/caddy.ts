/**
 * A real Caddy with its own local certificate authority (`tls internal`) in front of the app
 * server, and a Chromium that trusts that authority, as a phone does once the office's root
 * certificate is installed. Caddy keeps its state (the CA) in temporary XDG directories.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:https';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { ARGS, CHROMIUM_PATH, PHONE } from './browser';

export const CADDY_PATH = process.env.CADDY_PATH ?? '/usr/bin/caddy';
const CERTUTIL_PATH = '/usr/bin/certutil';

/** Fails with the command that installs what is missing. */
export function needsTool(): void {
	if (!existsSync(CADDY_PATH)) {
		throw new Error(
			`The HTTPS browser test needs Caddy at ${CADDY_PATH}. Install it with: sudo apt-get install -y caddy`
		);
	}
	if (!existsSync(CERTUTIL_PATH)) {
		throw new Error(
			`The HTTPS browser test needs certutil at ${CERTUTIL_PATH}. Install it with: sudo apt-get install -y libnss3-tools`
		);
	}
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() =>
				typeof address === 'object' && address ? resolve(address.port) : reject(new Error('port'))
			);
		});
	});
}

export interface RunningCaddy {
	/** https://<nama>:<port>, resolved to 127.0.0.1 by the browser's host rules. */
	url: string;
	/** Chromium flag that sends <nama> to loopback. */
	hostRule: string;
	/** Caddy's local root certificate (PEM file). */
	rootCert: string;
	log: () => string;
	stop(): Promise<void>;
}

/** GET `url` on loopback trusting only `ca`; resolves with the status code. */
function getWithCa(url: URL, ca: Buffer): Promise<number> {
	return new Promise((resolve, reject) => {
		const req = request(
			{
				host: '127.0.0.1',
				port: url.port,
				path: '/health',
				servername: url.hostname,
				headers: { host: url.host },
				ca
			},
			(res) => {
				res.resume();
				resolve(res.statusCode ?? 0);
			}
		);
		req.on('error', reject);
		req.end();
	});
}

/** Starts Caddy with `tls internal` for `nama`, proxying to `upstream` (http://127.0.0.1:port). */
export async function startCaddy(upstream: string, name = 'rapor.test'): Promise<RunningCaddy> {
	const dir = await mkdtemp(join(tmpdir(), 'rapor-caddy-'));
	// Each port is released before the next is asked for, so the system may hand out the same one
	// twice; Caddy then refuses an HTTPS site on its own http_port ("scheme and port violate
	// convention").
	const httpsPort = await freePort();
	let httpPort = await freePort();
	while (httpPort === httpsPort) httpPort = await freePort();
	const env = {
		...process.env,
		HOME: dir,
		XDG_DATA_HOME: join(dir, 'data'),
		XDG_CONFIG_HOME: join(dir, 'config')
	};
	await mkdir(env.XDG_DATA_HOME, { recursive: true });
	await mkdir(env.XDG_CONFIG_HOME, { recursive: true });
	const caddyfile = join(dir, 'Caddyfile');
	// No admin API, no attempt to install the CA in the system store, no listener on port 80.
	await writeFile(
		caddyfile,
		`{
	admin off
	skip_install_trust
	auto_https disable_redirects
	http_port ${httpPort}
	https_port ${httpsPort}
}
https://${name}:${httpsPort} {
	bind 127.0.0.1
	tls internal
	reverse_proxy ${new URL(upstream).host}
}
`
	);
	let output = '';
	const child: ChildProcess = spawn(
		CADDY_PATH,
		['run', '--config', caddyfile, '--adapter', 'caddyfile'],
		{ env, stdio: ['ignore', 'pipe', 'pipe'] }
	);
	child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

	const url = new URL(`https://${name}:${httpsPort}`);
	const rootCert = join(env.XDG_DATA_HOME, 'caddy/pki/authorities/local/root.crt');
	const stop = async () => {
		if (child.exitCode === null) {
			child.kill('SIGTERM');
			await exited;
		}
		await rm(dir, { recursive: true, force: true });
	};
	const deadline = Date.now() + 30_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`Caddy exited:\n${output}`);
		try {
			if (existsSync(rootCert)) {
				if ((await getWithCa(url, await readFile(rootCert))) === 200) break;
			}
		} catch {
			// Not listening or no certificate yet.
		}
		if (Date.now() > deadline) {
			await stop();
			throw new Error(`Caddy did not serve ${url} within 30 s:\n${output}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	return {
		url: url.origin,
		hostRule: `--host-resolver-rules=MAP ${name} 127.0.0.1`,
		rootCert,
		log: () => output,
		stop
	};
}

/**
 * A persistent Chromium profile whose NSS database (in a temporary HOME, as ~/.pki/nssdb) trusts
 * `rootCert`. `ignoreHTTPSErrors` is not enough: Chromium then loads pages but refuses to register
 * a service worker ("An SSL certificate error occurred when fetching the script").
 */
export async function chromiumTrusts(rootCert: string, hostRule: string) {
	const home = await mkdtemp(join(tmpdir(), 'rapor-nss-'));
	const nssdb = join(home, '.pki/nssdb');
	await mkdir(nssdb, { recursive: true });
	execFileSync(CERTUTIL_PATH, ['-d', `sql:${nssdb}`, '-N', '--empty-password']);
	const add = ['-A', '-t', 'C,,', '-n', 'Rapor test CA', '-i', rootCert];
	execFileSync(CERTUTIL_PATH, ['-d', `sql:${nssdb}`, ...add]);
	return {
		launch: (): Promise<BrowserContext> =>
			chromium.launchPersistentContext(join(home, 'profil'), {
				executablePath: CHROMIUM_PATH,
				args: [...ARGS, hostRule],
				viewport: PHONE,
				timezoneId: 'Asia/Jakarta',
				env: { ...process.env, HOME: home }
			}),
		remove: () => rm(home, { recursive: true, force: true })
	};
}
