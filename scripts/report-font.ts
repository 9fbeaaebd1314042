/**
 * Makes the Unicode font of the PDF reports, src/lib/report/fonts/DejaVuSans-Rapor.ttf: DejaVu
 * Sans (free licence, see LICENSE-DejaVu.txt there) cut down to the scripts citizens' saran and
 * unit names are likely to hold, so the file stays small. Run again only to change the ranges:
 *
 *   node --import tsx scripts/report-font.ts /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { readTtf } from '../src/lib/report/ttf';

const RANGES: readonly (readonly [number, number])[] = [
	[0x0020, 0x024f], // Latin, Latin-1, Latin Extended-A and -B
	[0x02b0, 0x02ff], // spacing modifier letters (ˆ and ˜ of Windows-1252)
	[0x0300, 0x036f], // combining diacritical marks
	[0x0370, 0x03ff], // Greek
	[0x0400, 0x04ff], // Cyrillic
	[0x1e00, 0x1eff], // Latin Extended Additional (Vietnamese)
	[0x2000, 0x206f], // general punctuation
	[0x20a0, 0x20cf], // currency symbols
	[0x25a0, 0x25ff], // geometric shapes, among them □, the mark of a character replaced
	[0x1f600, 0x1f64f] // emoticons, in black and white
];
/** ™ of Windows-1252, and a few symbols people type as emoji. */
const EXTRA = [...'™★☆☺☹♥✓✔✗✘❤'].map((c) => c.codePointAt(0)!);

const sourcePath = process.argv[2] ?? '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
const font = readTtf(new Uint8Array(readFileSync(sourcePath)));
const gids: number[] = [];
const addCodepoint = (code: number) => {
	const g = font.glyph(code);
	if (g !== undefined) gids.push(g);
};
for (const [awal, akhir] of RANGES) for (let c = awal; c <= akhir; c++) addCodepoint(c);
EXTRA.forEach(addCodepoint);
const destination = new URL('../src/lib/report/fonts/DejaVuSans-Rapor.ttf', import.meta.url);
const subsetBytes = font.subset(gids, true);
writeFileSync(destination, subsetBytes);
console.log(`${gids.length} glyphs, ${subsetBytes.length} bytes → ${destination.pathname}`);
