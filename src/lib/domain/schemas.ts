/**
 * One source of truth for every document Rapor stores or exchanges. TypeScript types are inferred
 * from these schemas; the sync server's validate_doc_update mirrors them.
 * Error messages are i18n keys (see src/lib/i18n), never prose.
 */
import { z } from 'zod';
import { UNSUR_KEYS } from './unsur';

export const TAHUN_MIN = 2000;
export const TAHUN_MAX = 2100;

export const idSchema = z
	.string({ error: 'err.id' })
	.min(1, { error: 'err.id' })
	.max(128, { error: 'err.id' })
	.regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, { error: 'err.id' });

export const tahunSchema = z
	.number({ error: 'err.tahun' })
	.int({ error: 'err.tahun' })
	.min(TAHUN_MIN, { error: 'err.tahun' })
	.max(TAHUN_MAX, { error: 'err.tahun' });

export const triwulanSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], {
	error: 'err.triwulan'
});
export type Triwulan = z.infer<typeof triwulanSchema>;

/** A period is one triwulan of one year; its id is "2026-TW1". */
export const periodeSchema = z.object({
	id: z.string().regex(/^\d{4}-TW[1-4]$/, { error: 'err.periode' }),
	tahun: tahunSchema,
	triwulan: triwulanSchema
});
export type Periode = z.infer<typeof periodeSchema>;

export const JENIS_UNIT = [
	'sekretariat',
	'dinas',
	'badan',
	'bagian',
	'kecamatan',
	'kelurahan',
	'puskesmas',
	'upt'
] as const;

export const unitSchema = z.object({
	id: idSchema,
	nama: z.string().trim().min(1, { error: 'err.nama' }).max(200, { error: 'err.nama' }),
	singkatan: z.string().trim().max(40).default(''),
	jenis: z.enum(JENIS_UNIT, { error: 'err.jenisUnit' }),
	/** Parent in the hierarchy, e.g. a kelurahan's kecamatan. */
	indukId: idSchema.optional(),
	/** Ranked in the Indeks Kinerja OPD. */
	dinilaiIndeks: z.boolean(),
	/** Runs the SKM as a service unit. */
	layananSkm: z.boolean()
});
export type Unit = z.infer<typeof unitSchema>;

/** Number of service users of a unit in a period: the N of the Krejcie & Morgan table. */
export const populasiSchema = z.object({
	id: idSchema,
	unitId: idSchema,
	periodeId: periodeSchema.shape.id,
	jumlah: z
		.number({ error: 'err.populasi' })
		.int({ error: 'err.populasi' })
		.min(1, { error: 'err.populasi' })
});
export type Populasi = z.infer<typeof populasiSchema>;

export const skorSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], {
	error: 'err.skor'
});
export type Skor = z.infer<typeof skorSchema>;

/** Answers keyed by unsur; null means the respondent left the question blank. */
export const jawabanSchema = z.object(
	Object.fromEntries(UNSUR_KEYS.map((k) => [k, skorSchema.nullable()])) as Record<
		(typeof UNSUR_KEYS)[number],
		z.ZodNullable<typeof skorSchema>
	>
);
export type Jawaban = z.infer<typeof jawabanSchema>;

export const JENIS_KELAMIN = ['L', 'P'] as const;
export const PENDIDIKAN = ['SD', 'SMP', 'SMA', 'D1-D3', 'D4-S1', 'S2', 'S3'] as const;
export const PEKERJAAN = [
	'PNS',
	'TNI/Polri',
	'Swasta',
	'Wirausaha',
	'Pelajar/Mahasiswa',
	'Lainnya'
] as const;

export const profilSchema = z.object({
	jenisKelamin: z.enum(JENIS_KELAMIN, { error: 'err.jenisKelamin' }).optional(),
	usia: z
		.number({ error: 'err.usia' })
		.int({ error: 'err.usia' })
		.min(10, { error: 'err.usia' })
		.max(120, { error: 'err.usia' })
		.optional(),
	pendidikan: z.enum(PENDIDIKAN, { error: 'err.pendidikan' }).optional(),
	pekerjaan: z.enum(PEKERJAAN, { error: 'err.pekerjaan' }).optional()
});
export type Profil = z.infer<typeof profilSchema>;

/** ISO 8601 date-time with an explicit offset, so WIB/WITA/WIT are never ambiguous. */
export const waktuSchema = z.iso.datetime({ offset: true, error: 'err.tanggal' });

export const SUMBER_RESPONS = ['enumerator', 'kiosk', 'impor', 'demo'] as const;

export const skmResponseSchema = z.object({
	id: idSchema,
	unitId: idSchema,
	periodeId: periodeSchema.shape.id,
	/** When the citizen answered, device time with its offset. */
	waktu: waktuSchema,
	jawaban: jawabanSchema,
	profil: profilSchema,
	jenisLayanan: z.string().trim().max(200).optional(),
	saran: z.string().max(2000, { error: 'err.saran' }).optional(),
	kuesionerVersi: z.string().min(1),
	sumber: z.enum(SUMBER_RESPONS)
});
export type SkmResponse = z.infer<typeof skmResponseSchema>;

