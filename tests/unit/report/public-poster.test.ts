import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, publikasiSkmSchema, type PublikasiSkm } from '$lib/domain/schemas';
import { loadLanguage } from '$lib/i18n/table';
import { publicPosterFile } from '$lib/report/files';
import { A3, A4 } from '$lib/report/pdf-file';
import { kioskLink } from '$lib/report/poster';
import { readPdf } from '../../fixtures/read-pdf';
import { CREATED } from './demo';

beforeAll(() => Promise.all([loadLanguage('id'), loadLanguage('en')]));

const KIOSK = 'https://rapor.contoh.go.id/kiosk';
const k = { locale: 'id' as const, dibuat: CREATED };

const publikasi: PublikasiSkm = publikasiSkmSchema.parse({
	id: 'unit-dukcapil:2026-TW2',
	periodeId: '2026-TW2',
	unitId: 'unit-dukcapil',
	nama: 'Dinas Kependudukan dan Pencatatan Sipil',
	nilai: 82.47,
	mutu: 'B',
	responden: 412,
	nrr: { u1: 3.41, u2: 3.2, u3: 2.95, u4: 3.9, u5: 3.3, u6: 3.35, u7: 3.5, u8: 2.8, u9: 3.1 },
	rtl: [
		{
			unsur: 'u8',
			program: 'Kotak pengaduan daring di loket',
			triwulan: [1, 2],
			progres: 'berjalan'
		},
		{ unsur: 'u3', program: 'Antrean nomor lewat WhatsApp', triwulan: [3], progres: 'belum' }
	],
	saran: ['Ruang tunggu perlu kipas angin tambahan'],
	diterbitkan: { oleh: 'demo-admin', waktu: '2026-07-10T10:00:00+07:00' }
});

const input = (p: PublikasiSkm = publikasi) => ({
	publikasi: p,
	pengaturan: DEFAULT_SETTINGS,
	kioskBase: KIOSK
});

async function pageSize(
	isi: Uint8Array
): Promise<{ pages: number; width: number; height: number }> {
	const doc = await getDocument({ data: isi.slice(), verbosity: 0, isEvalSupported: false })
		.promise;
	const [, , width, height] = (await doc.getPage(1)).view;
	const pages = doc.numPages;
	await doc.destroy();
	return { pages, width: width!, height: height! };
}

describe('the public result poster', () => {
	it.each([
		['A4', A4],
		['A3', A3]
	] as const)('fits on one %s page', async (size, paper) => {
		const file = publicPosterFile(input(), size, k);
		expect(file.nama).toBe(`poster-hasil-skm-unit-dukcapil-2026-TW2-${size.toLowerCase()}.pdf`);
		const page = await pageSize(file.isi);
		expect(page.pages).toBe(1);
		expect(page.width).toBeCloseTo(paper.lebar, 1);
		expect(page.height).toBeCloseTo(paper.tinggi, 1);
	});

	it('prints the IKM, mutu and kinerja, the RTL, the approved saran and the kiosk link', async () => {
		const pdf = await readPdf(publicPosterFile(input(), 'A4', k).isi);
		const text = pdf.baris.join('\n');
		expect(text).toContain('Dinas Kependudukan dan Pencatatan Sipil');
		expect(text).toContain('Periode TW II 2026');
		expect(text).toContain('82,47');
		expect(text).toContain('Mutu pelayanan B · Kinerja Baik');
		expect(text).toContain('Dari 412 responden');
		expect(text).toContain('Kotak pengaduan daring di loket');
		expect(text).toMatch(/Kotak pengaduan daring di loket TW I, TW II Berjalan/);
		expect(text).toContain('Antrean nomor lewat WhatsApp');
		expect(text).toContain('Ruang tunggu perlu kipas angin tambahan');
		expect(text).toContain(kioskLink(KIOSK, 'unit-dukcapil'));
		expect(text).toContain('3,900');
	});

	it('prints only what the publication holds: its approved saran and nothing more', async () => {
		const pdf = await readPdf(publicPosterFile(input(), 'A4', k).isi);
		const start = pdf.baris.indexOf('Saran masyarakat');
		const end = pdf.baris.findIndex((l) => l.startsWith('Nilai pelayanan kami'));
		expect(pdf.baris.slice(start + 1, end)).toEqual(['• Ruang tunggu perlu kipas angin tambahan']);
		const text = pdf.baris.join('\n');
		expect(text).not.toMatch(/profil|jenis kelamin|pendidikan/i);
		expect(text).not.toContain('belum diterbitkan');
	});

	it('for the pemda, prints each published unit instead of a plan and a kiosk code', async () => {
		const pemda = publikasiSkmSchema.parse({
			...publikasi,
			id: 'pemda:2026-TW2',
			unitId: undefined,
			nama: 'Kota Wiradesa',
			rtl: [],
			saran: [],
			units: [
				{ unitId: 'unit-dukcapil', nama: 'Disdukcapil', nilai: 82.47, mutu: 'B', responden: 412 },
				{ unitId: 'unit-rsud', nama: 'RSUD Wiradesa', nilai: 90.1, mutu: 'A', responden: 380 }
			]
		});
		const file = publicPosterFile(input(pemda), 'A4', k);
		expect(file.nama).toBe('poster-hasil-skm-pemda-2026-TW2-a4.pdf');
		const text = (await readPdf(file.isi)).baris.join('\n');
		expect(text).toContain('Kota Wiradesa');
		expect(text).toMatch(/RSUD Wiradesa 380 90,10 A/);
		expect(text).not.toContain('Rencana tindak lanjut');
		expect(text).not.toContain(KIOSK);
	});

	it('stays on one page with every list at its longest, counting what it leaves out', async () => {
		const long = publikasiSkmSchema.parse({
			...publikasi,
			rtl: Array.from({ length: 30 }, (_, i) => ({
				unsur: 'u3',
				program: `Program perbaikan nomor ${i + 1} dengan uraian yang agak panjang supaya terbungkus`,
				triwulan: [1, 2, 3, 4],
				progres: 'selesai'
			})),
			saran: Array.from({ length: 20 }, (_, i) => `Saran ${i + 1}: ${'pelayanan '.repeat(60)}`)
		});
		const file = publicPosterFile(input(long), 'A3', k);
		expect((await pageSize(file.isi)).pages).toBe(1);
		const text = (await readPdf(file.isi)).baris.join('\n');
		expect(text).toMatch(/…dan \d+ lainnya\./);
		expect(text).toContain('Program perbaikan nomor 1 ');
		expect(text).toContain(kioskLink(KIOSK, 'unit-dukcapil'));
	});

	it('says when the figures are not published yet, and reads in English', async () => {
		const file = publicPosterFile({ ...input(), sementara: true }, 'A4', {
			...k,
			locale: 'en'
		});
		const text = (await readPdf(file.isi)).baris.join('\n');
		expect(text).toContain('this result is not published yet');
		expect(text).toContain('Service grade B · Performance');
		expect(text).toContain('Follow-up plan');
	});
});
