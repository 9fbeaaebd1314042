import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '$lib/domain/format';
import { loadLanguage } from '$lib/i18n/table';
import { UNSUR_KEYS } from '$lib/domain/unsur';
import { posterFile, raporFile, skmFile } from '$lib/report/files';
import { createPdf } from '$lib/report/pdf-layout';
import { wrap, Printer, toWinAnsi } from '$lib/report/pdf-font';
import { buildRaporReport } from '$lib/report/rapor-model';
import { buildSkmPemdaReport, buildSkmUnitReport } from '$lib/report/skm-model';
import { textFor } from '$lib/report/text';
import { readTtf } from '$lib/report/ttf';
import { readPdf } from '../../fixtures/read-pdf';
import { CREATED, demo, inputRapor, inputSkm } from './demo';

// The app loads English before it shows English; so do these tests of English reports.
// The app loads the whole Indonesian table before a report is built (state/laporan.ts).
beforeAll(() => Promise.all([loadLanguage('id'), loadLanguage('en')]));

const id = (x: number, d = 2) => formatNumber(x, d, 'id');
const k = { locale: 'id' as const, dibuat: CREATED };
/** The app's Unicode report font, read from the file the app fetches. */
const font = readTtf(new Uint8Array(readFileSync('src/lib/report/fonts/DejaVuSans-Rapor.ttf')));
const SARAN_UNICODE = 'Đặng Thị Hoa — 😀 ñ ß Ω 中';

describe('text for the standard PDF fonts', () => {
	it('keeps Indonesian and Latin-1 letters, maps typography to WinAnsi, types what it lacks', () => {
		expect(toWinAnsi('café – “uji” ’ …')).toBe('caf\xe9 \x96 \x93uji\x94 \x92 \x85');
		expect(toWinAnsi('≥ 76, ≤ 50, 2 − 1 → ok')).toBe('>= 76, <= 50, 2 - 1 -> ok');
		expect(toWinAnsi('Dāwūd e\u0301 ✓ 😀')).toBe('D?w?d \xe9 ? ?');
	});

	it('keeps what the Unicode font has, and replaces visibly only what no font has', () => {
		const cetak = new Printer(font);
		expect(cetak.siapkan(SARAN_UNICODE)).toBe('Đặng Thị Hoa — 😀 ñ ß Ω □');
		expect(cetak.takTercetak(SARAN_UNICODE)).toBe(1);
		// Emoji presentation selectors and joiners are invisible: dropped, not counted.
		expect(cetak.siapkan('❤️ 👍🏽')).toBe('❤ □');
		expect(cetak.takTercetak('❤️ 👍🏽')).toBe(1);
		expect(new Printer().takTercetak(SARAN_UNICODE)).toBe(6);
	});

	it('wraps any text into lines no wider than asked, losing no character', () => {
		const cetak = new Printer(font);
		fc.assert(
			fc.property(
				fc.string({ maxLength: 200, unit: 'binary' }),
				fc.integer({ min: 40, max: 500 }),
				fc.boolean(),
				(text, width, tebal) => {
					const font = tebal ? 'tebal' : 'biasa';
					const siap = cetak.siapkan(text);
					const lines = wrap(cetak, siap, font, 9, width);
					for (const line of lines) {
						expect(cetak.lebar(line, font, 9)).toBeLessThanOrEqual(width + 1e-9);
					}
					expect(lines.join('').replace(/ /g, '')).toBe(siap.replace(/ /g, ''));
				}
			),
			{ numRuns: 60 }
		);
	}, 30_000);
});

