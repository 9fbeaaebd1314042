/** Runs the server's command-line programs the way npm does, as child processes. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

export interface Result {
	code: number | null;
	stdout: string;
	stderr: string;
}

/** `npm run admin -- …args` with `env` added to (a cleaned copy of) this process's environment. */
export function admin(
	args: string[],
	env: Record<string, string>,
	input?: string
): Promise<Result> {
	return run(['--import', 'tsx', 'sync-server/admin.ts', ...args], env, input);
}

export function run(args: string[], env: Record<string, string>, input?: string): Promise<Result> {
	const base = { ...process.env };
	for (const key of Object.keys(base)) if (/^(RAPOR_|COUCHDB_)/.test(key)) delete base[key];
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...base, ...env } });
		let stdout = '';
		let stderr = '';
		child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
		child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code, stdout, stderr }));
		child.stdin.end(input ?? '');
	});
}
