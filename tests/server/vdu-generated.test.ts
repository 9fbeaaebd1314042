/**
 * The schema part of validate_doc_update is generated from the zod schemas at setup: a changed
 * schema changes what the server accepts, and what the generator cannot mirror stops it instead
 * of slipping through.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { UNIT_KINDS, unitSchema } from '../../src/lib/domain/schemas.ts';
import { databaseSchemaSource, validationSource } from '../../sync-server/design/index.ts';
import { REFINEMEN, schemaSource } from '../../sync-server/design/schema.ts';
import {
	runValidation,
	compileValidation,
	type ValidationResult
} from '../../sync-server/couch/vdu.ts';

const ADMIN = { name: 'admin', roles: ['_admin'] };
const LIB = readFileSync(join(import.meta.dirname, '../../sync-server/design/lib.js'), 'utf8');

/** The generated checks of one schema, run the way the server runs its function. */
function validator(schema: z.core.$ZodType): (doc: unknown) => ValidationResult {
	const fn = compileValidation(
		'function (doc) {\nvar BATAS_DOKUMEN = 100000;\n' +
			`${LIB}\n${schemaSource({ contoh: schema })}\nSKEMA.contoh(doc, '');\n}`
	);
	return (doc) => runValidation([fn], doc, null, ADMIN, {});
}

const color = (choice: [string, ...string[]]) =>
	z.strictObject({ warna: z.enum(choice, { error: 'err.warna' }) });

describe('the generated schema checks follow the zod schemas', () => {
	it('accepts and refuses by the enum the schema has now', () => {
		const old = validator(color(['merah', 'hijau']));
		const baru = validator(color(['merah', 'biru']));
		expect(old({ warna: 'hijau' })).toEqual({ ok: true });
		expect(old({ warna: 'biru' })).toMatchObject({
			ok: false,
			status: 403,
			reason: 'err.warna @warna: must be one of merah or hijau'
		});
		expect(baru({ warna: 'biru' })).toEqual({ ok: true });
		expect(baru({ warna: 'hijau' })).toMatchObject({ ok: false, status: 403 });
	});

	it('lets a new kind of unit reach the server with the schema that adds it', () => {
		const unit = {
			_id: 'unit:rsud-1',
			type: 'unit',
			id: 'rsud-1',
			nama: 'RSUD Wiradesa',
			jenis: 'rsud',
			dinilaiIndeks: true,
			layananSkm: true
		};
		const master = compileValidation(validationSource('master'));
		expect(runValidation([master], unit, null, ADMIN, {})).toMatchObject({
			ok: false,
			reason: expect.stringMatching(/^err\.jenisUnit @jenis: /)
		});
		const denganRsud = unitSchema.extend({
			jenis: z.enum([...UNIT_KINDS, 'rsud'], { error: 'err.jenisUnit' }),
			_id: z.string(),
			type: z.literal('unit')
		});
		expect(validator(denganRsud)(unit)).toEqual({ ok: true });
	});

	it('keeps the bounds, lengths and keys of the schema in its refusals', () => {
		const check = validator(
			z.strictObject({
				usia: z.number({ error: 'err.usia' }).int().min(10).max(120),
				hari: z.int().optional(),
				nama: z.string().trim().min(1, { error: 'err.nama' }).max(5),
				daftar: z.array(z.string()).max(2).optional()
			})
		);
		expect(check({ usia: 30, nama: ' Ani ' })).toEqual({ ok: true });
		expect(check({ usia: 9.5, nama: 'Ani' })).toMatchObject({
			reason: 'err.usia @usia: must be a whole number'
		});
		expect(check({ usia: 30, nama: 'Ani', hari: 1.5 })).toMatchObject({
			reason: 'err.tidakValid @hari: must be a whole number'
		});
		expect(check({ usia: 121, nama: 'Ani' })).toMatchObject({
			reason: 'err.usia @usia: must be between 10 and 120'
		});
		expect(check({ usia: 30, nama: '   ' })).toMatchObject({
			reason: 'err.nama @nama: is required'
		});
		expect(check({ usia: 30, nama: 'Ani', daftar: ['a', 'b', 'c'] })).toMatchObject({
			reason: 'err.tidakValid @daftar: may have at most 2 items'
		});
		expect(check({ usia: 30, nama: 'Ani', nik: '3201' })).toMatchObject({
			reason: 'err.tidakValid @nik: is not a field of this document'
		});
	});

	it('stops with the place named when a refinement has no hand-written ES5 twin', () => {
		const schema = z.strictObject({
			jam: z.number().refine((n) => n % 2 === 0, { error: 'err.genap' })
		});
		expect(() => schemaSource({ contoh: schema })).toThrow(/err\.genap@jam/);
	});

	it('stops on what zod does that a server cannot mirror: transforms and dropped fields', () => {
		const transform = z.strictObject({ nama: z.string().transform((s) => s.toUpperCase()) });
		expect(() => schemaSource({ contoh: transform })).toThrow(/at "nama"/);
		const stripping = z.object({ nama: z.string() });
		expect(() => schemaSource({ contoh: stripping })).toThrow(/non-strict object/);
		const exclusive = z.strictObject({ jumlah: z.number().positive() });
		expect(() => schemaSource({ contoh: exclusive })).toThrow(/greater_than at "jumlah"/);
		const refinedOptional = z.strictObject({
			catatan: z
				.string()
				.optional()
				.refine((s) => s !== 'x')
		});
		expect(() => schemaSource({ contoh: refinedOptional })).toThrow(/refinement .* "catatan"/);
	});

	it('calls every hand-written refinement check, and each one exists', () => {
		const all = ['master', 'skm', 'realisasi'] as const;
		const source = all.map(databaseSchemaSource).join('\n');
		for (const fungsi of Object.values(REFINEMEN)) expect(source).toContain(`${fungsi}(v, `);
		const khusus = readFileSync(
			join(import.meta.dirname, '../../sync-server/design/refinements.js'),
			'utf8'
		);
		for (const fungsi of Object.values(REFINEMEN).filter((f) => f !== 'cekUkuran')) {
			expect(khusus).toContain(`function ${fungsi}(`);
		}
	});
});
