/**
 * An account locked out after too many wrong passwords: the login screen says so plainly, with the
 * minutes to wait, whether the embedded server (403 `login.terkunci` with Retry-After) or Apache
 * CouchDB (403 "Account is temporarily locked…", no Retry-After) answered.
 */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

let LoginForm: typeof import('$lib/ui/account/LoginForm.svelte').default;

beforeAll(async () => {
	({ default: LoginForm } = await import('$lib/ui/account/LoginForm.svelte'));
});
afterEach(() => {
	vi.unstubAllGlobals();
});

function serverAnswers(status: number, body: unknown, headers: Record<string, string> = {}) {
	const fetch = vi.fn(
		async () =>
			new Response(JSON.stringify(body), {
				status,
				headers: { 'content-type': 'application/json', ...headers }
			})
	);
	vi.stubGlobal('fetch', fetch);
	return fetch;
}

async function logIn() {
	render(LoginForm);
	await fireEvent.input(screen.getByLabelText('Nama pengguna'), { target: { value: 'siti' } });
	await fireEvent.input(screen.getByLabelText('Kata sandi'), { target: { value: 'tebakan' } });
	await fireEvent.click(screen.getByRole('button', { name: 'Masuk' }));
}

describe('the login screen of a locked account', () => {
	it('tells the minutes to wait from Retry-After', async () => {
		serverAnswers(
			403,
			{
				error: 'forbidden',
				reason: 'login.terkunci: too many failed logins; try again in 240 seconds'
			},
			{ 'Retry-After': '240' }
		);
		await logIn();
		const alert = await screen.findByRole('alert');
		expect(alert).toHaveTextContent(/dikunci sementara/);
		expect(alert).toHaveTextContent(/Coba lagi dalam 4 menit/);
	});

	it("recognises Apache CouchDB's lockout, which says 5 minutes at most", async () => {
		serverAnswers(403, {
			error: 'forbidden',
			reason: 'Account is temporarily locked due to multiple authentication failures'
		});
		await logIn();
		expect(await screen.findByRole('alert')).toHaveTextContent(/Coba lagi dalam 5 menit/);
	});

	it('still calls a wrong password a wrong password', async () => {
		serverAnswers(401, { error: 'unauthorized', reason: 'Name or password is incorrect.' });
		await logIn();
		expect(await screen.findByRole('alert')).toHaveTextContent(
			'Nama pengguna atau kata sandi salah.'
		);
	});

	it('does not call any other refusal a lockout', async () => {
		serverAnswers(403, { error: 'forbidden', reason: 'akses.hanyaAdmin: only a server admin' });
		await logIn();
		expect(await screen.findByRole('alert')).not.toHaveTextContent(/dikunci/);
	});
});
