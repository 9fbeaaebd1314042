import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	POLARITIES,
	UNIT_KINDS,
	type Indikator,
	type JenisLayanan,
	type Populasi,
	type Unit
} from '$lib/domain/schemas';
import { readTableFile } from '$lib/import/table/file';
import { readNumber } from '$lib/import/table/cells';
import { nameKey } from '$lib/import/ids';
import { writeNumber } from '$lib/import/master/cells';
import { exportMaster, template } from '$lib/import/master/file';
import { populasiIdFrom } from '$lib/import/master/populasi';
import type { MasterDocument, MasterKind } from '$lib/domain/master';
import { reference, plan } from './helpers';

const REFERENCE_UNIT = ['dinkes', 'kec-utara', 'kel-sukamaju'];
const PERIODE = ['2025', '2026', '2027'].flatMap((t) => [1, 2, 3, 4].map((w) => `${t}-TW${w}`));

const code = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,24}$/);
/** Text as a valid document holds it: trimmed, not empty. */
const textCell = (max: number) =>
	fc
		.string({ unit: 'grapheme', minLength: 1, maxLength: Math.min(max, 30) })
		.filter((s) => s.trim() === s && s !== '' && s.length <= max);
const figure = fc.oneof(
	fc.constant(0),
	fc.integer({ min: 1, max: 10_000_000_000 }),
	fc.double({ min: 1e-6, max: 1e15, noNaN: true, noDefaultInfinity: true })
);

const units: fc.Arbitrary<Unit[]> = fc
	.uniqueArray(code, { minLength: 1, maxLength: 12, selector: (s) => s })
	.chain((ids) =>
		fc.tuple(
			...ids.map((id, i) =>
				fc.record({
					id: fc.constant(id),
					nama: textCell(200),
					singkatan: fc.oneof(fc.constant(''), textCell(40)),
					jenis: fc.constantFrom(...UNIT_KINDS),
					// A parent among the units before it or on the device: never a circle.
					induk: fc.option(fc.constantFrom(...REFERENCE_UNIT, ...ids.slice(0, i)), {
						nil: undefined
					}),
					dinilaiIndeks: fc.boolean(),
					layananSkm: fc.boolean()
				})
			)
		)
	)
	.map((rows) =>
		rows.map(({ induk: parent, ...u }) => (parent === undefined ? u : { ...u, indukId: parent }))
	);

const jenisLayanan: fc.Arbitrary<JenisLayanan[]> = fc
	.uniqueArray(
		fc.record({
			id: code,
			unitId: fc.constantFrom(...REFERENCE_UNIT),
			nama: textCell(200),
			aktif: fc.boolean()
		}),
		{ maxLength: 12, minLength: 1, selector: (j) => j.id }
	)
	.filter(
		(list) => new Set(list.map((j) => `${j.unitId} ${nameKey(j.nama)}`)).size === list.length
	);

const populasi: fc.Arbitrary<Populasi[]> = fc
	.uniqueArray(
		fc.record({
			unitId: fc.constantFrom(...REFERENCE_UNIT),
			periodeId: fc.constantFrom(...PERIODE),
			jumlah: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER })
		}),
		{ minLength: 1, maxLength: 12, selector: (p) => `${p.unitId} ${p.periodeId}` }
	)
	.map((list) => list.map((p) => ({ id: populasiIdFrom(p.unitId, p.periodeId), ...p })));

const indikator: fc.Arbitrary<Indikator[]> = fc
	.uniqueArray(
		fc.record({
			id: code,
			unitId: fc.constantFrom(...REFERENCE_UNIT),
			tahun: fc.constantFrom(2025, 2026, 2027),
			nama: textCell(300),
			satuan: textCell(40),
			polaritas: fc.constantFrom(...POLARITIES),
			target: fc.tuple(
				fc.option(figure, { nil: null }),
				fc.option(figure, { nil: null }),
				fc.option(figure, { nil: null }),
				fc.option(figure, { nil: null })
			)
		}),
		{ minLength: 1, maxLength: 12, selector: (i) => i.id }
	)
	.filter(
		(list) =>
			new Set(list.map((i) => `${i.unitId} ${i.tahun} ${nameKey(i.nama)}`)).size === list.length
	);

