/**
 * Security headers of every answer. The app gets a Content-Security-Policy that lets exactly the
 * built app run: its own scripts, SvelteKit's inline bootstrap script (by hash, read from the built
 * HTML at start), its service worker and workers, images from data:/blob: URLs (QR codes, charts,
 * downloads); the API gets the strictest one (its answers are data, never a page). Neither may be
 * framed (no clickjacking of the login or of a verification), no page leaks its URL as Referer,
 * and over HTTPS the browser is told to keep using HTTPS (HSTS).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';

/** Inline `<script>` elements (without src) of an HTML page: their text. */
export function inlineScripts(html: string): string[] {
	const scripts: string[] = [];
	for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
		if (/\bsrc\s*=/i.test(match[1]!)) continue;
		scripts.push(match[2]!);
	}
	return scripts;
}

function htmlFiles(dir: string, skip: string): string[] {
	const found: string[] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory() && path !== skip) found.push(...htmlFiles(path, skip));
		else if (entry.isFile() && entry.name.endsWith('.html')) found.push(path);
	}
	return found;
}

/** CSP sources (`'sha256-…'`) of every inline script in the built app's HTML pages. */
export function inlineScriptHashes(appDir: string): string[] {
	const hashes = new Set<string>();
	// Hashed build output has no HTML pages; skipping it keeps the walk short.
	for (const file of htmlFiles(appDir, join(appDir, '_app'))) {
		for (const script of inlineScripts(readFileSync(file, 'utf8'))) {
			hashes.add(`'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`);
		}
	}
	return [...hashes].sort();
}

/**
 * The app's policy. Styles allow 'unsafe-inline': Svelte sets style attributes (and the shell has
 * one); injected CSS cannot run code, and scripts stay locked to the app's own files.
 */
export function appPolicy(scriptHashes: readonly string[]): string {
	return [
		"default-src 'self'",
		`script-src 'self' ${scriptHashes.join(' ')}`.trim(),
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data: blob:",
		"font-src 'self' data:",
		"connect-src 'self'",
		"worker-src 'self' blob:",
		"manifest-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		"frame-ancestors 'none'"
	].join('; ');
}

/** The API answers JSON only: nothing in it may load, run or be framed. */
export const API_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

/** Two years, as the HSTS preload list asks; sent only over HTTPS (browsers ignore it on HTTP). */
const HSTS = 'max-age=63072000; includeSubDomains';

export function setSecurityHeaders(res: ServerResponse, policy: string, https: boolean): void {
	res.setHeader('content-security-policy', policy);
	res.setHeader('x-frame-options', 'DENY');
	res.setHeader('x-content-type-options', 'nosniff');
	res.setHeader('referrer-policy', 'no-referrer');
	if (https) res.setHeader('strict-transport-security', HSTS);
}

/**
 * Drops `X-Powered-By` whoever sets it (Express in express-pouchdb does, on every answer): it only
 * tells an attacker which software to try.
 */
export function withoutPoweredBy(res: ServerResponse): void {
	const setHeader = res.setHeader.bind(res);
	res.setHeader = (name, value) =>
		name.toLowerCase() === 'x-powered-by' ? res : setHeader(name, value);
}
