/**
 * One source of truth for every document Rapor stores or exchanges. TypeScript types are inferred
 * from these schemas; the sync server's validate_doc_update mirrors them.
 * Error messages are i18n keys (see src/lib/i18n), never prose. Objects are strict: a field the
 * schema does not name is refused, not dropped, so nothing unknown is stored or synced. Lengths come
 * from ./batas.ts.
 */
import { z } from 'zod';
import { ARRAY_LIMIT, TEXT_LIMIT } from './limits';
import { CLOCK_SOURCES } from './clock';
import {
	SEXES,
	UNIT_KINDS,
	OCCUPATIONS,
	EDUCATION_LEVELS,
	ROLES,
	POLARITIES,
	MAX_CLOCK_DIFFERENCE_MINUTES,
	REALISASI_STATUSES,
	RESPONSE_SOURCES,
	RTL_PROGRESS,
	YEAR_MAX,
	YEAR_MIN
} from './constants';
import { hasUnsurAnswer, UNSUR_KEYS } from './unsur';

export * from './constants';

/**
 * The server's Content-Security-Policy forbids eval (sync-server/http/security-headers.ts); zod
 * would otherwise probe `new Function` on its first parse to decide whether to compile its
 * parsers, and even caught, that probe is reported as a CSP violation. Without eval zod parses
 * the same, only without that compilation. Every module of the app that parses with zod imports
 * this one, so the setting is in place before the first parse.
 */
z.config({ jitless: true });

export const idSchema = z
	.string({ error: 'err.id' })
	.min(1, { error: 'err.id' })
	.max(128, { error: 'err.id' })
	.regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, { error: 'err.id' });

export const yearSchema = z
	.number({ error: 'err.tahun' })
	.int({ error: 'err.tahun' })
	.min(YEAR_MIN, { error: 'err.tahun' })
	.max(YEAR_MAX, { error: 'err.tahun' });

export const triwulanSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], {
	error: 'err.triwulan'
});
export type Triwulan = z.infer<typeof triwulanSchema>;

/** A period is one triwulan of one year; its id is "2026-TW1". */
export const periodeSchema = z.strictObject({
	id: z.string().regex(/^\d{4}-TW[1-4]$/, { error: 'err.periode' }),
	tahun: yearSchema,
	triwulan: triwulanSchema
});
export type Periode = z.infer<typeof periodeSchema>;

export const unitSchema = z.strictObject({
	id: idSchema,
	nama: z.string().trim().min(1, { error: 'err.nama' }).max(200, { error: 'err.nama' }),
	singkatan: z.string().trim().max(40).default(''),
	jenis: z.enum(UNIT_KINDS, { error: 'err.jenisUnit' }),
	/** Parent in the hierarchy, e.g. a kelurahan's kecamatan. */
	indukId: idSchema.optional(),
	/** Ranked in the Indeks Kinerja OPD. */
	dinilaiIndeks: z.boolean(),
	/** Runs the SKM as a service unit. */
	layananSkm: z.boolean()
});
export type Unit = z.infer<typeof unitSchema>;

/** Number of service users of a unit in a period: the N of the Krejcie & Morgan table. */
export const populasiSchema = z.strictObject({
	id: idSchema,
	unitId: idSchema,
	periodeId: periodeSchema.shape.id,
	jumlah: z
		.number({ error: 'err.populasi' })
		.int({ error: 'err.populasi' })
		.min(1, { error: 'err.populasi' })
});
export type Populasi = z.infer<typeof populasiSchema>;

export const scoreSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], {
	error: 'err.skor'
});
export type Score = z.infer<typeof scoreSchema>;

/** Answers keyed by unsur; null means the respondent left the question blank. */
export const answerSchema = z.strictObject(
	Object.fromEntries(UNSUR_KEYS.map((k) => [k, scoreSchema.nullable()])) as Record<
		(typeof UNSUR_KEYS)[number],
		z.ZodNullable<typeof scoreSchema>
	>
);
export type Answer = z.infer<typeof answerSchema>;

