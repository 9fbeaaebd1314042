/** Asking for a password without echoing it; from a pipe, the first line of input. */
import { stdin, stdout } from 'node:process';

async function firstLine(): Promise<string> {
	let text = '';
	for await (const chunk of stdin) {
		text += String(chunk);
		if (text.includes('\n')) break;
	}
	return text.split(/\r?\n/)[0] ?? '';
}

function hidden(question: string): Promise<string> {
	stdout.write(question);
	stdin.setRawMode(true);
	stdin.resume();
	stdin.setEncoding('utf8');
	let value = '';
	return new Promise((resolve, reject) => {
		const done = () => {
			stdin.off('data', onData);
			stdin.setRawMode(false);
			stdin.pause();
			stdout.write('\n');
		};
		const onData = (chunk: string) => {
			for (const ch of chunk) {
				if (ch === '\r' || ch === '\n') {
					done();
					resolve(value);
					return;
				}
				if (ch === '\u0003') {
					done();
					reject(new Error('dibatalkan / cancelled'));
					return;
				}
				value = ch === '\u007f' || ch === '\b' ? value.slice(0, -1) : value + ch;
			}
		};
		stdin.on('data', onData);
	});
}

/** A new password: typed twice at a terminal, or read from the first line of a pipe. */
export async function askPassword(name: string): Promise<string> {
	if (!stdin.isTTY) return firstLine();
	const first = await hidden(`Kata sandi baru untuk / new password for ${name}: `);
	const again = await hidden('Ulangi / repeat: ');
	if (first !== again) throw new Error('kedua kata sandi berbeda / the passwords differ');
	return first;
}
