/**
 * Benchmark of the enumerator screen with a large device database: 50,000 responses of one unit
 * already stored, then, over 20 respondents, the time from tapping "Simpan" to "Tersimpan" shown
 * and from "Responden nextButton" to the next respondent's first step ready (rendered and
 * focused). Times are measured inside the page (performance.now, DOM mutations), so they exclude
 * the test driver's round trips.
 *
 * Call it with a Chromium page that has the app open (any route, after its first start): it writes
 * a bench unit, declares the device user (admin "Bench") and bulk-inserts the responses with the
 * raw IndexedDB API, then drives the real UI. Use a throwaway browser context.
 */
import type { Page } from 'playwright-core';

export const BENCH_UNIT = 'bench-unit';

export interface SurveyBenchResult {
	/** Responses stored for the bench unit before the measured saves. */
	tersimpanSebelum: number;
	ulangan: number;
	/** Median ms from tapping "Simpan" to "Tersimpan" visible. */
	simpanMs: number;
	/** Median ms from tapping "Responden nextButton" to the first step ready. */
	berikutnyaMs: number;
	/** Every measurement, in order. */
	simpan: number[];
	berikutnya: number[];
}

export interface SurveyBenchOptions {
	jumlah?: number;
	ulangan?: number;
}

/**
 * Run under tsx, functions passed to page.evaluate carry esbuild's `__name(...)` helper calls
 * (keepNames); the page does not have that helper, so give it a no-op one.
 */
async function helperName(page: Page): Promise<void> {
	await page.evaluate('globalThis.__name = globalThis.__name || ((fn) => fn)');
}

