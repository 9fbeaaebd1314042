import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeSkm, computeSkmPemda, type BobotSkm } from '$lib/domain/skm';
import { UNSUR_KEYS } from '$lib/domain/unsur';
import { toCsv } from '$lib/import/table/csv';
import {
	randomOrder,
	makeResponden,
	SKM_COLUMNS,
	skmCsv,
	skmTable,
	skmXlsx,
	type SkmResponden
} from '../../fixtures/skm-csv-factory';
import { exampleOpd, realisasiCsv } from '../../fixtures/realisasi-csv-factory';

/** Runs the real CLI the way `npm run skor -- …` does. */
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

interface Result {
	code: number | null;
	stdout: string;
	stderr: string;
}

function score(...args: string[]): Promise<Result> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/score.ts', ...args], {
			cwd: ROOT,
			env: { ...process.env, NO_COLOR: '1' }
		});
		let stdout = '';
		let stderr = '';
		child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
		child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code, stdout, stderr }));
	});
}

let dir = '';
const file = (name: string, content: string | Uint8Array) => {
	const path = join(dir, name);
	writeFileSync(path, content);
	return path;
};

const responden = makeResponden({
	seed: 42,
	units: ['Disdukcapil', 'RSUD Tidar', 'Kecamatan Utara'],
	perUnit: 25
});
/** The same respondents with one-line saran, so each row is one physical line. */
const oneRow = responden.map((p) => ({ ...p, saran: p.saran.replace(/\n/g, ' ') }));

/** What the CLI's JSON should hold, computed straight from the domain on the same answers. */
function expectation(data: readonly SkmResponden[], bobot: BobotSkm = 'eksak') {
	const units = [...new Set(data.map((p) => p.unit))];
	const result = units.map((unit) =>
		computeSkm(
			data.filter((p) => p.unit === unit).map((p) => p.jawaban),
			bobot
		)
	);
	const pemda = computeSkmPemda(
		result,
		data.map((p) => p.jawaban),
		'rerata-unit',
		bobot
	);
	return {
		units: units.map((unit, i) => {
			const h = result[i]!;
			return {
				unit,
				responden: h.responden,
				nrr: UNSUR_KEYS.map((k) => h.nrr[k]),
				ikm: h.ikm,
				nilai: h.nilai,
				mutu: h.mutu,
				kinerja: h.kinerja,
				unsurTerendah: h.unsurTerendah
			};
		}),
		pemda: {
			mode: pemda.mode,
			unit: pemda.unit,
			responden: pemda.responden,
			ikm: pemda.ikm,
			nilai: pemda.nilai,
			mutu: pemda.mutu,
			kinerja: pemda.kinerja
		},
		pengaturan: { bobotSkm: bobot, ikmPemda: 'rerata-unit', pengelompokan: 'semua' }
	};
}

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'rapor-skor-'));
});

afterAll(() => {
	rmSync(dir, { recursive: true, force: true });
});