export const POLARITAS = ['positif', 'negatif'] as const;
export type Polaritas = (typeof POLARITAS)[number];

const nonNegative = (key: string) =>
	z.number({ error: key }).refine(Number.isFinite, { error: key }).min(0, { error: key });

/** A program performance indicator of an OPD for one year, with a cumulative target per triwulan. */
export const indikatorSchema = z.object({
	id: idSchema,
	unitId: idSchema,
	tahun: tahunSchema,
	nama: z.string().trim().min(1, { error: 'err.nama' }).max(300),
	satuan: z.string().trim().min(1, { error: 'err.satuan' }).max(40),
	polaritas: z.enum(POLARITAS, { error: 'err.polaritas' }),
	/** target[0] is TW I … target[3] is TW IV; null when no target is set for that triwulan. */
	target: z.tuple([
		nonNegative('err.target').nullable(),
		nonNegative('err.target').nullable(),
		nonNegative('err.target').nullable(),
		nonNegative('err.target').nullable()
	])
});
export type Indikator = z.infer<typeof indikatorSchema>;

/** One OPD's cumulative realisation up to the end of one triwulan. */
export const realisasiSchema = z.object({
	id: idSchema,
	unitId: idSchema,
	periodeId: periodeSchema.shape.id,
	/** Rupiah; null until entered. */
	pagu: nonNegative('err.pagu').nullable(),
	realisasiAnggaran: nonNegative('err.realisasiAnggaran').nullable(),
	/** Physical progress, 0–100 %. */
	realisasiFisik: nonNegative('err.realisasiFisik')
		.max(100, { error: 'err.realisasiFisik' })
		.nullable(),
	/** P3DN: realised spending on domestic products, the PDN commitment, and total procurement (Rupiah). */
	p3dn: z.object({
		realisasiPdn: nonNegative('err.p3dn').nullable(),
		komitmenPdn: nonNegative('err.p3dn').nullable(),
		totalPengadaan: nonNegative('err.p3dn').nullable()
	}),
	indikator: z.array(
		z.object({ indikatorId: idSchema, realisasi: nonNegative('err.realisasiIndikator').nullable() })
	),
	status: z.enum(['draft', 'diajukan', 'diverifikasi']),
	catatan: z.string().max(2000).optional()
});
export type Realisasi = z.infer<typeof realisasiSchema>;

const persen = (key: string) =>
	z.number({ error: key }).min(0, { error: key }).max(100, { error: key });

export const bobotIndeksSchema = z
	.object({
		anggaran: persen('err.bobot'),
		fisik: persen('err.bobot'),
		kinerja: persen('err.bobot'),
		p3dn: persen('err.bobot')
	})
	.refine((b) => Math.abs(b.anggaran + b.fisik + b.kinerja + b.p3dn - 100) < 1e-9, {
		error: 'err.bobotTotal'
	});
export type BobotIndeks = z.infer<typeof bobotIndeksSchema>;

export const pengaturanSchema = z.object({
	bobotIndeks: bobotIndeksSchema,
	/** Cap applied to each component and indicator capaian before it enters the index (100 or e.g. 120). */
	batasCapaian: z
		.number({ error: 'err.batasCapaian' })
		.min(100, { error: 'err.batasCapaian' })
		.max(200, { error: 'err.batasCapaian' }),
	/** `selisih`: (2 − realisasi/target) × 100 floored at 0; `rasio`: target / realisasi × 100. */
	rumusNegatif: z.enum(['selisih', 'rasio']),
	/** `komitmen`: realisasi PDN / komitmen PDN; `pangsa`: realisasi PDN / total pengadaan. */
	rumusP3dn: z.enum(['komitmen', 'pangsa']),
	zona: z
		.object({ hijau: persen('err.zona'), kuning: persen('err.zona') })
		.refine((z) => z.kuning < z.hijau, { error: 'err.zona' }),
	/** `eksak`: bobot 1/9; `dibulatkan`: the 0,111 printed in many published reports. */
	bobotSkm: z.enum(['eksak', 'dibulatkan']),
	/** `rerata-unit`: mean of unit IKM values; `gabungan`: all respondents pooled. */
	ikmPemda: z.enum(['rerata-unit', 'gabungan']),
	penomoranUnsur: z.enum(['permen', 'kuesioner'])
});
export type Pengaturan = z.infer<typeof pengaturanSchema>;

export const PENGATURAN_BAWAAN: Pengaturan = {
	bobotIndeks: { anggaran: 20, fisik: 20, kinerja: 50, p3dn: 10 },
	batasCapaian: 100,
	rumusNegatif: 'selisih',
	rumusP3dn: 'komitmen',
	zona: { hijau: 76, kuning: 51 },
	bobotSkm: 'eksak',
	ikmPemda: 'rerata-unit',
	penomoranUnsur: 'permen'
};
