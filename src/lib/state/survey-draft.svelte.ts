/**
 * Writes a half-filled form to the drafts table on every change (debounced, at most DELAY_MS
 * behind) and at once when the page is hidden or left, so that a reload, a killed app or a
 * sleeping phone reopens it where it was. Writes are serialised, so a save that closes the draft
 * can wait for the last write and never be overtaken by it.
 */
import { deleteDraft, saveDraft } from '$lib/db/drafts';
import type { Draft } from '$lib/db/schema';
import { isoNow } from '$lib/domain/local-time';
import { database } from './app.svelte';

export const DELAY_MS = 250;

export class AutosaveDraft {
	/** Number of changes scheduled and number written: equal when the draft on disk is current. */
	revisi = $state(0);
	tersimpan = $state(0);
	error = $state<unknown>(null);

	private pending: unknown = undefined;
	private timer: ReturnType<typeof setTimeout> | null = null;
	private chain: Promise<void> = Promise.resolve();

	constructor(
		readonly id: string,
		readonly kind: Draft['jenis']
	) {}

	get sinkron(): boolean {
		return this.revisi === this.tersimpan;
	}

	/** Records a change; it is written within DELAY_MS. */
	jadwalkan(data: unknown): void {
		this.pending = data;
		this.revisi++;
		if (this.timer) clearTimeout(this.timer);
		this.timer = setTimeout(() => void this.flush(), DELAY_MS);
	}

	/** Writes the pending change now (page hidden or left, or before closing). */
	flush(): Promise<void> {
		if (this.timer) clearTimeout(this.timer);
		this.timer = null;
		if (this.pending === undefined) return this.chain;
		const data = this.pending;
		const revisi = this.revisi;
		this.pending = undefined;
		this.chain = this.chain.then(async () => {
			try {
				await saveDraft(await database(), {
					id: this.id,
					jenis: this.kind,
					diubah: isoNow(),
					data
				});
				this.tersimpan = Math.max(this.tersimpan, revisi);
				this.error = null;
			} catch (cause) {
				this.error = cause;
			}
		});
		return this.chain;
	}

	/** Drops any unwritten change and waits for writes in flight: call before closing the draft. */
	async batalkan(): Promise<void> {
		if (this.timer) clearTimeout(this.timer);
		this.timer = null;
		this.pending = undefined;
		await this.chain;
		this.tersimpan = this.revisi;
	}

	/** Discards the draft on disk too (the form was abandoned on purpose). */
	async hapus(): Promise<void> {
		await this.batalkan();
		await deleteDraft(await database(), this.id);
	}

	/** Flushes when the page is hidden (phone sleeps, app switched) or unloaded. */
	pantauHalaman(): () => void {
		const onHidden = () => {
			if (document.visibilityState === 'hidden') void this.flush();
		};
		const onPagehide = () => void this.flush();
		document.addEventListener('visibilitychange', onHidden);
		window.addEventListener('pagehide', onPagehide);
		return () => {
			document.removeEventListener('visibilitychange', onHidden);
			window.removeEventListener('pagehide', onPagehide);
		};
	}
}