describe.concurrent('npm run skor -- skm', { timeout: 60_000 }, () => {
	it('prints as JSON exactly what hitungSkm gives for the same rows, and nothing else', async () => {
		const r = await score('skm', file('skm.csv', skmCsv(responden)), '--json');
		expect(r.stderr).toBe('');
		expect(r.code).toBe(0);
		expect(JSON.parse(r.stdout)).toEqual(expectation(responden));
	});

	it('reads a semicolon file with a BOM, shuffled columns and day-first dates the same way', async () => {
		const content = skmCsv(responden, {
			delimiter: ';',
			bom: true,
			kolom: randomOrder(SKM_COLUMNS, 9),
			formatTanggal: 'dmy'
		});
		const r = await score('skm', file('excel-id.csv', content), '--json');
		expect(r.code).toBe(0);
		expect(JSON.parse(r.stdout)).toEqual(expectation(responden));
	});

	it('reads an .xlsx workbook the same way', async () => {
		const content = skmXlsx(responden, { kolom: randomOrder(SKM_COLUMNS, 4) });
		const r = await score('skm', file('skm.xlsx', content), '--json');
		expect(r.code).toBe(0);
		expect(JSON.parse(r.stdout)).toEqual(expectation(responden));
	});

	it('switches to the rounded weight 0,111 with --bobot', async () => {
		const path = file('bobot.csv', skmCsv(responden));
		const r = await score('skm', path, '--bobot', '0,111', '--json');
		expect(r.code).toBe(0);
		expect(JSON.parse(r.stdout)).toEqual(expectation(responden, 'dibulatkan'));
		const named = await score('skm', path, '--bobot=dibulatkan', '--json');
		expect(named.stdout).toBe(r.stdout);
	});

	it('refuses a file with a bad row: exit 1, the line and reason on stderr, no results', async () => {
		const { header, rows } = skmTable(oneRow.slice(0, 5));
		// Line 4 = the third respondent: put a 5 in u3.
		rows[2]![SKM_COLUMNS.indexOf('u3')] = 5;
		const r = await score('skm', file('salah.csv', toCsv(header, rows)), '--json');
		expect(r.code).toBe(1);
		expect(r.stdout).toBe('');
		expect(r.stderr).toMatch(/baris 4, kolom u3: jawaban "5" harus 1–4/i);
		expect(r.stderr).toContain('--skip-invalid');
	});

	it('counts lines inside quoted cells, so the reported line is the one a text editor shows', async () => {
		const data = responden.slice(0, 3).map((p) => ({ ...p, saran: 'satu\ndua\ntiga' }));
		const { header, rows } = skmTable(data);
		rows[2]![SKM_COLUMNS.indexOf('u9')] = 0;
		const r = await score('skm', file('baris-baru.csv', toCsv(header, rows)));
		expect(r.code).toBe(1);
		expect(r.stderr).toContain('Baris 8, kolom u9');
	});

	it('with --skip-invalid reports the skipped rows and scores the rest', async () => {
		const data = oneRow.slice(0, 10);
		const { header, rows } = skmTable(data);
		rows.splice(1, 0, ['', '2026-13-45', 9]);
		const r = await score(
			'skm',
			file('lewati.csv', toCsv(header, rows)),
			'--skip-invalid',
			'--json'
		);
		expect(r.code).toBe(0);
		expect(r.stderr).toMatch(/^Baris 3, kolom unit/m);
		expect(r.stderr).toMatch(/^Baris 3, kolom tanggal/m);
		expect(r.stderr).toContain('1 baris tidak valid dilewati; 10 baris dinilai.');
		expect(JSON.parse(r.stdout)).toEqual(expectation(data));
	});

	it('prints a readable Indonesian report by default and English with --en', async () => {
		const path = file('laporan.csv', skmCsv(responden));
		const id = await score('skm', path);
		expect(id.code).toBe(0);
		const h = expectation(responden).units[0]!;
		expect(id.stdout).toContain('Bobot unsur 1/9 (eksak).');
		expect(id.stdout).toContain('Disdukcapil  (25 responden, Triwulan I 2026 – Triwulan IV 2026)');
		expect(id.stdout).toContain(`Nilai IKM (25–100)  ${h.nilai!.toFixed(2).replace('.', ',')}`);
		expect(id.stdout).toMatch(/Unsur terendah\s+1\. U\d /);
		expect(id.stdout).toContain('IKM Pemda');
		const en = await score('skm', path, '--en');
		expect(en.stdout).toContain(`IKM value (25–100)  ${h.nilai!.toFixed(2)}`);
		expect(en.stdout).toContain('Element weight 1/9 (exact).');
	});

	it('splits per triwulan with --per-triwulan, one pemda figure per triwulan', async () => {
		const r = await score('skm', file('tw.csv', skmCsv(responden)), '--per-triwulan', '--json');
		const out = JSON.parse(r.stdout) as {
			units: { unit: string; periodeId: string; responden: number }[];
			pemda: { periodeId: string; unit: number }[];
		};
		expect(out.pemda.map((p) => p.periodeId)).toEqual([
			'2026-TW1',
			'2026-TW2',
			'2026-TW3',
			'2026-TW4'
		]);
		expect(out.units.reduce((s, u) => s + u.responden, 0)).toBe(responden.length);
		const tw1 = responden.filter((p) => p.tanggal < '2026-04-01' && p.unit === 'Disdukcapil');
		const u = out.units.find((x) => x.periodeId === '2026-TW1' && x.unit === 'Disdukcapil')!;
		expect(u).toMatchObject({
			responden: tw1.length,
			ikm: computeSkm(tw1.map((p) => p.jawaban)).ikm
		});
	});

	it('exits 2 with a clear message for a missing file, missing columns or a bad option', async () => {
		const hilang = await score('skm', join(dir, 'tidak-ada.csv'));
		expect(hilang.code).toBe(2);
		expect(hilang.stderr).toContain('Berkas tidak ditemukan');
		const column = await score('skm', file('kolom.csv', 'unit,tanggal,u1\nA,2026-01-01,4\n'));
		expect(column.code).toBe(2);
		expect(column.stderr).toContain('Kolom wajib tidak ada di baris judul (baris 1): u2, u3');
		const bukanXlsx = await score('skm', file('rusak.xlsx', 'bukan zip'));
		expect(bukanXlsx.code).toBe(2);
		expect(bukanXlsx.stderr).toContain('bukan buku kerja Excel');
		const opsi = await score('skm', file('ok.csv', skmCsv(responden)), '--bobot', '0,2');
		expect(opsi.code).toBe(2);
		expect(opsi.stdout).toBe('');
		const en = await score('skm', join(dir, 'tidak-ada.csv'), '--en');
		expect(en.stderr).toContain('File not found');
	});

	it('scores the hand-made example file', async () => {
		const r = await score('skm', 'tests/fixtures/contoh-skm.csv');
		expect(r.code).toBe(0);
		expect(r.stdout).toContain('Puskesmas Magelang Selatan  (5 responden');
	});
});