describe('a saran in letters the standard fonts lack', () => {
	const block = (saran: string, unit = 'Unit Đà Nẵng') =>
		[
			{ jenis: 'judul', tingkat: 1, teks: 'Saran warga' },
			{ jenis: 'judul', tingkat: 2, teks: unit },
			{
				jenis: 'tabel',
				kolom: [
					{ judul: 'Waktu', lebar: 1 },
					{ judul: 'Saran', lebar: 4 }
				],
				baris: [{ sel: ['1 Mei', saran] }, { sel: ['2 Mei', 'Pelayanan cepat'] }]
			}
		] as const;
	const options = { judul: 'Saran warga', kaki: () => 'Halaman 1', dibuat: CREATED };
	const catatan = (n: number, ganti: string) => `${n} karakter diganti ${ganti}`;

	it('comes back from the PDF letter for letter, in a subset of the embedded font', async () => {
		const content = createPdf(block(SARAN_UNICODE), { ...options, font }, catatan);
		const pdf = await readPdf(content);
		expect(pdf.baris).toContain('1 Mei Đặng Thị Hoa — 😀 ñ ß Ω □');
		expect(pdf.baris).toContain('2 Mei Pelayanan cepat');
		expect(pdf.baris).toContain('Unit Đà Nẵng');
		expect(pdf.baris).toContain('1 karakter diganti □');
		const text = new TextDecoder('latin1').decode(content);
		expect(text).toContain('/Subtype /CIDFontType2');
		expect(text).toContain('/Encoding /Identity-H');
		// The subset holds the glyphs used, a small part of the font file.
		expect(content.length).toBeLessThan(60_000);
	});

	it('embeds no font when the text needs none', async () => {
		const saran = block('Pelayanan sudah baik, terima kasih', 'Puskesmas Cempaka');
		const content = createPdf(saran, { ...options, font }, catatan);
		expect(new TextDecoder('latin1').decode(content)).not.toContain('FontFile2');
		expect((await readPdf(content)).baris.join(' ')).not.toContain('diganti');
	});

	it('says how many characters it replaced when the Unicode font could not be loaded', async () => {
		const pdf = await readPdf(createPdf(block(SARAN_UNICODE, 'Puskesmas'), options, catatan));
		expect(pdf.baris).toContain('1 Mei ??ng Th? Hoa — ? ñ ß ? ?');
		expect(pdf.baris).toContain('6 karakter diganti ?');
	});

	it('is printed in the SKM report of its unit, with the note in the reader’s words', async () => {
		const input = inputSkm('2026-TW2');
		const unitId = 'demo-dinkes';
		const example = input.responses.find((r) => r.unitId === unitId)!;
		const responses = [
			...input.responses,
			{ ...example, id: 'saran-unicode', saran: SARAN_UNICODE }
		];
		const report = buildSkmUnitReport({ ...input, responses }, unitId)!;
		const pdf = await readPdf(skmFile(report, 'pdf', { ...k, font }).isi);
		const text = pdf.baris.join(' ');
		expect(text).toContain('Đặng Thị Hoa — 😀 ñ ß Ω □');
		expect(text).toContain(
			'Catatan: 1 karakter (misalnya emoji atau aksara yang tidak ada pada huruf laporan) tidak dapat dicetak dan diganti □.'
		);
	});
});

describe('the PDF writer', () => {
	it('writes text a PDF reader extracts, across pages, with the table header on each page', async () => {
		const content = createPdf(
			[
				{ jenis: 'judul', tingkat: 1, teks: 'Uji – IKM ≥ 88,31 “café”' },
				{
					jenis: 'tabel',
					kolom: [
						{ judul: 'Unit', lebar: 3 },
						{ judul: 'IKM', lebar: 1, kanan: true }
					],
					baris: Array.from({ length: 150 }, (_, i) => ({ sel: [`Unit ${i}`, id(i + 0.25)] }))
				}
			],
			{ judul: 'Uji', kaki: (h, n) => `Halaman ${h} dari ${n}`, dibuat: CREATED }
		);
		expect(new TextDecoder().decode(content.slice(0, 8))).toBe('%PDF-1.4');
		const pdf = await readPdf(content);
		expect(pdf.judul).toBe('Uji');
		expect(pdf.baris[0]).toBe('Uji – IKM >= 88,31 “café”');
		expect(pdf.halaman.length).toBeGreaterThan(2);
		for (const [i, page] of pdf.halaman.entries()) {
			expect(page).toContain('Unit IKM');
			expect(page.at(-1)).toBe(`Uji Halaman ${i + 1} dari ${pdf.halaman.length}`);
		}
		for (let i = 0; i < 150; i++) expect(pdf.baris).toContain(`Unit ${i} ${id(i + 0.25)}`);
	});
});

