/** QR codes as module matrices, for the screen (SVG) and the printed poster (PDF) alike. */
import qrcode from 'qrcode-generator';

/**
 * The dark modules of `text`'s QR code, row by row, without the quiet zone. Error correction M:
 * a printed code still reads when a little of it is smudged.
 */
export function qrMatrix(text: string): boolean[][] {
	const qr = qrcode(0, 'M');
	qr.addData(text, 'Byte');
	qr.make();
	const size = qr.getModuleCount();
	return Array.from({ length: size }, (_, row) =>
		Array.from({ length: size }, (_, col) => qr.isDark(row, col))
	);
}
