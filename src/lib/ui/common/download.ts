import type { MasterFile } from '$lib/state/admin-import';

/** Saves a file built on the device through a Blob link (works offline; no server involved). */
export function downloadBlob(blob: Blob, nama: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = nama;
	a.hidden = true;
	document.body.append(a);
	a.click();
	a.remove();
	// Some browsers read the Blob after click() returns.
	setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export function download(berkas: MasterFile): void {
	downloadBlob(new Blob([berkas.isi.slice().buffer], { type: berkas.mime }), berkas.nama);
}
