/**
 * Runs once when the app starts, before any page. zod's CSP setting (no eval) sits in
 * src/lib/domain/schemas.ts, which every zod parse of the app goes through, so zod stays off the
 * first page.
 */
import type { ClientInit } from '@sveltejs/kit';
import { locale } from '$lib/i18n/locale.svelte';

/** Someone who reads the app in English gets English from the first render on (loaded on demand). */
export const init: ClientInit = () => locale.siap;
