/** A QR code as one SVG path, drawn by the component (no HTML injection). */
import qrcode from 'qrcode-generator';

export interface QrGambar {
	/** Modules per side, without the quiet zone. */
	ukuran: number;
	/** SVG path of the dark modules, one unit per module. */
	d: string;
}

/** Error correction M: a printed code still reads when a little of it is smudged. */
export function qrGambar(text: string): QrGambar {
	const qr = qrcode(0, 'M');
	qr.addData(text, 'Byte');
	qr.make();
	const ukuran = qr.getModuleCount();
	const parts: string[] = [];
	for (let row = 0; row < ukuran; row++) {
		for (let col = 0; col < ukuran; col++) {
			if (qr.isDark(row, col)) parts.push(`M${col} ${row}h1v1h-1z`);
		}
	}
	return { ukuran, d: parts.join('') };
}
