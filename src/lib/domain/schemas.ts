/**
 * One source of truth for every document Rapor stores or exchanges. TypeScript types are inferred
 * from these schemas; the sync server's validate_doc_update mirrors them.
 * Error messages are i18n keys (see src/lib/i18n), never prose. Objects are strict: a field the
 * schema does not name is refused, not dropped, so nothing unknown is stored or synced. Lengths come
 * from ./batas.ts.
 */
import { z } from 'zod';
import { BATAS_LARIK, BATAS_TEKS } from './batas';
import { SUMBER_JAM } from './jam';
import {
	JENIS_KELAMIN,
	JENIS_UNIT,
	PEKERJAAN,
	PENDIDIKAN,
	PERAN,
	POLARITAS,
	SELISIH_JAM_MAKS_MENIT,
	STATUS_REALISASI,
	SUMBER_RESPONS,
	TAHUN_MAX,
	TAHUN_MIN
} from './konstanta';
import { adaJawabanUnsur, UNSUR_KEYS } from './unsur';

export * from './konstanta';

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
export const periodeSchema = z.strictObject({
	id: z.string().regex(/^\d{4}-TW[1-4]$/, { error: 'err.periode' }),
	tahun: tahunSchema,
	triwulan: triwulanSchema
});
export type Periode = z.infer<typeof periodeSchema>;

export const unitSchema = z.strictObject({
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

export const skorSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], {
	error: 'err.skor'
});
export type Skor = z.infer<typeof skorSchema>;

/** Answers keyed by unsur; null means the respondent left the question blank. */
export const jawabanSchema = z.strictObject(
	Object.fromEntries(UNSUR_KEYS.map((k) => [k, skorSchema.nullable()])) as Record<
		(typeof UNSUR_KEYS)[number],
		z.ZodNullable<typeof skorSchema>
	>
);
export type Jawaban = z.infer<typeof jawabanSchema>;

