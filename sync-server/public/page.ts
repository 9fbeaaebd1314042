/**
 * The public pages of published SKM results (`/publik`), as static HTML: what one `publikasiSkm`
 * document holds and nothing else (PermenPANRB 14/2017, Bab IV: results are published), in Bahasa
 * Indonesia, mobile first, one A4 page when printed. No script at all: every text is escaped here,
 * and the page's Content-Security-Policy allows only its own inline style (by hash).
 */
import { createHash } from 'node:crypto';
import { formatDate, formatNumber } from '../../src/lib/domain/format.ts';
import { KINERJA_MUTU, type Mutu } from '../../src/lib/domain/mutu.ts';
import { parsePeriodeId } from '../../src/lib/domain/periode.ts';
import type { PublikasiSkm, RtlItem } from '../../src/lib/domain/schemas.ts';
import {
	UNSUR_KEYS,
	unsurIdOf,
	type UnsurKey,
	type UnsurNumbering
} from '../../src/lib/domain/unsur.ts';
import { firstScreen } from '../../src/lib/i18n/messages-first-screen.ts';

/** The path the pages live under (outside the app's routes, `/db` and `/api`). */
export const PUBLIC_PATH = '/publik';

const ESCAPES: Readonly<Record<string, string>> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

/** Text safe inside an element or a quoted attribute. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** "Triwulan III 2026" for "2026-TW3". */
export function periodeLabel(periodeId: string): string {
	const { tahun, triwulan } = parsePeriodeId(periodeId);
	return `Triwulan ${ROMAN[triwulan - 1]} ${tahun}`;
}

/** "U8 Penanganan pengaduan, saran dan masukan" or "U8 Sarana dan prasarana", as the app labels it. */
export function unsurName(key: UnsurKey, numbering: UnsurNumbering): string {
	return `${key.toUpperCase()} ${firstScreen[`unsur.${unsurIdOf(key, numbering)}`]}`;
}

const PROGRES: Readonly<Record<RtlItem['progres'], string>> = {
	belum: 'Belum dimulai',
	berjalan: 'Berjalan',
	selesai: 'Selesai'
};

const NO_VALUE = '–';

const ikm = (nilai: number | null) => (nilai === null ? NO_VALUE : formatNumber(nilai, 2, 'id'));
const mutuText = (mutu: Mutu | null) =>
	mutu === null ? NO_VALUE : `${mutu} (${KINERJA_MUTU[mutu]})`;
const count = (n: number) => formatNumber(n, 0, 'id');

const STYLE = `
:root{color-scheme:light;--teks:#1b1f24;--redup:#57606a;--garis:#d0d7de;--aksen:#0b57a4}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--teks);background:#fff}
main{max-width:48rem;margin:0 auto;padding:1rem}
header p{margin:0;color:var(--redup)}
h1{font-size:1.5rem;line-height:1.25;margin:.25rem 0;overflow-wrap:anywhere}
h2{font-size:1.1rem;margin:1.5rem 0 .5rem;padding-bottom:.25rem;border-bottom:1px solid var(--garis)}
.ringkas{display:grid;grid-template-columns:repeat(auto-fit,minmax(9rem,1fr));gap:.75rem;margin:1rem 0}
.ringkas div{border:1px solid var(--garis);border-radius:.5rem;padding:.6rem .75rem}
.ringkas dt{font-size:.85rem;color:var(--redup)}
.ringkas dd{margin:0;font-size:1.35rem;font-weight:600}
.tabel{overflow-x:auto}
table{width:100%;border-collapse:collapse;font-size:.95rem}
th,td{text-align:left;padding:.4rem .5rem;border-bottom:1px solid var(--garis);vertical-align:top;overflow-wrap:break-word}
.rtl{padding-left:1.5rem;margin:0}
.rtl li{margin:.5rem 0}
.rtl .program{display:block;overflow-wrap:anywhere}
.rtl .rincian{display:block;font-size:.9rem;color:var(--redup)}
thead th{font-size:.85rem;color:var(--redup)}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.kosong{color:var(--redup)}
.saran{padding-left:1.25rem}
.saran li{margin:.3rem 0;overflow-wrap:anywhere}
a{color:var(--aksen)}
nav ul{list-style:none;padding:0;margin:.5rem 0;display:flex;flex-wrap:wrap;gap:.5rem 1rem}
footer{margin-top:2rem;font-size:.9rem;color:var(--redup)}
@page{size:A4;margin:12mm}
@media print{
body{font-size:9pt;line-height:1.3;print-color-adjust:exact}
main{max-width:none;padding:0}
nav,.kiosk{display:none}
h1{font-size:14pt;margin:.1em 0}
h2{font-size:10.5pt;margin:.7em 0 .25em}
.ringkas{grid-template-columns:repeat(3,1fr);gap:.4rem;margin:.5rem 0}
.ringkas div{padding:.25rem .4rem}
.ringkas dd{font-size:12pt}
table{font-size:8.5pt}
th,td{padding:.05rem .3rem}
.saran{columns:2;column-gap:1.5rem;margin:0}
.saran li{margin:0 0 .2em}
.rtl li{margin:.15em 0}
.rtl .rincian{font-size:8.5pt}
tr,li,.ringkas{break-inside:avoid}
footer{margin-top:.8em}
a{color:inherit;text-decoration:none}
}
`.trim();

