/**
 * The printable public result poster of one unit's SKM (or the pemda's) in one period, on ONE
 * page (PermenPANRB 14/2017, Bab IV: results are published): the IKM with its mutu and kinerja,
 * the respondents, the NRR of each unsur, the RTL rows and the saran the admin approved, and the
 * unit's kiosk QR inviting the next survey. It prints only what a publication holds (aggregates,
 * approved saran), never a response or a profile. When the lists do not fit on the page, the last
 * saran, then units, then RTL rows give way to a "…and n more" line.
 */
import { mutuFromValue } from '$lib/domain/mutu';
import type { PublikasiSkm, Settings, Triwulan } from '$lib/domain/schemas';
import { UNSUR_KEYS } from '$lib/domain/unsur';
import { tableBlock } from './block';
import { cellText, toNumberCell } from './cell';
import { COLORS, type Block } from './document';
import { Printer } from './pdf-font';
import { layoutPages } from './pdf-layout';
import { kioskLink } from './poster';
import { qrMatrix } from './qr';
import { mutuColor, mutuLine } from './skm-pdf';
import type { ReportText } from './text';
import type { TtfFont } from './ttf';

export interface PublicPosterInput {
	publikasi: PublikasiSkm;
	/** For the unsur labels (their numbering). */
	pengaturan: Settings;
	/** The absolute address of the kiosk page; the unit's QR carries its kiosk link. */
	kioskBase: string;
	/** Built on the device from unpublished figures: the poster says so. */
	sementara?: boolean;
}

/** How many of each list the poster prints; the rest is counted in a "…and n more" line. */
export interface PosterLimits {
	saran: number;
	units: number;
	rtl: number;
}

/** QR side in points on A4 (5.3 cm; 7.5 cm on A3): scannable from a step away. */
const QR_SIDE = 150;
/** A poster quotes a saran, not a letter: longer ones are cut with an ellipsis. */
const SARAN_CHARS = 300;

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

function triwulanText(list: readonly Triwulan[], text: ReportText): string {
	return list.map((n) => (text.locale === 'id' ? `TW ${ROMAN[n - 1]}` : `Q${n}`)).join(', ');
}

const shorten = (s: string) =>
	s.length > SARAN_CHARS ? `${s.slice(0, SARAN_CHARS - 1).trimEnd()}…` : s;

function more(shown: number, total: number, text: ReportText): Block[] {
	if (shown >= total) return [];
	return [
		{
			jenis: 'paragraf',
			kecil: true,
			warna: COLORS.redup,
			teks: text.t('posterPublik.lainnya', { n: text.bilangan(total - shown) })
		}
	];
}

function heading(p: PublikasiSkm, input: PublicPosterInput, text: ReportText): Block[] {
	const local = text.locale;
	const blok: Block[] = [
		{ jenis: 'judul', tingkat: 1, tengah: true, ukuran: 22, teks: text.t('posterPublik.judul') },
		{ jenis: 'judul', tingkat: 2, tengah: true, ukuran: 18, teks: p.nama },
		{
			jenis: 'paragraf',
			tengah: true,
			ukuran: 12,
			teks: text.t('posterPublik.periode', { periode: text.periode(p.periodeId) })
		}
	];
	if (input.sementara) {
		blok.push({
			jenis: 'paragraf',
			tengah: true,
			kecil: true,
			warna: COLORS.merah,
			teks: text.t('posterPublik.sementara')
		});
	}
	blok.push(
		{ jenis: 'jarak', tinggi: 6 },
		{ jenis: 'paragraf', tengah: true, ukuran: 12, teks: text.t('posterPublik.ikm') },
		{
			jenis: 'paragraf',
			tengah: true,
			tebal: true,
			ukuran: 44,
			warna: mutuColor(p.mutu),
			teks: cellText(toNumberCell(p.nilai, 'desimal2'), local) || '–'
		},
		{
			jenis: 'paragraf',
			tengah: true,
			tebal: true,
			ukuran: 15,
			teks: p.mutu
				? text.t('posterPublik.mutu', { mutu: p.mutu, kinerja: text.t(`kinerja.${p.mutu}`) })
				: text.t('posterPublik.belumAda')
		},
		{
			jenis: 'paragraf',
			tengah: true,
			ukuran: 11,
			teks: text.t('posterPublik.responden', { n: text.bilangan(p.responden) })
		}
	);
	return blok;
}

function nrrChart(p: PublikasiSkm, input: PublicPosterInput, text: ReportText): Block[] {
	return [
		{ jenis: 'judul', tingkat: 3, teks: text.t('posterPublik.nrrJudul') },
		{
			jenis: 'grafik',
			maks: 4,
			garis: mutuLine(1),
			batang: UNSUR_KEYS.map((k) => {
				const nrr = p.nrr[k];
				// Each unsur graded like the IKM, on its NRR × 25 (PermenPANRB 14/2017).
				const mutu = nrr === null ? null : mutuFromValue(nrr * 25);
				return {
					label: text.unsur(k, input.pengaturan),
					nilai: nrr,
					teks: cellText(toNumberCell(nrr, 'desimal3'), text.locale) || '–',
					warna: mutuColor(mutu)
				};
			})
		}
	];
}

