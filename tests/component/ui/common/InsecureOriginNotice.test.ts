import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { locale } from '$lib/i18n/locale.svelte';
import InsecureOriginNotice from '$lib/ui/common/InsecureOriginNotice.svelte';

function securePage(aman: boolean) {
	Object.defineProperty(window, 'isSecureContext', { value: aman, configurable: true });
}

afterEach(() => {
	Reflect.deleteProperty(window, 'isSecureContext');
	locale.set('id');
});

describe('the notice about an address without HTTPS', () => {
	it('tells, in Indonesian, that offline use needs HTTPS and to ask the admin for the https address', () => {
		securePage(false);
		render(InsecureOriginNotice);
		const notice = screen.getByRole('note');
		expect(notice).toHaveTextContent('tanpa HTTPS');
		expect(notice).toHaveTextContent('luring');
		expect(notice).toHaveTextContent('minta admin membuka lewat alamat https://…');
	});

	it('speaks English when the user chose English', () => {
		securePage(false);
		locale.set('en');
		render(InsecureOriginNotice);
		expect(screen.getByRole('note')).toHaveTextContent('ask your admin to open it at https://…');
	});

	it('is not shown on a secure page (https or localhost)', () => {
		securePage(true);
		render(InsecureOriginNotice);
		expect(screen.queryByRole('note')).toBeNull();
	});
});