describe('the SKM report as PDF', () => {
	const input = inputSkm('2026-TW2');
	const pdfReport = buildSkmPemdaReport(input);

	it('prints the pemda IKM, every unit’s IKM, mutu and sample, and the settings', async () => {
		const file = skmFile(pdfReport, 'pdf', k);
		expect(file.nama).toBe('laporan-skm-2026-TW2.pdf');
		const pdf = await readPdf(file.isi);
		expect(pdf.judul).toBe('Laporan Survei Kepuasan Masyarakat TW II 2026');
		const text = pdf.baris.join(' ');
		expect(text).toContain(`Nilai IKM (25–100) ${id(pdfReport.pemda!.hasil.nilai!)}`);
		expect(text).toContain(`Mutu pelayanan ${pdfReport.pemda!.hasil.mutu}`);
		expect(text).toContain('Bobot unsur 1/9 (eksak). IKM pemda: rata-rata IKM unit.');
		pdfReport.unit.forEach((d, i) => {
			const ikm = `${id(d.hasil.nilai!)} ${d.hasil.mutu}`;
			expect(pdf.baris.some((b) => b.startsWith(`${i + 1} `) && b.includes(ikm))).toBe(true);
			expect(text).toContain(`${i + 1}. ${d.unit.nama}`);
		});
	});

	it('prints one unit’s NRR per unsur, its IKM on both scales, priorities, sample and saran', async () => {
		const unit = buildSkmUnitReport(
			input,
			pdfReport.unit.find((d) => d.sampel && !d.sampel.memadai)!.unit.id
		)!;
		const d = unit.unit[0]!;
		const pdf = await readPdf(skmFile(unit, 'pdf', k).isi);
		const text = pdf.baris.join(' ');
		const t = textFor('id');
		for (const key of UNSUR_KEYS) {
			const h = d.hasil;
			const number = [
				String(h.dijawab[key]),
				id(h.nrr[key]!, 3),
				id(h.nrrTertimbang[key]!, 4),
				id(h.nrr[key]! * 25),
				h.mutuUnsur[key]
			].join(' ');
			// A long unsur name wraps; its first line carries the figures.
			const row = pdf.baris.find(
				(b) => b.startsWith(`${key.toUpperCase()} `) && b.includes(number)
			);
			expect(text).toContain(t.unsur(key, unit.pengaturan));
			expect(row).toBeDefined();
		}
		expect(text).toContain(`IKM (skala 1–4) ${id(d.hasil.ikm!, 4)}`);
		expect(text).toContain(`Nilai IKM (25–100) ${id(d.hasil.nilai!)}`);
		expect(text).toContain(`Sampel belum memadai: perlu ${d.sampel!.kurang} responden lagi`);
		for (const key of d.hasil.unsurTerendah) {
			expect(text).toContain(`${t.unsur(key, unit.pengaturan)}: NRR ${id(d.hasil.nrr[key]!, 3)}`);
		}
		for (const s of d.saran) expect(text).toContain(s.teks);
		expect(text).toContain('Jenis kelamin Perempuan');
	});
});

describe('the Rapor OPD as PDF', () => {
	it('prints the ranking with index, zone and movement, each OPD’s components and indicators', async () => {
		const report = buildRaporReport(inputRapor('2026-TW3'));
		const pdf = await readPdf(raporFile(report, 'pdf', k).isi);
		const text = pdf.baris.join(' ');
		expect(pdf.judul).toBe('Rapor Indeks Kinerja OPD TW III 2026');
		expect(text).toContain('Zona hijau >= 76, kuning >= 51.');
		expect(text).toContain('Indikator negatif: (2 - realisasi/target) × 100.');
		const t = textFor('id');
		for (const row of report.view.rows) {
			const { peringkat } = row.baris;
			const initial = `${peringkat ?? '–'} ${row.unit.nama.split(' ')[0]}`;
			const zona = row.hasil.zona ? t.t(`zona.${row.hasil.zona}`) : t.t('zona.tidakAda');
			const indeks = row.hasil.indeks === null ? '–' : id(row.hasil.indeks);
			expect(pdf.baris.some((b) => b.startsWith(initial) && b.includes(`${indeks} ${zona}`))).toBe(
				true
			);
		}
		const top = report.view.rows[0]!;
		const anggaran = top.hasil.komponen.anggaran;
		expect(text).toContain(
			`Realisasi anggaran ${id(anggaran.nilai!)}% ${id(anggaran.dipakai!)}% ${id(anggaran.bobot)}% ${id(anggaran.kontribusi!)}`
		);
		for (const b of top.hasil.indikator) {
			if (b.hasil.status === 'ok') expect(text).toContain(`${id(b.hasil.nilai)}%`);
		}
	});
});

describe('a report in English', () => {
	it('follows the app’s language, numbers included', async () => {
		const laporan = buildRaporReport(inputRapor('2026-TW3'));
		const pdf = await readPdf(raporFile(laporan, 'pdf', { locale: 'en', dibuat: CREATED }).isi);
		expect(pdf.judul).toBe('OPD Performance Index report Q3 2026');
		const top = laporan.view.rows[0]!;
		expect(
			pdf.baris.some(
				(b) => b.startsWith('1 ') && b.includes(`${formatNumber(top.hasil.indeks!, 2, 'en')} Green`)
			)
		).toBe(true);
		expect(pdf.halaman[0]!.at(-1)).toMatch(/^OPD Performance Index report Q3 2026 Page 1 of \d+$/);
	});
});

describe('the kiosk posters', () => {
	it('give each unit a page with its kiosk link and the instructions', async () => {
		const units = demo.units.filter((u) => u.layananSkm).slice(0, 3);
		const file = posterFile(units, 'https://rapor.contoh.go.id/kiosk', k);
		expect(file.nama).toBe('poster-kiosk-semua-unit.pdf');
		const pdf = await readPdf(file.isi);
		expect(pdf.halaman).toHaveLength(3);
		units.forEach((u, i) => {
			const page = pdf.halaman[i]!;
			expect(page).toContain(u.nama);
			expect(page).toContain(`https://rapor.contoh.go.id/kiosk?unit=${u.id}`);
			expect(page.join(' ')).toContain('Sentuh "Mulai survei" di layar tablet kiosk.');
		});
	});
});
