/** The follow-up part of the SKM report: the period's RTL, and whether an earlier one worked. */
import { beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '$lib/domain/format';
import type { Rtl, RtlItem } from '$lib/domain/schemas';
import { sheetNames } from '$lib/import/table/xlsx';
import { loadLanguage } from '$lib/i18n/table';
import { skmFile } from '$lib/report/files';
import { buildSkmPemdaReport, buildSkmUnitReport } from '$lib/report/skm-model';
import { rekapPerUnit } from '$lib/view/skm';
import { readPdf } from '../../fixtures/read-pdf';
import { readSheet, xmlStyles } from '../../fixtures/read-xlsx';
import { CREATED, inputSkm } from './demo';

beforeAll(() => Promise.all([loadLanguage('id'), loadLanguage('en')]));

const k = { locale: 'id' as const, dibuat: CREATED };
const id3 = (x: number) => formatNumber(x, 3, 'id');
const UNIT = 'demo-dinkes';
const OTHER = 'demo-disdukcapil';

const item = (over: Partial<RtlItem> = {}): RtlItem => ({
	unsur: 'u3',
	program: 'Loket antrean daring',
	triwulan: [1, 3],
	penanggungJawab: 'Kepala Seksi Pelayanan',
	progres: 'berjalan',
	catatanProgres: 'Aplikasi antrean diuji di dua loket',
	tanggalProgres: '2026-06-15',
	...over
});

const rtl = (unitId: string, periodeId: string, butir: RtlItem[]): Rtl => ({
	id: `${unitId}:${periodeId}`,
	unitId,
	periodeId,
	butir,
	riwayat: [{ oleh: 'demo-opd', waktu: '2026-06-15T10:00:00+07:00' }]
});

const earlier = rtl(UNIT, '2026-TW1', [
	item({ unsur: 'u3', program: 'Pangkas alur berkas' }),
	item({ unsur: 'u8', program: 'Kotak pengaduan daring' })
]);
const now = rtl(UNIT, '2026-TW2', [
	item(),
	item({ unsur: 'u9', program: 'Kursi ruang tunggu', progres: 'belum' })
]);
const later = rtl(UNIT, '2026-TW3', [item({ program: 'Rencana triwulan berikut' })]);

/** TW II's report with the RTL of TW I and TW II (and a later one it must leave out). */
function inputWithRtl() {
	const tw1 = inputSkm('2026-TW1');
	return {
		...inputSkm('2026-TW2'),
		rtl: [earlier, now, later],
		rekapEarlier: rekapPerUnit(tw1.responses).map((r) => ({ ...r, periodeId: '2026-TW1' }))
	};
}

const nrrIn = (periodeId: string) =>
	buildSkmUnitReport(inputSkm(periodeId), UNIT)!.unit[0]!.hasil.nrr;

describe('the follow-up in the SKM report model', () => {
	it('holds the RTL of the report’s period only, for the units that have one', () => {
		const report = buildSkmPemdaReport(inputWithRtl());
		expect(report.rtl).toEqual([now]);
		expect(buildSkmUnitReport(inputWithRtl(), OTHER)!.rtl).toEqual([]);
	});

	it('compares the earlier plan’s unsur with their NRR then and now, with the change', () => {
		const report = buildSkmUnitReport(inputWithRtl(), UNIT)!;
		const before = nrrIn('2026-TW1');
		const after = nrrIn('2026-TW2');
		expect(report.rtlHasil).toHaveLength(1);
		const [h] = report.rtlHasil;
		expect(h!.periodeId).toBe('2026-TW1');
		expect(h!.efek.map((e) => e.unsur)).toEqual(['u3', 'u8']);
		for (const e of h!.efek) {
			expect(e.sebelum).toBe(before[e.unsur]);
			expect(e.sesudah).toBe(after[e.unsur]);
			expect(e.selisih).toBeCloseTo(after[e.unsur]! - before[e.unsur]!, 12);
			expect(e.arah).toBe(e.selisih! > 0 ? 'naik' : 'turun');
		}
	});

	it('has no result to show without an earlier plan, nor any part without RTL at all', () => {
		const onlyNow = { ...inputWithRtl(), rtl: [now] };
		expect(buildSkmUnitReport(onlyNow, UNIT)!.rtlHasil).toEqual([]);
		const none = buildSkmPemdaReport(inputSkm('2026-TW2'));
		expect(none.rtl).toEqual([]);
		expect(none.rtlHasil).toEqual([]);
	});

	it('leaves the change open when the earlier period has no answers on this device', () => {
		const report = buildSkmUnitReport({ ...inputWithRtl(), rekapEarlier: [] }, UNIT)!;
		expect(report.rtlHasil[0]!.efek.every((e) => e.sebelum === null && e.arah === null)).toBe(true);
	});
});

describe('the follow-up in the SKM report as XLSX', () => {
	const report = buildSkmPemdaReport(inputWithRtl());
	// Written once the messages are loaded (beforeAll), not when the file is read.
	let file: Uint8Array;
	beforeAll(() => {
		file = skmFile(report, 'xlsx', k).isi;
	});

	it('lists each action of the period’s plan on its own sheet, progress date as a date', () => {
		expect(sheetNames(file)).toContain('Rencana tindak lanjut');
		const sheet = readSheet(file, 'Rencana tindak lanjut');
		expect(sheet.rows).toHaveLength(2);
		expect(sheet.sel(0, 'Kode unit').teks).toBe(UNIT);
		expect(sheet.sel(0, 'Unsur').teks).toMatch(/^U3 /);
		expect(sheet.sel(0, 'Program/kegiatan').teks).toBe('Loket antrean daring');
		expect(sheet.sel(0, 'Triwulan').teks).toBe('TW I, TW III');
		expect(sheet.sel(0, 'Penanggung jawab').teks).toBe('Kepala Seksi Pelayanan');
		expect(sheet.sel(0, 'Progres').teks).toBe('Berjalan');
		expect(sheet.sel(0, 'Catatan progres').teks).toBe('Aplikasi antrean diuji di dua loket');
		expect(sheet.sel(0, 'Tanggal progres')).toMatchObject({ teks: '2026-06-15', tanggal: true });
		expect(sheet.sel(1, 'Program/kegiatan').teks).toBe('Kursi ruang tunggu');
		expect(sheet.sel(1, 'Progres').teks).toBe('Belum');
	});

	it('shows each change with its sign', () => {
		expect(xmlStyles(file)).toContain('formatCode="+#,##0.000;-#,##0.000;0.000"');
	});

	it('gives the earlier plan’s unsur with NRR before and now and the change as numbers', () => {
		const sheet = readSheet(file, 'Hasil tindak lanjut');
		const [h] = report.rtlHasil;
		expect(sheet.rows).toHaveLength(h!.efek.length);
		h!.efek.forEach((e, i) => {
			expect(sheet.sel(i, 'Kode unit').teks).toBe(UNIT);
			expect(sheet.sel(i, 'Periode RTL').teks).toBe('TW I 2026');
			expect(sheet.angka(i, 'NRR sebelum')).toBe(e.sebelum);
			expect(sheet.angka(i, 'NRR kini')).toBe(e.sesudah);
			expect(sheet.angka(i, 'Perubahan')).toBeCloseTo(e.selisih!, 12);
			expect(sheet.sel(i, 'Arah').teks).toBe(e.arah);
		});
	});
});

describe('the follow-up in the SKM report as PDF', () => {
	it('prints the unit’s plan and the result of its earlier one', async () => {
		const report = buildSkmUnitReport(inputWithRtl(), UNIT)!;
		const pdf = await readPdf(skmFile(report, 'pdf', k).isi);
		const text = pdf.baris.join(' ');
		expect(text).toContain('Rencana tindak lanjut');
		expect(text).toContain('Loket antrean daring');
		expect(text).toContain('TW I, TW III');
		expect(text).toContain('Kepala Seksi');
		expect(text).toContain('Kursi ruang tunggu');
		expect(text).toContain('15 Juni');
		expect(text).not.toContain('Rencana triwulan berikut');
		expect(text).toContain('Hasil tindak lanjut');
		for (const e of report.rtlHasil[0]!.efek) {
			// A change carries its sign: "+0,250" up, "-0,125" down.
			const change = `${e.selisih! > 0 ? '+' : ''}${id3(e.selisih!)}`;
			expect(text).toContain(`${id3(e.sebelum!)} ${id3(e.sesudah!)} ${change}`);
			expect(text).toContain(e.arah!);
		}
	});

	it('says so when a unit has no plan for the period, in the pemda report too', async () => {
		const report = buildSkmPemdaReport(inputWithRtl());
		const pdf = await readPdf(skmFile(report, 'pdf', k).isi);
		const text = pdf.baris.join(' ');
		expect(text).toContain('Loket antrean daring');
		expect(text).toContain('Belum ada rencana tindak lanjut untuk hasil periode ini.');
	});

	it('follows the reader’s language', async () => {
		const report = buildSkmUnitReport(inputWithRtl(), UNIT)!;
		const pdf = await readPdf(skmFile(report, 'pdf', { ...k, locale: 'en' }).isi);
		const text = pdf.baris.join(' ');
		expect(text).toContain('Follow-up plan');
		expect(text).toContain('Q1, Q3');
		expect(text).toContain('Follow-up result');
	});
});
