/**
 * Serialises pages into a PDF 1.4 file (ISO 32000-1 is its successor): a catalog, a page tree of
 * A4 pages, the two standard fonts Helvetica and Helvetica-Bold with WinAnsiEncoding (built into
 * every reader, nothing embedded) and, when the text needs it, an embedded Unicode font (F3),
 * Flate-compressed content streams, an info dictionary and the cross-reference table.
 */
import { zlibSync } from 'fflate';
import type { FontObject } from './pdf-cid';

/** A4 in points (1/72 inch). */
export const A4 = { lebar: 595.28, tinggi: 841.89 } as const;
/** A3 in points: pages are laid out on A4 and printed scaled up by √2 (a poster on the wall). */
export const A3 = { lebar: 841.89, tinggi: 1190.55 } as const;
export type PageSize = 'A4' | 'A3';
const A3_SCALE = Math.min(A3.lebar / A4.lebar, A3.tinggi / A4.tinggi);

export interface PdfInfo {
	judul: string;
	/** When the report was made: ISO 8601 with the device's offset ("2026-07-01T09:15:00+07:00"). */
	dibuat: string;
	/** The paper; A4 when not given. */
	ukuran?: PageSize;
}

const ascii = (s: string) => {
	const out = new Uint8Array(s.length);
	for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
	return out;
};

/** A text string of the info dictionary: UTF-16BE with its byte order mark, in hex. */
function utf16Text(teks: string): string {
	let hex = 'FEFF';
	for (let i = 0; i < teks.length; i++) {
		hex += teks.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
	}
	return `<${hex}>`;
}

/** "D:20260701091500+07'00'" from an ISO date-time with offset. */
function pdfDate(iso: string): string {
	const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(Z|[+-]\d{2}:\d{2})$/.exec(
		iso
	);
	if (!m) return '';
	const [, y, mo, d, h, mi, s, tz] = m;
	const zona = tz === 'Z' ? 'Z' : `${tz!.slice(0, 3)}'${tz!.slice(4)}'`;
	return `D:${y}${mo}${d}${h}${mi}${s}${zona}`;
}

/**
 * The file: `halaman` are the content streams (PDF operators) of each page; `fontUnicode`, the
 * objects of the embedded font F3 (pdf-cid.ts) given the reference maker of their numbers.
 */
export function writePdf(
	halaman: readonly string[],
	info: PdfInfo,
	fontUnicode?: (ref: (i: number) => string) => FontObject[]
): Uint8Array {
	const part: Uint8Array[] = [];
	const offset: number[] = [];
	let panjang = 0;
	const write = (b: Uint8Array) => {
		part.push(b);
		panjang += b.length;
	};
	const objek = (nomor: number, content: string, stream?: Uint8Array) => {
		offset[nomor] = panjang;
		write(ascii(`${nomor} 0 obj\n${content}\n`));
		if (stream) {
			write(ascii('stream\n'));
			write(stream);
			write(ascii('\nendstream\n'));
		}
		write(ascii('endobj\n'));
	};

	const PERTAMA = 6;
	const kids = halaman.map((_, i) => `${PERTAMA + i * 2} 0 R`).join(' ');
	// A binary comment on line 2 tells transfer tools the file is binary.
	write(ascii('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'));
	objek(1, '<< /Type /Catalog /Pages 2 0 R >>');
	objek(2, `<< /Type /Pages /Kids [${kids}] /Count ${halaman.length} >>`);
	const font = (name: string) =>
		`<< /Type /Font /Subtype /Type1 /BaseFont /${name} /Encoding /WinAnsiEncoding >>`;
	objek(3, font('Helvetica'));
	objek(4, font('Helvetica-Bold'));
	const date = pdfDate(info.dibuat);
	objek(
		5,
		`<< /Title ${utf16Text(info.judul)} /Producer (Rapor)` +
			(date ? ` /CreationDate (${date})` : '') +
			' >>'
	);
	const nomorFont = PERTAMA + halaman.length * 2;
	const f3 = fontUnicode ? ` /F3 ${nomorFont} 0 R` : '';
	const source = `<< /Font << /F1 3 0 R /F2 4 0 R${f3} >> >>`;
	const paper = info.ukuran === 'A3' ? A3 : A4;
	const scale =
		info.ukuran === 'A3' ? `${A3_SCALE.toFixed(5)} 0 0 ${A3_SCALE.toFixed(5)} 0 0 cm\n` : '';
	halaman.forEach((content, i) => {
		const number = PERTAMA + i * 2;
		objek(
			number,
			`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${paper.lebar} ${paper.tinggi}] ` +
				`/Resources ${source} /Contents ${number + 1} 0 R >>`
		);
		const stream = zlibSync(ascii(scale + content), { level: 6 });
		objek(number + 1, `<< /Length ${stream.length} /Filter /FlateDecode >>`, stream);
	});

	const extra = fontUnicode?.((i) => `${nomorFont + i} 0 R`) ?? [];
	extra.forEach((o, i) => {
		if (!o.stream) return objek(nomorFont + i, o.isi);
		const stream = zlibSync(o.stream, { level: 6 });
		const dict = `<< /Length ${stream.length} /Filter /FlateDecode${o.isi ? ` ${o.isi}` : ''} >>`;
		objek(nomorFont + i, dict, stream);
	});

	const count = nomorFont + extra.length;
	const xref = panjang;
	let table = `xref\n0 ${count}\n0000000000 65535 f \n`;
	for (let n = 1; n < count; n++) table += `${String(offset[n]).padStart(10, '0')} 00000 n \n`;
	write(ascii(table));
	write(
		ascii(`trailer\n<< /Size ${count} /Root 1 0 R /Info 5 0 R >>\nstartxref\n${xref}\n%%EOF\n`)
	);

	const out = new Uint8Array(panjang);
	let pos = 0;
	for (const b of part) {
		out.set(b, pos);
		pos += b.length;
	}
	return out;
}

export const MIME_PDF = 'application/pdf';
