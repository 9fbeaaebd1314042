/**
 * Reads a TrueType font (the `glyf` flavour of OpenType) as far as a PDF needs it: which glyph
 * draws each Unicode character (`cmap`), glyph advance widths (`hmtx`), the outlines (`glyf` via
 * `loca`) and the metrics of the font descriptor; and writes a subset of it that keeps only the
 * glyphs a document uses, at their original glyph ids.
 */

/** The tables a PDF viewer needs of an embedded TrueType program (ISO 32000-1, 9.9). */
const SUBSET_TABLES = ['cvt ', 'fpgm', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'prep'];
const FULL_TABLES = [...SUBSET_TABLES, 'cmap', 'name', 'OS/2', 'post'];

interface TtfTable {
	offset: number;
	panjang: number;
}

export interface TtfFont {
	/** PostScript name from the `name` table, e.g. "LiberationSans-Bold". */
	nama: string;
	unitsPerEm: number;
	/** xMin, yMin, xMax, yMax in font units. */
	bbox: readonly [number, number, number, number];
	ascent: number;
	descent: number;
	capHeight: number;
	italicAngle: number;
	/** Glyph id of a Unicode code point, undefined when the font has none. */
	glyph(kode: number): number | undefined;
	/** Advance width of a glyph in font units. */
	lebar(gid: number): number;
	/**
	 * A font program with only these glyphs (and .notdef, and the parts of composite glyphs), at
	 * their glyph ids. `lengkap` keeps the tables a font file needs to be read again (cmap, name,
	 * OS/2, post without glyph names); without it, only what a PDF viewer needs.
	 */
	subset(gids: Iterable<number>, lengkap?: boolean): Uint8Array;
}