/**
 * The pages' policy: nothing may load or run but the page's own style; no form, no base, no frame,
 * and the page may be shown in no frame either.
 */
export const PUBLIC_POLICY = [
	"default-src 'none'",
	`style-src 'sha256-${createHash('sha256').update(STYLE, 'utf8').digest('base64')}'`,
	"img-src 'self'",
	"base-uri 'none'",
	"form-action 'none'",
	"frame-ancestors 'none'"
].join('; ');

function document(title: string, body: string): string {
	return [
		'<!doctype html>',
		'<html lang="id">',
		'<head>',
		'<meta charset="utf-8">',
		'<meta name="viewport" content="width=device-width, initial-scale=1">',
		`<title>${escapeHtml(title)}</title>`,
		`<style>${STYLE}</style>`,
		'</head>',
		`<body><main>${body}</main></body>`,
		'</html>',
		''
	].join('\n');
}

/** A link to a public page: the pemda page (no unit) or a unit's, of one period or the latest. */
export function publicHref(unitId: string | undefined, periodeId?: string): string {
	const path = unitId === undefined ? PUBLIC_PATH : `${PUBLIC_PATH}/${encodeURIComponent(unitId)}`;
	return periodeId === undefined ? path : `${path}?periode=${encodeURIComponent(periodeId)}`;
}

