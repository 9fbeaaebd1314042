/** A QR code as one SVG path, drawn by the component (no HTML injection). */
import { qrMatrix } from '$lib/report/qr';

export interface QrImage {
	/** Modules per side, without the quiet zone. */
	ukuran: number;
	/** SVG path of the dark modules, one unit per module. */
	d: string;
}

export function qrImage(text: string): QrImage {
	const modul = qrMatrix(text);
	const parts: string[] = [];
	modul.forEach((baris, row) =>
		baris.forEach((gelap, col) => {
			if (gelap) parts.push(`M${col} ${row}h1v1h-1z`);
		})
	);
	return { ukuran: modul.length, d: parts.join('') };
}