export const profilSchema = z.strictObject({
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

export const lokasiSchema = z.strictObject({
	lat: z.number().min(-90).max(90),
	lon: z.number().min(-180).max(180),
	/** Metres. */
	akurasi: z.number().min(0)
});

export const jawabanTambahanSchema = z.union([
	z.number().int().min(1).max(10),
	z.string().max(BATAS_TEKS.jawabanTambahan),
	z.array(z.string().max(BATAS_TEKS.pilihanTambahan)).max(BATAS_LARIK.pilihanTambahan)
]);

/** The id of a unit's own question (pertanyaanTambahanSchema), which keys its answer. */
export const idTambahanSchema = z.string().regex(/^[a-z0-9-]{1,40}$/, { error: 'err.id' });

/** Answers to a unit's own questions, by question id: at most one per question of a questionnaire. */
export const jawabanTambahanMapSchema = z
	.record(idTambahanSchema, jawabanTambahanSchema)
	.refine((m) => Object.keys(m).length <= BATAS_LARIK.jawabanTambahan, {
		error: 'err.tidakValid'
	});

/**
 * On a response recorded while the device clock was off by more than a few minutes (./jam.ts):
 * what the device clock showed, how far off it was, and what told (`server`: the response's waktu
 * is the server's time; otherwise waktu is the device's and the device was at least this far behind).
 */
export const jamPerangkatSchema = z.strictObject({
	waktu: waktuSchema,
	selisihMenit: z
		.number({ error: 'err.tidakValid' })
		.int({ error: 'err.tidakValid' })
		.min(-SELISIH_JAM_MAKS_MENIT, { error: 'err.tidakValid' })
		.max(SELISIH_JAM_MAKS_MENIT, { error: 'err.tidakValid' }),
	sumber: z.enum(SUMBER_JAM)
});
export type JamPerangkat = z.infer<typeof jamPerangkatSchema>;

export const skmResponseObjek = z.strictObject({
	id: idSchema,
	unitId: idSchema,
	periodeId: periodeSchema.shape.id,
	/** When the citizen answered, device time with its offset. */
	waktu: waktuSchema,
	jawaban: jawabanSchema,
	profil: profilSchema,
	jenisLayanan: z.string().trim().max(200).optional(),
	saran: z.string().max(BATAS_TEKS.saran, { error: 'err.saran' }).optional(),
	kuesionerVersi: z.string().min(1).max(BATAS_TEKS.kuesionerVersi),
	sumber: z.enum(SUMBER_RESPONS),
	/** Who interviewed (absent for kiosk, import and demo responses). */
	enumerator: z.string().trim().min(1).max(100).optional(),
	/** The device that recorded it (a stable random id per browser profile). */
	perangkatId: idSchema.optional(),
	/** Only when the enumerator allowed location access. */
	lokasi: lokasiSchema.optional(),
	/** Answers to the unit's own questions, by question id; never part of the nine-unsur score. */
	jawabanTambahan: jawabanTambahanMapSchema.optional(),
	/** Only when the device clock was known to be wrong. */
	jamPerangkat: jamPerangkatSchema.optional()
});

/** A response answers at least one of the nine unsur (the CLI import refuses the same rows). */
export const aturanRespons = <T extends z.ZodType<{ jawaban: Jawaban }>>(schema: T) =>
	schema.refine((r) => adaJawabanUnsur(r.jawaban), {
		error: 'err.tanpaJawaban',
		path: ['jawaban']
	});

export const skmResponseSchema = aturanRespons(skmResponseObjek);
export type SkmResponse = z.infer<typeof skmResponseSchema>;

export const skmKoreksiObjek = z.strictObject({
	id: idSchema,
	responseId: idSchema,
	jenis: z.enum(['koreksi', 'batal']),
	waktu: waktuSchema,
	oleh: z.string().trim().min(1, { error: 'err.oleh' }).max(BATAS_TEKS.namaAkun),
	alasan: z.string().trim().max(BATAS_TEKS.alasan).optional(),
	/** The corrected fields; absent fields keep the response's values. */
	jawaban: jawabanSchema.optional(),
	profil: profilSchema.optional(),
	saran: z.string().max(BATAS_TEKS.saran, { error: 'err.saran' }).optional(),
	jenisLayanan: z.string().trim().max(200).optional()
});

type KoreksiInti = z.infer<typeof skmKoreksiObjek>;

/** A void needs a reason; a correction changes at least one field. */
export const aturanKoreksi = <T extends z.ZodType<KoreksiInti>>(schema: T) =>
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
export const skmKoreksiSchema = aturanKoreksi(skmKoreksiObjek);
export type SkmKoreksi = z.infer<typeof skmKoreksiSchema>;

const nonNegative = (key: string) =>
	z.number({ error: key }).refine(Number.isFinite, { error: key }).min(0, { error: key });

/** A program performance indicator of an OPD for one year, with a cumulative target per triwulan. */
export const indikatorSchema = z.strictObject({
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

export const riwayatSchema = z.strictObject({
	waktu: waktuSchema,
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
export type Riwayat = z.infer<typeof riwayatSchema>;

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
				catatan: z.string().max(BATAS_TEKS.catatanItem).optional()
			})
		)
		.max(BATAS_LARIK.indikatorRealisasi, { error: 'err.indikatorTerlaluBanyak' }),
	status: z.enum(STATUS_REALISASI),
	/** Notes per item of the form: 'anggaran', 'fisik', 'p3dn' (indicator notes sit on the indicator). */
	catatanItem: z.record(z.enum(['anggaran', 'fisik', 'p3dn']), z.string().max(1000)).optional(),
	catatan: z.string().max(2000).optional(),
	/** Who changed what and when, oldest first; never rewritten, only appended to. */
	riwayat: z.array(riwayatSchema).max(BATAS_LARIK.riwayat).optional()
});
export type Realisasi = z.infer<typeof realisasiSchema>;

const persen = (key: string) =>
	z.number({ error: key }).min(0, { error: key }).max(100, { error: key });

export const bobotIndeksSchema = z
	.strictObject({
		anggaran: persen('err.bobot'),
		fisik: persen('err.bobot'),
		kinerja: persen('err.bobot'),
		p3dn: persen('err.bobot')
	})
	.refine((b) => Math.abs(b.anggaran + b.fisik + b.kinerja + b.p3dn - 100) < 1e-9, {
		error: 'err.bobotTotal'
	});
export type BobotIndeks = z.infer<typeof bobotIndeksSchema>;

export const pengaturanSchema = z.strictObject({
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
		.strictObject({ hijau: persen('err.zona'), kuning: persen('err.zona') })
		.refine((z) => z.kuning < z.hijau, { error: 'err.zona' }),
	/** `eksak`: bobot 1/9; `dibulatkan`: the 0,111 printed in many published reports. */
	bobotSkm: z.enum(['eksak', 'dibulatkan']),
	/** `rerata-unit`: mean of unit IKM values; `gabungan`: all respondents pooled. */
	ikmPemda: z.enum(['rerata-unit', 'gabungan']),
	penomoranUnsur: z.enum(['permen', 'kuesioner'])
});
export type Pengaturan = z.infer<typeof pengaturanSchema>;

export const jenisLayananSchema = z.strictObject({
	id: idSchema,
	unitId: idSchema,
	nama: z.string().trim().min(1, { error: 'err.nama' }).max(200, { error: 'err.nama' }),
	aktif: z.boolean()
});
export type JenisLayanan = z.infer<typeof jenisLayananSchema>;

/** Text in both UI languages; Bahasa Indonesia is required, English falls back to it. */
export const teksSchema = z.strictObject({
	id: z.string().trim().min(1, { error: 'err.teks' }).max(500),
	en: z.string().trim().max(500).optional()
});
export type Teks = z.infer<typeof teksSchema>;

export const pertanyaanUnsurSchema = z.strictObject({
	pertanyaan: teksSchema,
	/** The four answers, worst (score 1) to best (score 4). */
	pilihan: z.tuple([teksSchema, teksSchema, teksSchema, teksSchema])
});

/** A unit's own question: never part of the nine-unsur score. */
export const pertanyaanTambahanSchema = z.strictObject({
	id: z.string().regex(/^[a-z0-9-]{1,40}$/, { error: 'err.id' }),
	jenis: z.enum(['skala', 'pilihan', 'teks']),
	pertanyaan: teksSchema,
	/** For 'pilihan': the choices; for 'skala': labels of the scale points (2–10). */
	pilihan: z.array(teksSchema).max(20).optional(),
	ganda: z.boolean().optional(),
	wajib: z.boolean()
});
export type PertanyaanTambahan = z.infer<typeof pertanyaanTambahanSchema>;

/**
 * A questionnaire version. Versions are immutable once a response uses them: editing creates a new
 * version, and old responses keep (and still score by) their own.
 */
export const kuesionerSchema = z.strictObject({
	id: idSchema,
	nama: z.string().trim().min(1, { error: 'err.nama' }).max(200),
	/** Absent: the pemda-wide questionnaire; present: only for that unit. */
	unitId: idSchema.optional(),
	dibuat: waktuSchema,
	unsur: z.strictObject(
		Object.fromEntries(UNSUR_KEYS.map((k) => [k, pertanyaanUnsurSchema])) as Record<
			(typeof UNSUR_KEYS)[number],
			typeof pertanyaanUnsurSchema
		>
	),
	tambahan: z.array(pertanyaanTambahanSchema).max(30)
});
export type Kuesioner = z.infer<typeof kuesionerSchema>;

/** A calendar date, "YYYY-MM-DD" (zod's ISO date; the server mirrors its exact pattern). */
export const tanggalSchema = z.iso.date({ error: 'err.tanggal' });

const namaAkunSchema = z.string().trim().min(1, { error: 'err.oleh' }).max(100);

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
	oleh: namaAkunSchema,
	/** When it was written, device time with its offset; never changes. */
	waktu: waktuSchema,
	/** Optional due date. */
	tenggat: tanggalSchema.optional(),
	selesai: z.boolean(),
	/** The latest change after it was written (an edit, or marking it done): who and when. */
	diubah: z.strictObject({ oleh: namaAkunSchema, waktu: waktuSchema }).optional()
});
export type CatatanRakor = z.infer<typeof catatanRakorSchema>;

/**
 * Who uses this device. Until accounts and sync arrive this is declared on the device, not
 * authenticated; it names the enumerator on responses and the author of each realisation change.
 */
export const penggunaSchema = z
	.object({
		nama: z
			.string()
			.trim()
			.min(1, { error: 'err.namaPengguna' })
			.max(100, { error: 'err.namaPengguna' }),
		peran: z.enum(PERAN, { error: 'err.peran' }),
		/** Units an enumerator surveys, or the one OPD an opd user reports for. */
		unitIds: z.array(idSchema).max(200)
	})
	.refine((p) => p.peran !== 'opd' || p.unitIds.length === 1, {
		error: 'err.unitOpd',
		path: ['unitIds']
	});
export type Pengguna = z.infer<typeof penggunaSchema>;