const link = (href: string, text: string) =>
	`<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;

function summary(doc: Pick<PublikasiSkm, 'nilai' | 'mutu' | 'responden'>): string {
	return [
		'<dl class="ringkas">',
		`<div><dt>Nilai IKM (25–100)</dt><dd class="ikm">${ikm(doc.nilai)}</dd></div>`,
		`<div><dt>Mutu pelayanan (kinerja unit)</dt><dd class="mutu">${escapeHtml(mutuText(doc.mutu))}</dd></div>`,
		`<div><dt>Responden</dt><dd class="responden">${count(doc.responden)}</dd></div>`,
		'</dl>'
	].join('');
}

function nrrTable(nrr: PublikasiSkm['nrr'], numbering: UnsurNumbering): string {
	const rows = UNSUR_KEYS.map((key) => {
		const value = nrr[key];
		return `<tr data-unsur="${key}"><th scope="row">${escapeHtml(unsurName(key, numbering))}</th><td class="num">${value === null ? NO_VALUE : formatNumber(value, 3, 'id')}</td></tr>`;
	});
	return [
		'<section><h2>Nilai rata-rata (NRR) per unsur</h2>',
		'<div class="tabel"><table><thead><tr><th scope="col">Unsur</th><th scope="col" class="num">NRR (1–4)</th></tr></thead>',
		`<tbody>${rows.join('')}</tbody></table></div></section>`
	].join('');
}

function unitsTable(doc: PublikasiSkm, unitPages: ReadonlySet<string>): string {
	const units = doc.units ?? [];
	if (units.length === 0) return '';
	const rows = units.map((u) => {
		const name = unitPages.has(u.unitId)
			? link(publicHref(u.unitId, doc.periodeId), u.nama)
			: escapeHtml(u.nama);
		return `<tr><th scope="row">${name}</th><td class="num">${ikm(u.nilai)}</td><td>${escapeHtml(u.mutu ?? NO_VALUE)}</td><td class="num">${count(u.responden)}</td></tr>`;
	});
	return [
		'<section><h2>Unit layanan</h2>',
		'<div class="tabel"><table><thead><tr><th scope="col">Unit</th><th scope="col" class="num">IKM</th><th scope="col">Mutu</th><th scope="col" class="num">Responden</th></tr></thead>',
		`<tbody>${rows.join('')}</tbody></table></div></section>`
	].join('');
}

function rtlList(rtl: PublikasiSkm['rtl'], numbering: UnsurNumbering): string {
	const head = '<section><h2>Rencana tindak lanjut</h2>';
	if (rtl.length === 0) {
		return `${head}<p class="kosong">Belum ada rencana tindak lanjut yang diterbitkan.</p></section>`;
	}
	const rows = rtl.map((r) => {
		const triwulan = r.triwulan.map((tw) => `TW ${ROMAN[tw - 1]}`).join(', ');
		return [
			`<li data-unsur="${r.unsur}"><span class="program">${escapeHtml(r.program)}</span>`,
			`<span class="rincian">${escapeHtml(unsurName(r.unsur, numbering))} · Triwulan: ${triwulan} · Progres: <b>${escapeHtml(PROGRES[r.progres])}</b></span></li>`
		].join('');
	});
	return `${head}<ol class="rtl">${rows.join('')}</ol></section>`;
}

function saranList(saran: PublikasiSkm['saran']): string {
	const head = '<section><h2>Saran masyarakat</h2>';
	if (saran.length === 0) {
		return `${head}<p class="kosong">Tidak ada saran yang diterbitkan.</p></section>`;
	}
	return `${head}<ul class="saran">${saran.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul></section>`;
}

function periodNav(title: string, periods: readonly { periodeId: string; href: string }[]): string {
	if (periods.length === 0) return '';
	const items = periods.map((p) => `<li>${link(p.href, periodeLabel(p.periodeId))}</li>`);
	return `<nav aria-label="${escapeHtml(title)}"><h2>${escapeHtml(title)}</h2><ul>${items.join('')}</ul></nav>`;
}

export interface PageContext {
	numbering: UnsurNumbering;
	/** Units of the same period that have their own page (their line links to it). */
	unitPages: ReadonlySet<string>;
	/** The pemda page of the same period, when there is one (a unit's page links back to it). */
	pemdaHref: string | null;
	/** Every published period of this page (the pemda's, or the unit's), newest first. */
	periods: readonly { periodeId: string; href: string }[];
}

/** The page of one publication: a unit's, or the pemda's with a line per unit. */
export function renderPublikasi(doc: PublikasiSkm, context: PageContext): string {
	const isUnit = doc.unitId !== undefined;
	const periode = periodeLabel(doc.periodeId);
	const parts = [
		'<header>',
		'<p>Hasil Survei Kepuasan Masyarakat</p>',
		`<h1>${escapeHtml(doc.nama)}</h1>`,
		`<p class="periode">${escapeHtml(periode)}</p>`,
		'</header>',
		summary(doc),
		nrrTable(doc.nrr, context.numbering)
	];
	if (isUnit) {
		parts.push(rtlList(doc.rtl, context.numbering), saranList(doc.saran));
		parts.push(
			`<p class="kiosk">${link(`/kiosk?unit=${encodeURIComponent(doc.unitId!)}`, 'Isi survei kepuasan untuk unit ini')}</p>`
		);
	} else {
		parts.push(unitsTable(doc, context.unitPages));
	}
	parts.push(
		'<footer>',
		`<p class="diterbitkan">Diterbitkan ${escapeHtml(formatDate(doc.diterbitkan.waktu, 'id'))}</p>`,
		isUnit && context.pemdaHref
			? `<nav><p>${link(context.pemdaHref, 'Semua unit layanan')}</p></nav>`
			: '',
		periodNav('Periode yang diterbitkan', context.periods),
		'</footer>'
	);
	return document(`Hasil SKM ${doc.nama} · ${periode}`, parts.join('\n'));
}

/**
 * A period published for some units but without a pemda page: the list of those units.
 */
export function renderPeriodIndex(
	periodeId: string,
	units: readonly { unitId: string; nama: string }[],
	periods: PageContext['periods']
): string {
	const periode = periodeLabel(periodeId);
	const items = units.map((u) => `<li>${link(publicHref(u.unitId, periodeId), u.nama)}</li>`);
	return document(
		`Hasil SKM · ${periode}`,
		[
			'<header><p>Hasil Survei Kepuasan Masyarakat</p>',
			`<h1>Unit layanan</h1><p class="periode">${escapeHtml(periode)}</p></header>`,
			`<ul class="saran">${items.join('')}</ul>`,
			`<footer>${periodNav('Periode yang diterbitkan', periods)}</footer>`
		].join('\n')
	);
}

/** A page that says why there is nothing to show (404, 400, 405, 503). */
export function renderMessage(title: string, message: string): string {
	return document(
		title,
		[
			`<header><p>Hasil Survei Kepuasan Masyarakat</p><h1>${escapeHtml(title)}</h1></header>`,
			`<p>${escapeHtml(message)}</p>`,
			`<nav><p>${link(PUBLIC_PATH, 'Hasil SKM terbaru')}</p></nav>`
		].join('\n')
	);
}