export const profilSchema = z.strictObject({
	jenisKelamin: z.enum(SEXES, { error: 'err.jenisKelamin' }).optional(),
	usia: z
		.number({ error: 'err.usia' })
		.int({ error: 'err.usia' })
		.min(10, { error: 'err.usia' })
		.max(120, { error: 'err.usia' })
		.optional(),
	pendidikan: z.enum(EDUCATION_LEVELS, { error: 'err.pendidikan' }).optional(),
	pekerjaan: z.enum(OCCUPATIONS, { error: 'err.pekerjaan' }).optional()
});
export type Profil = z.infer<typeof profilSchema>;

/** ISO 8601 date-time with an explicit offset, so WIB/WITA/WIT are never ambiguous. */
export const timeSchema = z.iso.datetime({ offset: true, error: 'err.tanggal' });

export const locationSchema = z.strictObject({
	lat: z.number().min(-90).max(90),
	lon: z.number().min(-180).max(180),
	/** Metres. */
	akurasi: z.number().min(0)
});

export const extraAnswerSchema = z.union([
	z.number().int().min(1).max(10),
	z.string().max(TEXT_LIMIT.jawabanTambahan),
	z.array(z.string().max(TEXT_LIMIT.pilihanTambahan)).max(ARRAY_LIMIT.pilihanTambahan)
]);

/** The id of a unit's own question (extraQuestionSchema), which keys its answer. */
export const extraIdSchema = z.string().regex(/^[a-z0-9-]{1,40}$/, { error: 'err.id' });

/** Answers to a unit's own questions, by question id: at most one per question of a questionnaire. */
export const extraAnswerMapSchema = z
	.record(extraIdSchema, extraAnswerSchema)
	.refine((m) => Object.keys(m).length <= ARRAY_LIMIT.jawabanTambahan, {
		error: 'err.tidakValid'
	});

/**
 * On a response recorded while the device clock was off by more than a few minutes (./jam.ts):
 * what the device clock showed, how far off it was, and what told (`server`: the response's waktu
 * is the server's time; otherwise waktu is the device's and the device was at least this far behind).
 */
export const deviceClockSchema = z.strictObject({
	waktu: timeSchema,
	selisihMenit: z
		.number({ error: 'err.tidakValid' })
		.int({ error: 'err.tidakValid' })
		.min(-MAX_CLOCK_DIFFERENCE_MINUTES, { error: 'err.tidakValid' })
		.max(MAX_CLOCK_DIFFERENCE_MINUTES, { error: 'err.tidakValid' }),
	sumber: z.enum(CLOCK_SOURCES)
});
export type DeviceClock = z.infer<typeof deviceClockSchema>;

export const skmResponseObject = z.strictObject({
	id: idSchema,
	unitId: idSchema,
	periodeId: periodeSchema.shape.id,
	/** When the citizen answered, device time with its offset. */
	waktu: timeSchema,
	jawaban: answerSchema,
	profil: profilSchema,
	jenisLayanan: z.string().trim().max(200).optional(),
	saran: z.string().max(TEXT_LIMIT.saran, { error: 'err.saran' }).optional(),
	kuesionerVersi: z.string().min(1).max(TEXT_LIMIT.kuesionerVersi),
	sumber: z.enum(RESPONSE_SOURCES),
	/** Who interviewed (absent for kiosk, import and demo responses). */
	enumerator: z.string().trim().min(1).max(100).optional(),
	/** The device that recorded it (a stable random id per browser profile). */
	perangkatId: idSchema.optional(),
	/** Only when the enumerator allowed location access. */
	lokasi: locationSchema.optional(),
	/** Answers to the unit's own questions, by question id; never part of the nine-unsur score. */
	jawabanTambahan: extraAnswerMapSchema.optional(),
	/** Only when the device clock was known to be wrong. */
	jamPerangkat: deviceClockSchema.optional()
});

/** A response answers at least one of the nine unsur (the CLI import refuses the same rows). */
export const responseRules = <T extends z.ZodType<{ jawaban: Answer }>>(schema: T) =>
	schema.refine((r) => hasUnsurAnswer(r.jawaban), {
		error: 'err.tanpaJawaban',
		path: ['jawaban']
	});