function unitTable(p: PublikasiSkm, n: number, text: ReportText): Block[] {
	const list = p.units ?? [];
	if (list.length === 0) return [];
	return [
		{ jenis: 'judul', tingkat: 3, teks: text.t('posterPublik.unitJudul') },
		tableBlock(
			[text.t('posterPublik.unit'), text.t('skm.responden'), text.t('skm.ikm'), text.t('skm.mutu')],
			list
				.slice(0, n)
				.map((u) => [
					u.nama,
					toNumberCell(u.responden, 'bulat'),
					toNumberCell(u.nilai, 'desimal2'),
					u.mutu
				]),
			[5, 1.4, 1.2, 0.9],
			text.locale
		),
		...more(Math.min(n, list.length), list.length, text)
	];
}

function rtlTable(p: PublikasiSkm, input: PublicPosterInput, n: number, text: ReportText): Block[] {
	// The pemda page has no plan of its own; each unit publishes its own.
	if (p.unitId === undefined) return [];
	const title: Block = { jenis: 'judul', tingkat: 3, teks: text.t('posterPublik.rtlJudul') };
	if (p.rtl.length === 0)
		return [title, { jenis: 'paragraf', teks: text.t('posterPublik.tanpaRtl') }];
	return [
		title,
		tableBlock(
			[
				text.t('posterPublik.rtlUnsur'),
				text.t('posterPublik.rtlProgram'),
				text.t('posterPublik.rtlTriwulan'),
				text.t('posterPublik.rtlProgres')
			],
			p.rtl
				.slice(0, n)
				.map((r) => [
					text.unsur(r.unsur, input.pengaturan),
					r.program,
					triwulanText(r.triwulan, text),
					text.t(`posterPublik.progres.${r.progres}`)
				]),
			[2.4, 4, 1.4, 1.2],
			text.locale
		),
		...more(Math.min(n, p.rtl.length), p.rtl.length, text)
	];
}

function saranList(p: PublikasiSkm, n: number, text: ReportText): Block[] {
	if (p.saran.length === 0) return [];
	const shown = p.saran.slice(0, n);
	return [
		{ jenis: 'judul', tingkat: 3, teks: text.t('posterPublik.saranJudul') },
		...(shown.length ? [{ jenis: 'daftar', butir: shown.map(shorten) } as Block] : []),
		...more(shown.length, p.saran.length, text)
	];
}

function invitation(p: PublikasiSkm, input: PublicPosterInput, text: ReportText): Block[] {
	if (p.unitId === undefined) return [];
	const link = kioskLink(input.kioskBase, p.unitId);
	return [
		{ jenis: 'jarak', tinggi: 6 },
		{
			jenis: 'paragraf',
			tengah: true,
			tebal: true,
			ukuran: 12,
			teks: text.t('posterPublik.ajakan')
		},
		{ jenis: 'qr', modul: qrMatrix(link), sisi: QR_SIDE },
		{ jenis: 'paragraf', tengah: true, kecil: true, teks: link }
	];
}

/** The poster's blocks with at most `limits` of each list. */
export function publicPosterContent(
	input: PublicPosterInput,
	text: ReportText,
	limits: PosterLimits
): Block[] {
	const p = input.publikasi;
	return [
		...heading(p, input, text),
		...nrrChart(p, input, text),
		...unitTable(p, limits.units, text),
		...rtlTable(p, input, limits.rtl, text),
		...saranList(p, limits.saran, text),
		...invitation(p, input, text)
	];
}

/**
 * The poster's blocks, on one page: every list whole when it fits, otherwise the last saran go
 * first, then units, then RTL rows, until the page holds it. `font`: the Unicode font the PDF
 * will embed (it changes the width of text the standard fonts lack).
 */
export function publicPosterBlocks(
	input: PublicPosterInput,
	text: ReportText,
	font?: TtfFont
): Block[] {
	const p = input.publikasi;
	const limits: PosterLimits = {
		saran: p.saran.length,
		units: p.units?.length ?? 0,
		rtl: p.rtl.length
	};
	const pages = (blok: Block[]) =>
		layoutPages(blok, { judul: '', kaki: () => '', dibuat: '' }, new Printer(font)).length;
	let blok = publicPosterContent(input, text, limits);
	while (pages(blok) > 1) {
		if (limits.saran > 0) limits.saran--;
		else if (limits.units > 0) limits.units = Math.floor(limits.units * 0.8);
		else if (limits.rtl > 0) limits.rtl--;
		else break;
		blok = publicPosterContent(input, text, limits);
	}
	return blok;
}

export const publicPosterName = (p: PublikasiSkm, size: 'A4' | 'A3') =>
	`poster-hasil-skm-${p.unitId ?? 'pemda'}-${p.periodeId}-${size.toLowerCase()}`;

export const publicPosterTitle = (p: PublikasiSkm, text: ReportText) =>
	text.t('posterPublik.berkasJudul', { nama: p.nama, periode: text.periode(p.periodeId) });
