import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { META_DEMO, hasDemo, removeDemo } from '$lib/db/demo';
import { generateDemo } from '$lib/demo/generate';
import { handleDemo } from '$lib/demo/worker-handler';
import { firstTimeDemo, loadDemoInBackground } from '$lib/demo/background';
import { freshDb } from '../db/factories';

const demo = generateDemo();

describe('the demo jobs of the worker', () => {
	it('load the demo on the first start of a database opened by name, once', async () => {
		const db = freshDb();
		await db.open();
		expect(await handleDemo({ tugas: 'pertama', nama: db.name })).toEqual({
			ok: true,
			tugas: 'pertama',
			hasil: 'loaded'
		});
		expect(await db.responses.count()).toBe(demo.responses.length);
		expect(await handleDemo({ tugas: 'pertama', nama: db.name })).toMatchObject({
			hasil: 'skipped'
		});
	});
});

describe('the page side of the demo jobs, without a Worker (jsdom, node)', () => {
	it('loads the demo on the first start in the page and records where it ran', async () => {
		const db = freshDb();
		await db.open();
		expect(await firstTimeDemo(db)).toBe('loaded');
		expect(await hasDemo(db)).toBe(true);
		expect((await db.meta.get(META_DEMO))?.value).toMatchObject({
			status: 'loaded',
			tempat: 'halaman'
		});
		expect(await firstTimeDemo(db)).toBe('skipped');
	});

	it('loads the demo again on request after it was removed', async () => {
		const db = freshDb();
		await db.open();
		await firstTimeDemo(db);
		await removeDemo(db);
		expect(await loadDemoInBackground(db)).toBeGreaterThan(demo.responses.length);
		expect(await db.responses.count()).toBe(demo.responses.length);
	});
});
