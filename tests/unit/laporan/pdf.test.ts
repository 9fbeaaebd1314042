import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAngka } from '$lib/domain/format';
import { UNSUR_KEYS } from '$lib/domain/unsur';
import { berkasPoster, berkasRapor, berkasSkm } from '$lib/laporan/berkas';
import { buatPdf } from '$lib/laporan/pdf-tata';
import { bungkus, keWinAnsi, lebarTeks } from '$lib/laporan/pdf-huruf';
import { laporanRapor } from '$lib/laporan/rapor-model';
import { laporanSkmPemda, laporanSkmUnit } from '$lib/laporan/skm-model';
import { teksUntuk } from '$lib/laporan/teks';
import { bacaPdf } from '../../fixtures/baca-pdf';
import { DIBUAT, demo, inputRapor, inputSkm } from './demo';

const id = (x: number, d = 2) => formatAngka(x, d, 'id');
const k = { locale: 'id' as const, dibuat: DIBUAT };

describe('text for the standard PDF fonts', () => {
	it('keeps Indonesian and Latin-1 letters, maps typography to WinAnsi, types what it lacks', () => {
		expect(keWinAnsi('café – “uji” ’ …')).toBe('caf\xe9 \x96 \x93uji\x94 \x92 \x85');
		expect(keWinAnsi('≥ 76, ≤ 50, 2 − 1 → ok')).toBe('>= 76, <= 50, 2 - 1 -> ok');
		expect(keWinAnsi('Dāwūd e\u0301 ✓ 😀')).toBe('Dawud \xe9 ? ?');
	});

	it('wraps any text into lines no wider than asked, losing no word', () => {
		fc.assert(
			fc.property(
				fc.string({ maxLength: 200 }),
				fc.integer({ min: 40, max: 500 }),
				(teks, lebar) => {
					const w = keWinAnsi(teks);
					const lines = bungkus(w, 'biasa', 9, lebar);
					for (const line of lines) {
						expect(lebarTeks(line, 'biasa', 9)).toBeLessThanOrEqual(lebar + 1e-9);
					}
					expect(lines.join('').replace(/ /g, '')).toBe(w.replace(/ /g, ''));
				}
			)
		);
	});
});

describe('the PDF writer', () => {
	it('writes text a PDF reader extracts, across pages, with the table header on each page', async () => {
		const isi = buatPdf(
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
			{ judul: 'Uji', kaki: (h, n) => `Halaman ${h} dari ${n}`, dibuat: DIBUAT }
		);
		expect(new TextDecoder().decode(isi.slice(0, 8))).toBe('%PDF-1.4');
		const pdf = await bacaPdf(isi);
		expect(pdf.judul).toBe('Uji');
		expect(pdf.baris[0]).toBe('Uji – IKM >= 88,31 “café”');
		expect(pdf.halaman.length).toBeGreaterThan(2);
		for (const [i, halaman] of pdf.halaman.entries()) {
			expect(halaman).toContain('Unit IKM');
			expect(halaman.at(-1)).toBe(`Uji Halaman ${i + 1} dari ${pdf.halaman.length}`);
		}
		for (let i = 0; i < 150; i++) expect(pdf.baris).toContain(`Unit ${i} ${id(i + 0.25)}`);
	});
});

describe('the SKM report as PDF', () => {
	const input = inputSkm('2026-TW2');
	const laporan = laporanSkmPemda(input);

	it('prints the pemda IKM, every unit’s IKM, mutu and sample, and the settings', async () => {
		const berkas = berkasSkm(laporan, 'pdf', k);
		expect(berkas.nama).toBe('laporan-skm-2026-TW2.pdf');
		const pdf = await bacaPdf(berkas.isi);
		expect(pdf.judul).toBe('Laporan Survei Kepuasan Masyarakat TW II 2026');
		const teks = pdf.baris.join(' ');
		expect(teks).toContain(`Nilai IKM (25–100) ${id(laporan.pemda!.hasil.nilai!)}`);
		expect(teks).toContain(`Mutu pelayanan ${laporan.pemda!.hasil.mutu}`);
		expect(teks).toContain('Bobot unsur 1/9 (eksak). IKM pemda: rata-rata IKM unit.');
		laporan.unit.forEach((d, i) => {
			const ikm = `${id(d.hasil.nilai!)} ${d.hasil.mutu}`;
			expect(pdf.baris.some((b) => b.startsWith(`${i + 1} `) && b.includes(ikm))).toBe(true);
			expect(teks).toContain(`${i + 1}. ${d.unit.nama}`);
		});
	});

	it('prints one unit’s NRR per unsur, its IKM on both scales, priorities, sample and saran', async () => {
		const unit = laporanSkmUnit(
			input,
			laporan.unit.find((d) => d.sampel && !d.sampel.memadai)!.unit.id
		)!;
		const d = unit.unit[0]!;
		const pdf = await bacaPdf(berkasSkm(unit, 'pdf', k).isi);
		const teks = pdf.baris.join(' ');
		const t = teksUntuk('id');
		for (const key of UNSUR_KEYS) {
			const h = d.hasil;
			const angka = [
				String(h.dijawab[key]),
				id(h.nrr[key]!, 3),
				id(h.nrrTertimbang[key]!, 4),
				id(h.nrr[key]! * 25),
				h.mutuUnsur[key]
			].join(' ');
			// A long unsur name wraps; its first line carries the figures.
			const baris = pdf.baris.find(
				(b) => b.startsWith(`${key.toUpperCase()} `) && b.includes(angka)
			);
			expect(teks).toContain(t.unsur(key, unit.pengaturan));
			expect(baris).toBeDefined();
		}
		expect(teks).toContain(`IKM (skala 1–4) ${id(d.hasil.ikm!, 4)}`);
		expect(teks).toContain(`Nilai IKM (25–100) ${id(d.hasil.nilai!)}`);
		expect(teks).toContain(`Sampel belum memadai: perlu ${d.sampel!.kurang} responden lagi`);
		for (const key of d.hasil.unsurTerendah) {
			expect(teks).toContain(`${t.unsur(key, unit.pengaturan)}: NRR ${id(d.hasil.nrr[key]!, 3)}`);
		}
		for (const s of d.saran) expect(teks).toContain(s.teks);
		expect(teks).toContain('Jenis kelamin Perempuan');
	});
});