export const skmResponseSchema = responseRules(skmResponseObject);
export type SkmResponse = z.infer<typeof skmResponseSchema>;

export const skmKoreksiObject = z.strictObject({
	id: idSchema,
	responseId: idSchema,
	jenis: z.enum(['koreksi', 'batal']),
	waktu: timeSchema,
	oleh: z.string().trim().min(1, { error: 'err.oleh' }).max(TEXT_LIMIT.namaAkun),
	alasan: z.string().trim().max(TEXT_LIMIT.alasan).optional(),
	/** The corrected fields; absent fields keep the response's values. */
	jawaban: answerSchema.optional(),
	profil: profilSchema.optional(),
	saran: z.string().max(TEXT_LIMIT.saran, { error: 'err.saran' }).optional(),
	jenisLayanan: z.string().trim().max(200).optional()
});

type KoreksiCore = z.infer<typeof skmKoreksiObject>;

/** A void needs a reason; a correction changes at least one field. */
export const koreksiRules = <T extends z.ZodType<KoreksiCore>>(schema: T) =>
	schema
		.refine((k) => k.jenis !== 'batal' || (k.alasan ?? '').length >= 3, {
			error: 'err.alasanBatal',
			path: ['alasan']
		})
		.refine(
			(k) =>
				k.jenis !== 'koreksi' ||
				k.jawaban !== undefined ||
				k.profil !== undefined ||
				k.saran !== undefined ||
				k.jenisLayanan !== undefined,
			{ error: 'err.koreksiKosong' }
		);

/**
 * A correction or a void of a saved response. Responses are never edited in place: a correction
 * is a separate document pointing at the response (so no sync conflict can arise on a response),
 * and a void keeps the response as a tombstone with its reason; the score excludes it.
 */
export const skmKoreksiSchema = koreksiRules(skmKoreksiObject);
export type SkmKoreksi = z.infer<typeof skmKoreksiSchema>;

const nonNegative = (key: string) =>
	z.number({ error: key }).refine(Number.isFinite, { error: key }).min(0, { error: key });

/** A program performance indicator of an OPD for one year, with a cumulative target per triwulan. */
export const indikatorSchema = z.strictObject({
	id: idSchema,
	unitId: idSchema,
	tahun: yearSchema,
	nama: z.string().trim().min(1, { error: 'err.nama' }).max(300),
	satuan: z.string().trim().min(1, { error: 'err.satuan' }).max(40),
	polaritas: z.enum(POLARITIES, { error: 'err.polaritas' }),
	/** target[0] is TW I … target[3] is TW IV; null when no target is set for that triwulan. */
	target: z.tuple([
		nonNegative('err.target').nullable(),
		nonNegative('err.target').nullable(),
		nonNegative('err.target').nullable(),
		nonNegative('err.target').nullable()
	])
});
export type Indikator = z.infer<typeof indikatorSchema>;

