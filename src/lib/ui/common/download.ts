import type { MasterFile } from '$lib/state/admin-import';

/** Saves a file built on the device through a Blob link (works offline; no server involved). */
export function downloadBlob(blob: Blob, name: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	a.hidden = true;
	document.body.append(a);
	a.click();
	a.remove();
	// Some browsers read the Blob after click() returns.
	setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export function download(file: MasterFile): void {
	downloadBlob(new Blob([file.isi.slice().buffer], { type: file.mime }), file.nama);
}