const REFERENCE = reference({
	unitIds: new Set(REFERENCE_UNIT),
	periodeIds: new Set(PERIODE),
	tahun: new Set([2025, 2026, 2027])
});

const byId = <T extends { id: string }>(docs: readonly T[]) =>
	[...docs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

function runImport<J extends MasterKind>(
	kind: J,
	docs: MasterDocument[J][],
	ext: 'csv' | 'xlsx',
	saved: MasterDocument[J][] = []
) {
	const file = exportMaster(kind, docs, ext, '2026-05-01');
	const read = readTableFile(file.nama, file.isi);
	if (!read.ok) throw new Error(`unreadable ${file.nama}`);
	return plan(kind, read.tabel, { ...REFERENCE, tersimpan: saved } as typeof REFERENCE & {
		tersimpan: MasterDocument[J][];
	});
}

describe('export then import', () => {
	const testCases = [
		['unit', units],
		['jenis-layanan', jenisLayanan],
		['populasi', populasi],
		['indikator', indikator]
	] as const;

	for (const [kind, arb] of testCases) {
		for (const ext of ['csv', 'xlsx'] as const) {
			it(`gives back the same ${kind} documents through ${ext.toUpperCase()}`, () => {
				fc.assert(
					fc.property(arb as fc.Arbitrary<MasterDocument[typeof kind][]>, (docs) => {
						const baru = runImport(kind, docs, ext);
						expect(baru.errors).toEqual([]);
						expect(byId(baru.baru)).toEqual(byId(docs));
						const lagi = runImport(kind, docs, ext, docs);
						expect([lagi.baru.length, lagi.berubah.length, lagi.tetap.length]).toEqual([
							0,
							0,
							docs.length
						]);
					}),
					{ numRuns: 60 }
				);
			});
		}
	}
});

describe('the templates', () => {
	for (const kind of ['unit', 'jenis-layanan', 'populasi', 'indikator'] as const) {
		it(`for ${kind} hold the header and an example row that imports cleanly`, () => {
			for (const ext of ['csv', 'xlsx'] as const) {
				const file = template(kind, ext);
				expect(file.nama).toBe(`rapor-templat-${kind}.${ext}`);
				const read = readTableFile(file.nama, file.isi);
				if (!read.ok) throw new Error('unreadable');
				expect(read.tabel.rows).toHaveLength(1);
				const a = reference({
					unitIds: new Set(['dinkes', 'kec-utara', 'kel-sukamaju']),
					periodeIds: new Set(['2026-TW1']),
					tahun: new Set([2026])
				});
				expect(plan(kind, read.tabel, a).errors).toEqual([]);
			}
		});
	}

	it('write CSV the way Excel in the Indonesian locale reads it', () => {
		const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
			template('indikator', 'csv').isi
		);
		expect(text).toBe(
			'\uFEFFid;unit_id;tahun;nama;satuan;polaritas;target_tw1;target_tw2;target_tw3;target_tw4\r\n' +
				';dinkes;2026;Persentase balita stunting;%;negatif;"14,5";14;"13,5";13\r\n'
		);
	});
});

describe('numbers in CSV exports', () => {
	it('use the decimal comma, no grouping and no exponent', () => {
		expect([97.5, 4800, 1e21, 1.5e22, 1e-7, 1.25e-7, -2.5e-8, 0.1 + 0.2].map(writeNumber)).toEqual([
			'97,5',
			'4800',
			'1000000000000000000000',
			'15000000000000000000000',
			'0,0000001',
			'0,000000125',
			'-0,000000025',
			'0,30000000000000004'
		]);
	});

	it('read back as the same number', () => {
		fc.assert(
			fc.property(
				fc.double({ min: -1e300, max: 1e300, noNaN: true, noDefaultInfinity: true }),
				(x) => {
					expect(readNumber(writeNumber(x))).toBe(x === 0 ? 0 : x);
				}
			)
		);
	});
});
