import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import {
	readSettings,
	readUser,
	validId,
	validPeriodeId,
	invalidBobot,
	validTime
} from '$lib/domain/check';
import { readServerCounts } from '$lib/state/unit-count-cache';
import {
	bobotIndeksSchema,
	idSchema,
	DEFAULT_SETTINGS,
	settingsSchema,
	userSchema,
	periodeSchema,
	timeSchema
} from '$lib/domain/schemas';

const randomName = fc.oneof(
	fc.string({ maxLength: 110 }),
	fc.constantFrom('', '   ', ' Sari ', 'a'.repeat(100), ` ${'a'.repeat(100)} `, 'a'.repeat(101)),
	fc.integer()
);
const randomId = fc.oneof(
	fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,10}$/),
	fc.constantFrom('', '-x', 'a b', 'x'.repeat(128), 'x'.repeat(129), 'dinkes\n'),
	fc.string({ maxLength: 6 })
);
const randomUser = fc.oneof(
	fc.record(
		{
			nama: randomName,
			peran: fc.oneof(
				fc.constantFrom('admin', 'enumerator', 'opd', 'reviewer', 'ADMIN'),
				fc.anything()
			),
			unitIds: fc.oneof(fc.array(randomId, { maxLength: 3 }), fc.constant('dinkes'), fc.anything()),
			lain: fc.anything()
		},
		{ requiredKeys: [] }
	),
	fc.anything()
);

function perZod(value: unknown) {
	const parsed = userSchema.safeParse(value);
	return parsed.success ? parsed.data : null;
}

