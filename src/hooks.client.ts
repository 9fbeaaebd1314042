/**
 * Runs once when the app starts, before any page. The server's Content-Security-Policy forbids
 * eval (sync-server/http/security-headers.ts); zod would otherwise probe `new Function` on its
 * first parse to decide whether to compile its parsers, and even caught, that probe is reported
 * as a CSP violation. Without eval zod parses the same, only without that compilation.
 */
import type { ClientInit } from '@sveltejs/kit';
import { z } from 'zod';
import { locale } from '$lib/i18n/locale.svelte';

z.config({ jitless: true });

/** Someone who reads the app in English gets English from the first render on (loaded on demand). */
export const init: ClientInit = () => locale.siap;
