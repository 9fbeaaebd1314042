/**
 * The embedded Unicode font of a report as PDF objects (ISO 32000-1, 9.7): a Type0 font with the
 * Identity-H encoding (two bytes per glyph id), its CIDFontType2 descendant with the widths of the
 * glyphs used, the font descriptor, the TrueType subset itself, and a ToUnicode CMap so readers
 * can search and copy the text.
 */
import type { TtfFont } from './ttf';

/**
 * A PDF object: a dictionary, or a stream with `isi` as extra entries of its dictionary (the
 * writer adds its length and compression).
 */
export interface FontObject {
	isi: string;
	stream?: Uint8Array;
}

/** Six capitals and "+": the mark of a subset font's name. */
const TAG = 'RAPORA+';

const utf16 = (cp: number) => {
	const s = String.fromCodePoint(cp);
	let hex = '';
	for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).padStart(4, '0');
	return hex.toUpperCase();
};
const hex4 = (g: number) => g.toString(16).padStart(4, '0').toUpperCase();

function toUnicode(dipakai: ReadonlyMap<number, number>): string {
	const row = [...dipakai].sort((a, b) => a[0] - b[0]);
	const blok: string[] = [];
	for (let i = 0; i < row.length; i += 100) {
		const part = row.slice(i, i + 100);
		blok.push(
			`${part.length} beginbfchar\n` +
				part.map(([g, cp]) => `<${hex4(g)}> <${utf16(cp)}>`).join('\n') +
				'\nendbfchar'
		);
	}
	return [
		'/CIDInit /ProcSet findresource begin',
		'12 dict begin',
		'begincmap',
		'/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
		'/CMapName /Adobe-Identity-UCS def',
		'/CMapType 2 def',
		'1 begincodespacerange',
		'<0000> <FFFF>',
		'endcodespacerange',
		...blok,
		'endcmap',
		'CMapName currentdict /CMap defineresource pop',
		'end',
		'end'
	].join('\n');
}

/**
 * The objects of the font, in order Type0, CIDFont, descriptor, font program, ToUnicode; `ref(i)`
 * is the reference ("12 0 R") of the i-th of them. Streams are raw; the writer compresses them.
 */
export function cidFontObject(
	font: TtfFont,
	dipakai: ReadonlyMap<number, number>,
	ref: (i: number) => string
): FontObject[] {
	const skala = (x: number) => Math.round((x * 1000) / font.unitsPerEm);
	const name = `/${TAG}${font.nama}`;
	const gids = [...dipakai.keys()].sort((a, b) => a - b);
	const width = gids.map((g) => `${g} [${skala(font.lebar(g))}]`).join(' ');
	const [x0, y0, x1, y1] = font.bbox.map(skala);
	const program = font.subset(gids);
	return [
		{
			isi:
				`<< /Type /Font /Subtype /Type0 /BaseFont ${name} /Encoding /Identity-H ` +
				`/DescendantFonts [${ref(1)}] /ToUnicode ${ref(4)} >>`
		},
		{
			isi:
				`<< /Type /Font /Subtype /CIDFontType2 /BaseFont ${name} ` +
				'/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> ' +
				`/FontDescriptor ${ref(2)} /DW ${skala(font.lebar(0))} /W [${width}] /CIDToGIDMap /Identity >>`
		},
		{
			isi:
				`<< /Type /FontDescriptor /FontName ${name} /Flags 32 /FontBBox [${x0} ${y0} ${x1} ${y1}] ` +
				`/ItalicAngle ${font.italicAngle} /Ascent ${skala(font.ascent)} /Descent ${skala(font.descent)} ` +
				`/CapHeight ${skala(font.capHeight)} /StemV 80 /FontFile2 ${ref(3)} >>`
		},
		{ isi: `/Length1 ${program.length}`, stream: program },
		{ isi: '', stream: new TextEncoder().encode(toUnicode(dipakai)) }
	];
}