// Property runs on a busy 2-core machine: generous timeout, no timing asserted.
describe(
	'the zod-free read-time checks accept exactly what the zod schemas accept',
	{ timeout: 60_000 },
	() => {
		it('reads a stored user like penggunaSchema: same users accepted, name trimmed, extra fields dropped', () => {
			fc.assert(
				fc.property(randomUser, (value) => {
					expect(readUser(value)).toEqual(perZod(value));
				}),
				{ numRuns: 600 }
			);
		});

		it('refuses an OPD user with no or several units, and a user of an unknown role', () => {
			expect(readUser({ nama: 'Sari', peran: 'opd', unitIds: [] })).toBeNull();
			expect(readUser({ nama: 'Sari', peran: 'opd', unitIds: ['a', 'b'] })).toBeNull();
			expect(readUser({ nama: 'Sari', peran: 'bupati', unitIds: [] })).toBeNull();
			expect(readUser({ nama: ' Sari ', peran: 'opd', unitIds: ['dinkes'], x: 1 })).toEqual({
				nama: 'Sari',
				peran: 'opd',
				unitIds: ['dinkes']
			});
		});

		it('checks ids and period ids like idSchema and the periode id pattern', () => {
			fc.assert(
				fc.property(fc.oneof(randomId, fc.anything()), (value) => {
					expect(validId(value)).toBe(idSchema.safeParse(value).success);
				})
			);
			const periodeAcak = fc.oneof(
				fc.stringMatching(/^\d{4}-TW[0-5]$/),
				fc.constantFrom('2026-TW1 ', '226-TW1', '2026-tw1'),
				fc.anything()
			);
			fc.assert(
				fc.property(periodeAcak, (value) => {
					expect(validPeriodeId(value)).toBe(periodeSchema.shape.id.safeParse(value).success);
				})
			);
		});

		it('judges index weights like bobotIndeksSchema, with the same message key', () => {
			const bobot = fc.oneof(fc.integer({ min: -5, max: 105 }), fc.double(), fc.constant('20'));
			const bobotAcak = fc.oneof(
				fc.record(
					{ anggaran: bobot, fisik: bobot, kinerja: bobot, p3dn: bobot, lain: fc.integer() },
					{ requiredKeys: ['anggaran', 'fisik', 'kinerja', 'p3dn'] }
				),
				fc
					.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }))
					.map(([a, f]) => ({ anggaran: a, fisik: f, kinerja: 100 - a - f, p3dn: 0 })),
				fc.anything()
			);
			fc.assert(
				fc.property(bobotAcak, (value) => {
					const parsed = bobotIndeksSchema.safeParse(value);
					const key = invalidBobot(value);
					expect(key === null).toBe(parsed.success);
					const zodKey = parsed.error?.issues[0]?.message;
					if (key && zodKey?.startsWith('err.')) expect(key).toBe(zodKey);
				}),
				{ numRuns: 600 }
			);
			expect(invalidBobot({ anggaran: 20, fisik: 20, kinerja: 50, p3dn: 10 })).toBeNull();
			expect(invalidBobot({ anggaran: 20, fisik: 20, kinerja: 50, p3dn: 20 })).toBe(
				'err.bobotTotal'
			);
		});

		it('reads stored settings like pengaturanSchema, so broken ones still fall back to the defaults', () => {
			const number = fc.oneof(fc.integer({ min: -10, max: 210 }), fc.double(), fc.constant('100'));
			const choose = <T>(...value: T[]) => fc.oneof(fc.constantFrom(...value), fc.anything());
			const pengaturanAcak = fc.oneof(
				fc.record(
					{
						bobotIndeks: fc.oneof(
							fc.constant(DEFAULT_SETTINGS.bobotIndeks),
							fc.constant({ anggaran: 25, fisik: 25, kinerja: 40, p3dn: 10 }),
							fc.constant({ anggaran: 25, fisik: 25, kinerja: 40, p3dn: 20 }),
							fc.anything()
						),
						batasCapaian: fc.oneof(fc.constantFrom(100, 120, 200), number),
						rumusNegatif: choose('selisih', 'rasio'),
						rumusP3dn: choose('komitmen', 'pangsa'),
						zona: fc.oneof(
							fc.record({ hijau: number, kuning: number }),
							fc.constant({ hijau: 76, kuning: 51 }),
							fc.constant({ hijau: 76, kuning: 51, merah: 10 }),
							fc.anything()
						),
						bobotSkm: choose('eksak', 'dibulatkan'),
						ikmPemda: choose('rerata-unit', 'gabungan'),
						penomoranUnsur: choose('permen', 'kuesioner'),
						lain: fc.integer()
					},
					{ requiredKeys: [] }
				),
				fc.constant(DEFAULT_SETTINGS),
				fc.anything()
			);
			let received = 0;
			fc.assert(
				fc.property(pengaturanAcak, (value) => {
					const parsed = settingsSchema.safeParse(value);
					if (parsed.success) received++;
					expect(readSettings(value)).toEqual(parsed.success ? parsed.data : null);
				}),
				{ numRuns: 1_000 }
			);
			expect(received).toBeGreaterThan(0);
			expect(readSettings(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
			expect(readSettings(DEFAULT_SETTINGS)).not.toBe(DEFAULT_SETTINGS);
		});

		it('checks date-times like waktuSchema, and the server counts like the zod schema they replaced', () => {
			const waktuAcak = fc.oneof(
				fc
					.date({ min: new Date('1999-01-01'), max: new Date('2101-01-01'), noInvalidDate: true })
					.map((d) => d.toISOString()),
				fc.constantFrom(
					'2026-01-05T08:00:00+07:00',
					'2026-01-05T08:00+07:00',
					'2026-01-05T08:00:00',
					'2026-02-29T08:00:00Z',
					'2024-02-29T23:59:59.5-09:30',
					'2026-01-05T24:00:00Z',
					'2026-01-05 08:00:00Z',
					'2026-01-05T08:00:00+0700'
				),
				fc.string({ maxLength: 30 })
			);
			fc.assert(
				fc.property(waktuAcak, (value) => {
					expect(validTime(value)).toBe(timeSchema.safeParse(value).success);
				}),
				{ numRuns: 600 }
			);
			const zodLama = z.object({
				periode: periodeSchema.shape.id,
				waktu: z.iso.datetime({ offset: true }),
				unit: z.record(z.string(), z.number().int().min(0))
			});
			const jumlahAcak = fc.oneof(
				fc.record(
					{
						periode: fc.constantFrom('2026-TW1', '2026-TW5', 'x'),
						waktu: waktuAcak,
						unit: fc.oneof(
							fc.dictionary(
								fc.string({ maxLength: 5 }),
								fc.oneof(fc.nat(), fc.integer(), fc.double())
							),
							fc.anything()
						),
						lain: fc.anything()
					},
					{ requiredKeys: [] }
				),
				fc.anything()
			);
			fc.assert(
				fc.property(jumlahAcak, (value) => {
					const parsed = zodLama.safeParse(value);
					expect(readServerCounts(value)).toEqual(parsed.success ? parsed.data : null);
				}),
				{ numRuns: 600 }
			);
		});
	}
);
