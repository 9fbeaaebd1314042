/**
 * "Bagikan": hands a file built on the device to the system share sheet (WhatsApp, e-mail…) where
 * the browser can share files (Web Share API level 2), and downloads it where it cannot. The
 * download itself is the caller's (ui/common/download.ts), since state/ does not reach into ui/.
 */
import type { ReportFile } from '$lib/report/files';

export interface ShareableFile {
	name: string;
	/** MIME type. */
	type: string;
	data: Uint8Array | Blob;
}

export type ShareOutcome = 'shared' | 'downloaded' | 'cancelled';

/** Saves a Blob as a file named `name` (ui/common/download.ts downloadBlob). */
export type Download = (blob: Blob, name: string) => void;

/** A report file (its Indonesian data names) as a shareable file. */
export function shareableReport(file: ReportFile): ShareableFile {
	return { name: file.nama, type: file.mime, data: file.isi };
}

function toBlob(file: ShareableFile): Blob {
	if (file.data instanceof Blob) return file.data;
	// A copy: its own ArrayBuffer, never a view into a larger one.
	return new Blob([file.data.slice().buffer], { type: file.type });
}

/**
 * Shares `file` with `title` when the device can share files; otherwise (or when the browser
 * refuses, e.g. without a recent tap) downloads it. The person closing the share sheet is not an
 * error: 'cancelled'.
 */
export async function shareFile(
	file: ShareableFile,
	title: string,
	download: Download
): Promise<ShareOutcome> {
	const blob = toBlob(file);
	const shared = new File([blob], file.name, { type: file.type });
	const nav: Partial<Navigator> | undefined = globalThis.navigator;
	if (nav?.share && nav.canShare?.({ files: [shared] })) {
		try {
			await nav.share({ files: [shared], title });
			return 'shared';
		} catch (cause) {
			const name = typeof cause === 'object' && cause !== null && 'name' in cause ? cause.name : '';
			if (name === 'AbortError') return 'cancelled';
			// No user activation left (the file took long to build): the download still works.
			if (name !== 'NotAllowedError') throw cause;
		}
	}
	download(blob, file.name);
	return 'downloaded';
}