describe('the Rapor OPD as PDF', () => {
	it('prints the ranking with index, zone and movement, each OPD’s components and indicators', async () => {
		const laporan = laporanRapor(inputRapor('2026-TW3'));
		const pdf = await bacaPdf(berkasRapor(laporan, 'pdf', k).isi);
		const teks = pdf.baris.join(' ');
		expect(pdf.judul).toBe('Rapor Indeks Kinerja OPD TW III 2026');
		expect(teks).toContain('Zona hijau >= 76, kuning >= 51.');
		expect(teks).toContain('Indikator negatif: (2 - realisasi/target) × 100.');
		const t = teksUntuk('id');
		for (const row of laporan.view.rows) {
			const { peringkat } = row.baris;
			const awal = `${peringkat ?? '–'} ${row.unit.nama.split(' ')[0]}`;
			const zona = row.hasil.zona ? t.t(`zona.${row.hasil.zona}`) : t.t('zona.tidakAda');
			const indeks = row.hasil.indeks === null ? '–' : id(row.hasil.indeks);
			expect(pdf.baris.some((b) => b.startsWith(awal) && b.includes(`${indeks} ${zona}`))).toBe(
				true
			);
		}
		const top = laporan.view.rows[0]!;
		const anggaran = top.hasil.komponen.anggaran;
		expect(teks).toContain(
			`Realisasi anggaran ${id(anggaran.nilai!)}% ${id(anggaran.dipakai!)}% ${id(anggaran.bobot)}% ${id(anggaran.kontribusi!)}`
		);
		for (const b of top.hasil.indikator) {
			if (b.hasil.status === 'ok') expect(teks).toContain(`${id(b.hasil.nilai)}%`);
		}
	});
});

describe('a report in English', () => {
	it('follows the app’s language, numbers included', async () => {
		const laporan = laporanRapor(inputRapor('2026-TW3'));
		const pdf = await bacaPdf(berkasRapor(laporan, 'pdf', { locale: 'en', dibuat: DIBUAT }).isi);
		expect(pdf.judul).toBe('OPD Performance Index report Q3 2026');
		const top = laporan.view.rows[0]!;
		expect(
			pdf.baris.some(
				(b) => b.startsWith('1 ') && b.includes(`${formatAngka(top.hasil.indeks!, 2, 'en')} Green`)
			)
		).toBe(true);
		expect(pdf.halaman[0]!.at(-1)).toMatch(/^OPD Performance Index report Q3 2026 Page 1 of \d+$/);
	});
});

describe('the kiosk posters', () => {
	it('give each unit a page with its kiosk link and the instructions', async () => {
		const units = demo.units.filter((u) => u.layananSkm).slice(0, 3);
		const berkas = berkasPoster(units, 'https://rapor.contoh.go.id/kiosk', k);
		expect(berkas.nama).toBe('poster-kiosk-semua-unit.pdf');
		const pdf = await bacaPdf(berkas.isi);
		expect(pdf.halaman).toHaveLength(3);
		units.forEach((u, i) => {
			const halaman = pdf.halaman[i]!;
			expect(halaman).toContain(u.nama);
			expect(halaman).toContain(`https://rapor.contoh.go.id/kiosk?unit=${u.id}`);
			expect(halaman.join(' ')).toContain('Sentuh "Mulai survei" di layar tablet kiosk.');
		});
	});
});