describe.concurrent('npm run skor -- indeks', { timeout: 60_000 }, () => {
	interface JsonRow {
		unit: string;
		peringkat: number | null;
		indeks: number | null;
		zona: string | null;
		komponen: Record<string, number | null>;
		kekurangan: string[];
	}
	const run = async (...opsi: string[]) => {
		const r = await score(
			'indeks',
			file(`realisasi-${opsi.join('')}.csv`, realisasiCsv(exampleOpd())),
			'--json',
			...opsi
		);
		return {
			...r,
			json:
				r.code === 0
					? (JSON.parse(r.stdout) as { periode: { periodeId: string; peringkat: JsonRow[] }[] })
					: null
		};
	};

	it('ranks OPDs per triwulan in JSON, with components and missing data named', async () => {
		const r = await run();
		expect(r.code).toBe(0);
		expect(r.stderr).toBe('');
		const [tw1, tw2] = r.json!.periode;
		expect(tw1!.periodeId).toBe('2026-TW1');
		// Dinas PUPR: 0,2·30 + 0,2·25 + 0,5·100 (110 capped) + 0,1·100 = 71.
		// Dinas Kesehatan: 0,2·25 + 0,2·30 + 0,5·90 + 0,1·80 = 64.
		expect(tw1!.peringkat).toEqual([
			{
				unit: 'Dinas PUPR',
				peringkat: 1,
				indeks: 71,
				zona: 'kuning',
				komponen: { anggaran: 30, fisik: 25, kinerja: 100, p3dn: 100 },
				kekurangan: []
			},
			{
				unit: 'Dinas Kesehatan',
				peringkat: 2,
				indeks: 64,
				zona: 'kuning',
				komponen: { anggaran: 25, fisik: 30, kinerja: 90, p3dn: 80 },
				kekurangan: []
			},
			{
				unit: 'Kecamatan Utara',
				peringkat: null,
				indeks: null,
				zona: null,
				komponen: { anggaran: 25, fisik: 25, kinerja: null, p3dn: 100 },
				kekurangan: ['indikator']
			}
		]);
		expect(tw2!.peringkat.map((b) => [b.unit, b.peringkat, b.indeks, b.kekurangan])).toEqual([
			['Dinas Kesehatan', 1, 75, []],
			['Dinas PUPR', null, null, ['p3dn']],
			['Kecamatan Utara', null, null, ['belum-ada-realisasi']]
		]);
	});

	it('applies --bobot-indeks and refuses weights that do not sum to 100', async () => {
		const r = await run('--bobot-indeks', '25,25,25,25');
		const dinkes = r.json!.periode[0]!.peringkat.find((b) => b.unit === 'Dinas Kesehatan')!;
		expect(dinkes.indeks).toBe(56.25);
		const wrong = await run('--bobot-indeks', '20,20,50,20');
		expect(wrong.code).toBe(2);
		expect(wrong.stderr).toContain('Jumlah bobot keempat komponen harus 100%');
	});

	it('prints the ranking table of the hand-made example file', async () => {
		const r = await score('indeks', 'tests/fixtures/contoh-realisasi.csv');
		expect(r.code).toBe(0);
		expect(r.stdout).toContain('Peringkat Indeks Kinerja OPD — Triwulan II 2026');
		expect(r.stdout).toMatch(/ 1 {2}Dinas Kesehatan +76,37 {2}Hijau/);
		expect(r.stdout).toContain('data P3DN belum lengkap');
	});

	it('names the line of a value that disagrees with an earlier row and exits 1', async () => {
		const content = realisasiCsv(exampleOpd(), { ulangOpd: true }).replace(
			/(Dinas Kesehatan,2026,1,)1\.000\.000\.000(,[^\r\n]*Prevalensi)/,
			'$11.100.000.000$2'
		);
		const r = await score('indeks', file('beda.csv', content));
		expect(r.code).toBe(1);
		expect(r.stderr).toContain(
			'Baris 3, kolom pagu: "1.100.000.000" berbeda dengan baris 2 ("1.000.000.000")'
		);
	});
});