const median = (values: readonly number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Writes the bench unit, the device user and `jumlah` responses straight into IndexedDB. */
async function fillDatabase(page: Page, jumlah: number): Promise<number> {
	return page.evaluate(
		async ({ jumlah, unitId }) => {
			const open = () =>
				new Promise<IDBDatabase>((resolve, reject) => {
					const request = indexedDB.open('rapor');
					request.onsuccess = () => resolve(request.result);
					request.onerror = () => reject(request.error);
				});
			const done = (tx: IDBTransaction) =>
				new Promise<void>((resolve, reject) => {
					tx.oncomplete = () => resolve();
					tx.onerror = () => reject(tx.error);
					tx.onabort = () => reject(tx.error);
				});
			const pad = (n: number) => String(n).padStart(2, '0');
			const now = new Date();
			const year = now.getFullYear();
			const triwulan = Math.floor(now.getMonth() / 3) + 1;
			const periodeId = `${year}-TW${triwulan}`;
			const offset = -now.getTimezoneOffset();
			const zona = `${offset >= 0 ? '+' : '-'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
			// Earlier days of the current triwulan (never today, like a unit surveyed for weeks).
			const initial = new Date(year, (triwulan - 1) * 3, 1).getTime();
			const hariLalu = Math.max(1, Math.floor((now.getTime() - initial) / 86_400_000));
			const waktuKe = (i: number) => {
				const d = new Date(initial + (i % hariLalu) * 86_400_000);
				const minutes = 450 + (i % 420);
				return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:00${zona}`;
			};
			const score = (i: number, k: number) => 1 + ((i * 31 + k * 7 + (i >> 3)) % 4);

			const db = await open();
			const setup = db.transaction(['units', 'meta', 'drafts'], 'readwrite');
			setup.objectStore('units').put({
				id: unitId,
				nama: 'Unit Uji Kinerja',
				singkatan: 'Uji',
				jenis: 'upt',
				dinilaiIndeks: false,
				layananSkm: true
			});
			setup.objectStore('meta').put({
				key: 'pengguna',
				value: { nama: 'Bench', peran: 'admin', unitIds: [] }
			});
			setup.objectStore('drafts').put({
				id: 'survei-pilihan',
				jenis: 'survei',
				diubah: now.toISOString(),
				data: { unitId, jenisLayanan: 'Uji', catatLokasi: false }
			});
			setup.objectStore('drafts').delete('survei-baru');
			setup.objectStore('drafts').delete('survei-koreksi');
			await done(setup);

			const CHUNK = 5000;
			for (let start = 0; start < jumlah; start += CHUNK) {
				const tx = db.transaction('responses', 'readwrite');
				const store = tx.objectStore('responses');
				for (let i = start; i < Math.min(jumlah, start + CHUNK); i++) {
					store.put({
						id: `bench-${i}`,
						unitId,
						periodeId,
						waktu: waktuKe(i),
						jawaban: Object.fromEntries(
							['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9'].map((k, j) => [k, score(i, j)])
						),
						profil: {},
						kuesionerVersi: 'permen14-2017-v1',
						sumber: 'impor'
					});
				}
				await done(tx);
			}
			const count = await new Promise<number>((resolve, reject) => {
				const request = db
					.transaction('responses')
					.objectStore('responses')
					.index('[unitId+periodeId]')
					.count(IDBKeyRange.only([unitId, periodeId]));
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			db.close();
			return count;
		},
		{ jumlah, unitId: BENCH_UNIT }
	);
}

/**
 * Clicks `tombol` inside the page and resolves with the ms until `siap` is in the page (and, with
 * `fokus`, has the focus), watched with a MutationObserver and each frame: no driver round trip.
 */
function measure(page: Page, tombol: string, siap: string, fokus: boolean): Promise<number> {
	return page.evaluate(
		({ tombol, siap, fokus }) =>
			new Promise<number>((resolve, reject) => {
				const button = document.querySelector<HTMLButtonElement>(tombol);
				if (!button) return reject(new Error(`no ${tombol}`));
				const ready = () => {
					const el = document.querySelector<HTMLElement>(siap);
					return !!el && (!fokus || document.activeElement === el);
				};
				const t0 = performance.now();
				setTimeout(() => reject(new Error(`${siap} not ready 30 s after ${tombol}`)), 30_000);
				const observer = new MutationObserver(() => {
					if (ready()) {
						observer.disconnect();
						resolve(performance.now() - t0);
					}
				});
				observer.observe(document.body, { subtree: true, childList: true, attributes: true });
				button.click();
				// Focus moves in a microtask after the heading is inserted.
				queueMicrotask(() => {
					if (ready()) {
						observer.disconnect();
						resolve(performance.now() - t0);
					}
				});
				const check = () => {
					if (ready()) {
						observer.disconnect();
						resolve(performance.now() - t0);
					} else requestAnimationFrame(check);
				};
				requestAnimationFrame(check);
			}),
		{ tombol, siap, fokus }
	);
}

async function fillOneResponden(page: Page, n: number): Promise<void> {
	await page.locator('#tanya-profil').waitFor();
	await page.locator('.survei .nav button:not(.secondary)').click();
	for (let q = 0; q < 9; q++) {
		const step = `u${q + 1}`;
		await page.locator(`.langkah[data-langkah="${step}"]`).waitFor();
		await page.locator(`.langkah button[data-skor="${1 + ((n + q) % 4)}"]`).click();
	}
	await page.locator('.langkah[data-langkah="saran"]').waitFor();
	await page.locator('.survei .nav button:not(.secondary)').click();
	await page.locator('[data-testid="ringkasan"]').waitFor();
}

export async function benchSurvey(
	page: Page,
	{ jumlah: count = 50_000, ulangan = 20 }: SurveyBenchOptions = {}
): Promise<SurveyBenchResult> {
	const origin = new URL(page.url()).origin;
	await helperName(page);
	const savedBefore = await fillDatabase(page, count);
	await page.goto(`${origin}/survei`);
	await page.locator('#tanya-profil').waitFor({ timeout: 60_000 });
	await helperName(page);

	const save: number[] = [];
	const berikutnya: number[] = [];
	for (let n = 0; n < ulangan; n++) {
		await fillOneResponden(page, n);
		save.push(await measure(page, 'button.simpan', '[data-testid="tersimpan"]', false));
		berikutnya.push(await measure(page, 'button.berikutnya', 'h2#tanya-profil', true));
	}
	return {
		tersimpanSebelum: savedBefore,
		ulangan,
		simpanMs: median(save),
		berikutnyaMs: median(berikutnya),
		simpan: save,
		berikutnya
	};
}