export function readTtf(data: Uint8Array): TtfFont {
	const v = new DataView(data.buffer, data.byteOffset, data.byteLength);
	const u16 = (o: number) => v.getUint16(o);
	const i16 = (o: number) => v.getInt16(o);
	const u32 = (o: number) => v.getUint32(o);

	const version = u32(0);
	if (version !== 0x00010000 && version !== 0x74727565) throw new Error('not a TrueType font');
	const tabel = new Map<string, TtfTable>();
	for (let i = 0, n = u16(4); i < n; i++) {
		const r = 12 + i * 16;
		const tag = String.fromCharCode(data[r]!, data[r + 1]!, data[r + 2]!, data[r + 3]!);
		tabel.set(tag, { offset: u32(r + 8), panjang: u32(r + 12) });
	}
	const wajib = (tag: string): TtfTable => {
		const t = tabel.get(tag);
		if (!t) throw new Error(`font has no ${tag} table`);
		return t;
	};

	const head = wajib('head').offset;
	const unitsPerEm = u16(head + 18);
	const bbox = [i16(head + 36), i16(head + 38), i16(head + 40), i16(head + 42)] as const;
	const locaPanjang = i16(head + 50) === 1;
	const hhea = wajib('hhea').offset;
	const jumlahMetrik = u16(hhea + 34);
	const jumlahGlyph = u16(wajib('maxp').offset + 4);
	const hmtx = wajib('hmtx').offset;
	const loca = wajib('loca').offset;
	const glyf = wajib('glyf').offset;
	const os2 = tabel.get('OS/2');
	const post = tabel.get('post');

	const lokasi = (gid: number) => (locaPanjang ? u32(loca + gid * 4) : u16(loca + gid * 2) * 2);
	const width = (gid: number) => u16(hmtx + Math.min(gid, jumlahMetrik - 1) * 4);
	const peta = readCmap(data, v, wajib('cmap').offset);

	/** The glyphs a composite glyph is built from. */
	const komponen = (gid: number): number[] => {
		const initial = glyf + lokasi(gid);
		if (lokasi(gid + 1) === lokasi(gid) || i16(initial) >= 0) return [];
		const out: number[] = [];
		let p = initial + 10;
		for (;;) {
			const flags = u16(p);
			out.push(u16(p + 2));
			p += 4 + (flags & 0x0001 ? 4 : 2);
			if (flags & 0x0008) p += 2;
			else if (flags & 0x0040) p += 4;
			else if (flags & 0x0080) p += 8;
			if (!(flags & 0x0020)) return out;
		}
	};

	function subset(gids: Iterable<number>, lengkap = false): Uint8Array {
		const use = new Set<number>([0]);
		const antre = [...gids];
		while (antre.length > 0) {
			const g = antre.pop()!;
			if (g >= jumlahGlyph || use.has(g)) continue;
			use.add(g);
			antre.push(...komponen(g));
		}

		// Every glyph id stays; the ones not used get no outline (an empty loca entry).
		const potongan: Uint8Array[] = [];
		const locaBaru = new Uint8Array((jumlahGlyph + 1) * 4);
		const lv = new DataView(locaBaru.buffer);
		let position = 0;
		for (let g = 0; g < jumlahGlyph; g++) {
			lv.setUint32(g * 4, position);
			if (!use.has(g)) continue;
			const content = data.subarray(glyf + lokasi(g), glyf + lokasi(g + 1));
			const average = (content.length + 3) & ~3;
			const salin = new Uint8Array(average);
			salin.set(content);
			potongan.push(salin);
			position += average;
		}
		lv.setUint32(jumlahGlyph * 4, position);
		const glyfBaru = concat(potongan);

		const keluaran = new Map<string, Uint8Array>();
		for (const tag of lengkap ? FULL_TABLES : SUBSET_TABLES) {
			const t = tabel.get(tag);
			if (tag === 'glyf') keluaran.set(tag, glyfBaru);
			else if (tag === 'loca') keluaran.set(tag, locaBaru);
			else if (t) keluaran.set(tag, data.slice(t.offset, t.offset + t.panjang));
		}
		const postLama = keluaran.get('post');
		// Version 3: the metrics without the glyph names.
		if (postLama) keluaran.set('post', postLama.slice(0, 32));
		if (postLama) new DataView(keluaran.get('post')!.buffer).setUint32(0, 0x00030000);
		const headBaru = keluaran.get('head')!;
		const hv = new DataView(headBaru.buffer);
		hv.setUint32(8, 0);
		hv.setInt16(50, 1);
		return writeSfnt(keluaran);
	}

	return {
		nama: postScriptName(data, v, tabel.get('name')) ?? 'Font',
		unitsPerEm,
		bbox,
		ascent: i16(hhea + 4),
		descent: i16(hhea + 6),
		capHeight: os2 && u16(os2.offset) >= 2 ? i16(os2.offset + 88) : bbox[3],
		italicAngle: post ? v.getInt32(post.offset + 4) / 65536 : 0,
		glyph: (code) => {
			const g = peta.get(code);
			if (g === undefined || g === 0 || g >= jumlahGlyph) return undefined;
			// A subset keeps glyph ids but drops outlines: an empty glyph draws only white space.
			const kosong = lokasi(g + 1) === lokasi(g);
			return kosong && !/\s/u.test(String.fromCodePoint(code)) ? undefined : g;
		},
		lebar: width,
		subset
	};
}

/** Unicode → glyph id from the best Unicode subtable: format 12 (full range) or format 4 (BMP). */
function readCmap(data: Uint8Array, v: DataView, cmap: number): Map<number, number> {
	const u16 = (o: number) => v.getUint16(o);
	const u32 = (o: number) => v.getUint32(o);
	let format4: number | undefined;
	let format12: number | undefined;
	for (let i = 0, n = u16(cmap + 2); i < n; i++) {
		const r = cmap + 4 + i * 8;
		const platform = u16(r);
		const encoding = u16(r + 2);
		const sub = cmap + u32(r + 4);
		const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
		if (!unicode) continue;
		if (u16(sub) === 12) format12 ??= sub;
		else if (u16(sub) === 4) format4 ??= sub;
	}
	const peta = new Map<number, number>();
	if (format12 !== undefined) {
		for (let i = 0, n = u32(format12 + 12); i < n; i++) {
			const g = format12 + 16 + i * 12;
			const initial = u32(g);
			const end = u32(g + 4);
			const glyph = u32(g + 8);
			for (let c = initial; c <= end; c++) peta.set(c, glyph + c - initial);
		}
		return peta;
	}
	if (format4 === undefined) return peta;
	const segmen = u16(format4 + 6) / 2;
	const endCode = format4 + 14;
	const initialCode = endCode + segmen * 2 + 2;
	const delta = initialCode + segmen * 2;
	const rangeOffset = delta + segmen * 2;
	for (let s = 0; s < segmen; s++) {
		const awal = u16(initialCode + s * 2);
		const akhir = u16(endCode + s * 2);
		const d = u16(delta + s * 2);
		const ro = u16(rangeOffset + s * 2);
		for (let c = awal; c <= akhir && c !== 0xffff; c++) {
			let g: number;
			if (ro === 0) g = (c + d) & 0xffff;
			else {
				const alamat = rangeOffset + s * 2 + ro + (c - awal) * 2;
				if (alamat + 2 > data.length) continue;
				g = u16(alamat);
				if (g !== 0) g = (g + d) & 0xffff;
			}
			if (g !== 0) peta.set(c, g);
		}
	}
	return peta;
}