export const historyEntrySchema = z.strictObject({
	waktu: timeSchema,
	oleh: z.string().trim().min(1).max(100),
	aksi: z.enum([
		'simpan',
		'ajukan',
		'verifikasi',
		'kembalikan',
		'buka-kembali',
		'ubah-admin',
		'impor'
	]),
	/** The admin's reason when returning or reopening an entry, or any remark. */
	catatan: z.string().max(2000).optional()
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/** One OPD's cumulative realisation up to the end of one triwulan. */
export const realisasiSchema = z.strictObject({
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
	p3dn: z.strictObject({
		realisasiPdn: nonNegative('err.p3dn').nullable(),
		komitmenPdn: nonNegative('err.p3dn').nullable(),
		totalPengadaan: nonNegative('err.p3dn').nullable()
	}),
	indikator: z
		.array(
			z.strictObject({
				indikatorId: idSchema,
				realisasi: nonNegative('err.realisasiIndikator').nullable(),
				catatan: z.string().max(TEXT_LIMIT.catatanItem).optional()
			})
		)
		.max(ARRAY_LIMIT.indikatorRealisasi, { error: 'err.indikatorTerlaluBanyak' }),
	status: z.enum(REALISASI_STATUSES),
	/** Notes per item of the form: 'anggaran', 'fisik', 'p3dn' (indicator notes sit on the indicator). */
	catatanItem: z.record(z.enum(['anggaran', 'fisik', 'p3dn']), z.string().max(1000)).optional(),
	catatan: z.string().max(2000).optional(),
	/** Who changed what and when, oldest first; never rewritten, only appended to. */
	riwayat: z.array(historyEntrySchema).max(ARRAY_LIMIT.riwayat).optional()
});
export type Realisasi = z.infer<typeof realisasiSchema>;

const percent = (key: string) =>
	z.number({ error: key }).min(0, { error: key }).max(100, { error: key });

export const bobotIndeksSchema = z
	.strictObject({
		anggaran: percent('err.bobot'),
		fisik: percent('err.bobot'),
		kinerja: percent('err.bobot'),
		p3dn: percent('err.bobot')
	})
	.refine((b) => Math.abs(b.anggaran + b.fisik + b.kinerja + b.p3dn - 100) < 1e-9, {
		error: 'err.bobotTotal'
	});
export type BobotIndeks = z.infer<typeof bobotIndeksSchema>;

export const settingsSchema = z.strictObject({
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
		.strictObject({ hijau: percent('err.zona'), kuning: percent('err.zona') })
		.refine((z) => z.kuning < z.hijau, { error: 'err.zona' }),
	/** `eksak`: bobot 1/9; `dibulatkan`: the 0,111 printed in many published reports. */
	bobotSkm: z.enum(['eksak', 'dibulatkan']),
	/** `rerata-unit`: mean of unit IKM values; `gabungan`: all respondents pooled. */
	ikmPemda: z.enum(['rerata-unit', 'gabungan']),
	penomoranUnsur: z.enum(['permen', 'kuesioner'])
});
export type Settings = z.infer<typeof settingsSchema>;

export const jenisLayananSchema = z.strictObject({
	id: idSchema,
	unitId: idSchema,
	nama: z.string().trim().min(1, { error: 'err.nama' }).max(200, { error: 'err.nama' }),
	aktif: z.boolean()
});
export type JenisLayanan = z.infer<typeof jenisLayananSchema>;

/** Text in both UI languages; Bahasa Indonesia is required, English falls back to it. */
export const bilingualTextSchema = z.strictObject({
	id: z.string().trim().min(1, { error: 'err.teks' }).max(500),
	en: z.string().trim().max(500).optional()
});
export type BilingualText = z.infer<typeof bilingualTextSchema>;

export const unsurQuestionSchema = z.strictObject({
	pertanyaan: bilingualTextSchema,
	/** The four answers, worst (score 1) to best (score 4). */
	pilihan: z.tuple([
		bilingualTextSchema,
		bilingualTextSchema,
		bilingualTextSchema,
		bilingualTextSchema
	])
});

/** A unit's own question: never part of the nine-unsur score. */
export const extraQuestionSchema = z.strictObject({
	id: z.string().regex(/^[a-z0-9-]{1,40}$/, { error: 'err.id' }),
	jenis: z.enum(['skala', 'pilihan', 'teks']),
	pertanyaan: bilingualTextSchema,
	/** For 'pilihan': the choices; for 'skala': labels of the scale points (2–10). */
	pilihan: z.array(bilingualTextSchema).max(20).optional(),
	ganda: z.boolean().optional(),
	wajib: z.boolean()
});
export type ExtraQuestion = z.infer<typeof extraQuestionSchema>;

/**
 * A questionnaire version. Versions are immutable once a response uses them: editing creates a new
 * version, and old responses keep (and still score by) their own.
 */
export const kuesionerSchema = z.strictObject({
	id: idSchema,
	nama: z.string().trim().min(1, { error: 'err.nama' }).max(200),
	/** Absent: the pemda-wide questionnaire; present: only for that unit. */
	unitId: idSchema.optional(),
	dibuat: timeSchema,
	unsur: z.strictObject(
		Object.fromEntries(UNSUR_KEYS.map((k) => [k, unsurQuestionSchema])) as Record<
			(typeof UNSUR_KEYS)[number],
			typeof unsurQuestionSchema
		>
	),
	tambahan: z.array(extraQuestionSchema).max(30)
});
export type Kuesioner = z.infer<typeof kuesionerSchema>;

/** A calendar date, "YYYY-MM-DD" (zod's ISO date; the server mirrors its exact pattern). */
export const dateSchema = z.iso.date({ error: 'err.tanggal' });

const accountNameSchema = z.string().trim().min(1, { error: 'err.oleh' }).max(100);

/**
 * A follow-up noted in a coordination meeting (rakor) for one OPD: what is to be done, which
 * official noted it and when, an optional due date, and whether it is done. Officials (admin,
 * reviewer) write and edit notes; the OPD's own staff only mark them done
 * (docs/decisions/0002-database-layout-and-roles.md).
 */
export const catatanRakorSchema = z.strictObject({
	id: idSchema,
	/** The OPD that is to follow up. */
	unitId: idSchema,
	/** The triwulan the meeting reviewed. */
	periodeId: periodeSchema.shape.id,
	teks: z
		.string()
		.trim()
		.min(1, { error: 'err.teksCatatan' })
		.max(2000, { error: 'err.teksCatatan' }),
	/** Who wrote it: the official's user name; never changes. */
	oleh: accountNameSchema,
	/** When it was written, device time with its offset; never changes. */
	waktu: timeSchema,
	/** Optional due date. */
	tenggat: dateSchema.optional(),
	selesai: z.boolean(),
	/** The latest change after it was written (an edit, or marking it done): who and when. */
	diubah: z.strictObject({ oleh: accountNameSchema, waktu: timeSchema }).optional()
});
export type CatatanRakor = z.infer<typeof catatanRakorSchema>;

const unsurKeySchema = z.enum(UNSUR_KEYS, { error: 'err.unsur' });
const actionTextSchema = (key: string) =>
	z.string().trim().min(1, { error: key }).max(TEXT_LIMIT.butirTindakLanjut, { error: key });

/** Who saved a follow-up document and when: appended at every save, never rewritten. */
export const followUpHistorySchema = z.strictObject({ oleh: accountNameSchema, waktu: timeSchema });
const followUpHistory = z.array(followUpHistorySchema).min(1).max(ARRAY_LIMIT.riwayat);

/** One row of an RTL: an action on one priority unsur. */
export const rtlItemSchema = z.strictObject({
	unsur: unsurKeySchema,
	/** The program or kegiatan that addresses the unsur. */
	program: actionTextSchema('err.rtlProgram'),
	/** The triwulan(s) in which it is carried out, ascending, once each. */
	triwulan: z.array(triwulanSchema).min(1, { error: 'err.rtlTriwulan' }).max(4),
	penanggungJawab: z
		.string()
		.trim()
		.min(1, { error: 'err.rtlPenanggungJawab' })
		.max(TEXT_LIMIT.namaAkun, { error: 'err.rtlPenanggungJawab' }),
	progres: z.enum(RTL_PROGRESS, { error: 'err.rtlProgres' }),
	/** What was done so far, and the date of that report. */
	catatanProgres: z.string().trim().max(TEXT_LIMIT.butirTindakLanjut).optional(),
	tanggalProgres: dateSchema.optional(),
	/** The Forum Konsultasi Publik whose agreed action this row came from. */
	forumId: idSchema.optional()
});
export type RtlItem = z.infer<typeof rtlItemSchema>;

/**
 * Rencana tindak lanjut of one unit's SKM of one period (PermenPANRB 14/2017, Bab IV: results are
 * followed up, priority on the lowest unsur). One per unit × periode, id "<unitId>:<periodeId>".
 * The unit's OPD staff and the admin write it; reviewers read it.
 */
export const rtlSchema = z.strictObject({
	id: idSchema,
	unitId: idSchema,
	/** The survey period whose result the plan follows up. */
	periodeId: periodeSchema.shape.id,
	butir: z
		.array(rtlItemSchema)
		.min(1, { error: 'err.rtlKosong' })
		.max(ARRAY_LIMIT.butirTindakLanjut, { error: 'err.rtlKosong' }),
	riwayat: followUpHistory
});
export type Rtl = z.infer<typeof rtlSchema>;

/** An action agreed in a Forum Konsultasi Publik; it may become an RTL row. */
export const agreedActionSchema = z.strictObject({
	teks: actionTextSchema('err.forumKesepakatan'),
	unsur: unsurKeySchema.optional()
});
export type AgreedAction = z.infer<typeof agreedActionSchema>;

/**
 * The record of a Forum Konsultasi Publik a unit held with service users on its SKM result
 * (PermenPANRB 14/2017, Bab IV): when, how many took part, what was raised, what was agreed.
 */
export const forumKonsultasiSchema = z.strictObject({
	id: idSchema,
	unitId: idSchema,
	/** The survey period whose result was discussed. */
	periodeId: periodeSchema.shape.id,
	tanggal: dateSchema,
	peserta: z
		.number({ error: 'err.forumPeserta' })
		.int({ error: 'err.forumPeserta' })
		.min(1, { error: 'err.forumPeserta' })
		.max(100000, { error: 'err.forumPeserta' }),
	pokok: z.array(actionTextSchema('err.forumPokok')).max(ARRAY_LIMIT.butirTindakLanjut),
	kesepakatan: z.array(agreedActionSchema).max(ARRAY_LIMIT.butirTindakLanjut),
	riwayat: followUpHistory
});
export type ForumKonsultasi = z.infer<typeof forumKonsultasiSchema>;

const nrrSchema = z.number().min(1).max(4).nullable();

/**
 * The public result of one unit's SKM (or, without unitId, the pemda's) in one period, as the
 * admin published it: aggregates only. The server renders it at /publik without sign-in, so it
 * holds nothing that is not meant for everyone: no response, no profile, only the saran the admin
 * approved one by one.
 */
export const publikasiSkmSchema = z.strictObject({
	id: idSchema,
	periodeId: periodeSchema.shape.id,
	unitId: idSchema.optional(),
	nama: z.string().trim().min(1, { error: 'err.nama' }).max(TEXT_LIMIT.nama),
	/** The 25–100 value, or null when an unsur has no answer. */
	nilai: z.number().min(25).max(100).nullable(),
	mutu: z.enum(['A', 'B', 'C', 'D']).nullable(),
	responden: z.number().int().min(0),
	nrr: z.strictObject(
		Object.fromEntries(UNSUR_KEYS.map((k) => [k, nrrSchema])) as Record<
			(typeof UNSUR_KEYS)[number],
			typeof nrrSchema
		>
	),
	/** The pemda page: each published unit's figures. */
	units: z
		.array(
			z.strictObject({
				unitId: idSchema,
				nama: z.string().trim().min(1).max(TEXT_LIMIT.nama),
				nilai: z.number().min(25).max(100).nullable(),
				mutu: z.enum(['A', 'B', 'C', 'D']).nullable(),
				responden: z.number().int().min(0)
			})
		)
		.max(1000)
		.optional(),
	rtl: z
		.array(rtlItemSchema.pick({ unsur: true, program: true, triwulan: true, progres: true }))
		.max(ARRAY_LIMIT.butirTindakLanjut),
	saran: z.array(z.string().trim().min(1).max(TEXT_LIMIT.saran)).max(ARRAY_LIMIT.saranPublik),
	diterbitkan: followUpHistorySchema
});
export type PublikasiSkm = z.infer<typeof publikasiSkmSchema>;

/**
 * Who uses this device. Until accounts and sync arrive this is declared on the device, not
 * authenticated; it names the enumerator on responses and the author of each realisation change.
 */
export const userSchema = z
	.object({
		nama: z
			.string()
			.trim()
			.min(1, { error: 'err.namaPengguna' })
			.max(100, { error: 'err.namaPengguna' }),
		peran: z.enum(ROLES, { error: 'err.peran' }),
		/** Units an enumerator surveys, or the one OPD an opd user reports for. */
		unitIds: z.array(idSchema).max(200)
	})
	.refine((p) => p.peran !== 'opd' || p.unitIds.length === 1, {
		error: 'err.unitOpd',
		path: ['unitIds']
	});
export type User = z.infer<typeof userSchema>;