/** The PostScript name (name id 6), in a Windows (UTF-16) or Macintosh (Roman) record. */
function postScriptName(data: Uint8Array, v: DataView, table?: TtfTable): string | undefined {
	if (!table) return undefined;
	const o = table.offset;
	const text = o + v.getUint16(o + 4);
	for (let i = 0, n = v.getUint16(o + 2); i < n; i++) {
		const r = o + 6 + i * 12;
		if (v.getUint16(r + 6) !== 6) continue;
		const platform = v.getUint16(r);
		const panjang = v.getUint16(r + 8);
		const initial = text + v.getUint16(r + 10);
		let s = '';
		if (platform === 3 || platform === 0) {
			for (let j = 0; j + 1 < panjang; j += 2) s += String.fromCharCode(v.getUint16(initial + j));
		} else {
			for (let j = 0; j < panjang; j++) s += String.fromCharCode(data[initial + j]!);
		}
		// A PDF name: printable ASCII without delimiters.
		const bersih = s.replace(/[^\x21-\x7e]|[()<>[\]{}/%#]/g, '');
		if (bersih !== '') return bersih;
	}
	return undefined;
}

function concat(part: readonly Uint8Array[]): Uint8Array {
	const out = new Uint8Array(part.reduce((s, b) => s + b.length, 0));
	let p = 0;
	for (const b of part) {
		out.set(b, p);
		p += b.length;
	}
	return out;
}

function checksum(b: Uint8Array): number {
	const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
	let sum = 0;
	for (let i = 0; i < b.length; i += 4) {
		const remaining = b.length - i;
		const kata =
			remaining >= 4
				? v.getUint32(i)
				: ((b[i] ?? 0) << 24) | ((b[i + 1] ?? 0) << 16) | ((b[i + 2] ?? 0) << 8);
		sum = (sum + (kata >>> 0)) >>> 0;
	}
	return sum;
}

/** An sfnt file of these tables, with checksums and head's checkSumAdjustment. */
export function writeSfnt(table: ReadonlyMap<string, Uint8Array>): Uint8Array {
	const tags = [...table.keys()].sort();
	const n = tags.length;
	const pangkat = 2 ** Math.floor(Math.log2(n));
	const kepala = new Uint8Array(12 + n * 16);
	const kv = new DataView(kepala.buffer);
	kv.setUint32(0, 0x00010000);
	kv.setUint16(4, n);
	kv.setUint16(6, pangkat * 16);
	kv.setUint16(8, Math.log2(pangkat));
	kv.setUint16(10, n * 16 - pangkat * 16);
	const part: Uint8Array[] = [kepala];
	let offset = kepala.length;
	let offsetHead = 0;
	tags.forEach((tag, i) => {
		const content = table.get(tag)!;
		const r = 12 + i * 16;
		for (let j = 0; j < 4; j++) kv.setUint8(r + j, tag.charCodeAt(j));
		kv.setUint32(r + 4, checksum(content));
		kv.setUint32(r + 8, offset);
		kv.setUint32(r + 12, content.length);
		if (tag === 'head') offsetHead = offset;
		const average = new Uint8Array((content.length + 3) & ~3);
		average.set(content);
		part.push(average);
		offset += average.length;
	});
	const out = concat(part);
	new DataView(out.buffer).setUint32(offsetHead + 8, (0xb1b0afba - checksum(out)) >>> 0);
	return out;
}
