/**
 * fast-check arbitraries of every stored document type, built to match the zod schemas in
 * src/lib/domain/schemas.ts (./mutasi.ts breaks them). The agreement test feeds the same
 * documents to zod and to the server.
 */
import fc from 'fast-check';
import {
	toDocument,
	type DocumentContent,
	type DocumentKind
} from '../../../src/lib/domain/document.ts';
import {
	SEXES,
	UNIT_KINDS,
	OCCUPATIONS,
	EDUCATION_LEVELS,
	POLARITIES,
	REALISASI_STATUSES,
	MAX_CLOCK_DIFFERENCE_MINUTES,
	RESPONSE_SOURCES,
	RTL_PROGRESS
} from '../../../src/lib/domain/schemas.ts';
import { CLOCK_SOURCES } from '../../../src/lib/domain/clock.ts';
import { ARRAY_LIMIT, TEXT_LIMIT } from '../../../src/lib/domain/limits.ts';
import { UNSUR_KEYS } from '../../../src/lib/domain/unsur.ts';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonDoc = { [key: string]: Json };

const INITIAL_ID = 'abcXYZ019';
const OTHER_ID = 'abcXYZ019._:-';
const id = fc
	.tuple(
		fc.constantFrom(...INITIAL_ID),
		fc.string({ unit: fc.constantFrom(...OTHER_ID), maxLength: 24 })
	)
	.map(([a, b]) => a + b);

const periodeId = fc
	.tuple(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 4 }))
	.map(([y, q]) => `${y}-TW${q}`);

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const offset = fc.constantFrom('Z', '+07:00', '+08:00', '+09:00', '-03:30', '+00:00');
/** Date-times with an offset, as z.iso.datetime({ offset: true }) accepts them. */
const time = fc
	.record({
		date: fc.date({
			min: new Date('2000-01-01'),
			max: new Date('2099-12-31'),
			noInvalidDate: true
		}),
		ms: fc.option(fc.integer({ min: 0, max: 999 }), { nil: undefined }),
		offset
	})
	.map(({ date, ms, offset: o }) => {
		const d = date;
		const base =
			`${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
			`T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
		return `${base}${ms === undefined ? '' : `.${pad(ms, 3)}`}${o}`;
	});

/** Calendar dates, as z.iso.date() accepts them. */
const dateArb = fc
	.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
	.map((d) => d.toISOString().slice(0, 10));

/** Text whose trimmed length is min…max (zod's .trim().min().max()). */
const text = (min: number, max: number) =>
	fc
		.string({ minLength: min, maxLength: max, unit: 'grapheme-ascii' })
		.filter((s) => s.trim().length >= min && s.trim().length <= max);
const year = fc.integer({ min: 2000, max: 2100 });
const nonNegative = fc.oneof(
	fc.integer({ min: 0, max: 2_000_000_000 }),
	fc.double({ min: 0, max: 1e13, noNaN: true, noDefaultInfinity: true })
);
const percent = fc.oneof(
	fc.integer({ min: 0, max: 100 }),
	fc.double({ min: 0, max: 100, noNaN: true })
);

const bilingualText = fc.record({ id: text(1, 60), en: text(0, 60) }, { requiredKeys: ['id'] });

const unit = fc.record(
	{
		id,
		nama: text(1, 200),
		singkatan: text(0, 40),
		jenis: fc.constantFrom(...UNIT_KINDS),
		indukId: id,
		dinilaiIndeks: fc.boolean(),
		layananSkm: fc.boolean()
	},
	{ requiredKeys: ['id', 'nama', 'jenis', 'dinilaiIndeks', 'layananSkm'] }
);

const periode = fc.record({ id: periodeId, tahun: year, triwulan: fc.constantFrom(1, 2, 3, 4) });

const populasi = fc.record({
	id,
	unitId: id,
	periodeId,
	jumlah: fc.integer({ min: 1, max: 10_000_000 })
});

const indikator = fc.record({
	id,
	unitId: id,
	tahun: year,
	nama: text(1, 300),
	satuan: text(1, 40),
	polaritas: fc.constantFrom(...POLARITIES),
	target: fc.tuple(...[0, 1, 2, 3].map(() => fc.option(nonNegative, { nil: null })))
});

const jenisLayanan = fc.record({ id, unitId: id, nama: text(1, 200), aktif: fc.boolean() });

const extraQuestion = fc.record(
	{
		id: fc.stringMatching(/^[a-z0-9-]{1,40}$/),
		jenis: fc.constantFrom('skala', 'pilihan', 'teks'),
		pertanyaan: bilingualText,
		pilihan: fc.array(bilingualText, { maxLength: 4 }),
		ganda: fc.boolean(),
		wajib: fc.boolean()
	},
	{ requiredKeys: ['id', 'jenis', 'pertanyaan', 'wajib'] }
);

const kuesioner = fc.record(
	{
		id,
		nama: text(1, 200),
		unitId: id,
		dibuat: time,
		unsur: fc.record(
			Object.fromEntries(
				UNSUR_KEYS.map((k) => [
					k,
					fc.record({
						pertanyaan: bilingualText,
						pilihan: fc.tuple(bilingualText, bilingualText, bilingualText, bilingualText)
					})
				])
			)
		),
		tambahan: fc.array(extraQuestion, { maxLength: 3 })
	},
	{ requiredKeys: ['id', 'nama', 'dibuat', 'unsur', 'tambahan'] }
);

/** Four whole weights adding up to 100. */
const bobot = fc
	.tuple(
		fc.integer({ min: 0, max: 100 }),
		fc.integer({ min: 0, max: 100 }),
		fc.integer({ min: 0, max: 100 })
	)
	.map((cuts) => {
		const [a, b, c] = [...cuts].sort((x, y) => x - y) as [number, number, number];
		return { anggaran: a, fisik: b - a, kinerja: c - b, p3dn: 100 - c };
	});

const settings = fc.record({
	id,
	bobotIndeks: bobot,
	batasCapaian: fc.oneof(
		fc.integer({ min: 100, max: 200 }),
		fc.double({ min: 100, max: 200, noNaN: true })
	),
	rumusNegatif: fc.constantFrom('selisih', 'rasio'),
	rumusP3dn: fc.constantFrom('komitmen', 'pangsa'),
	zona: fc
		.tuple(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 99 }))
		.map(([hijau, k]) => ({ hijau, kuning: k % hijau })),
	bobotSkm: fc.constantFrom('eksak', 'dibulatkan'),
	ikmPemda: fc.constantFrom('rerata-unit', 'gabungan'),
	penomoranUnsur: fc.constantFrom('permen', 'kuesioner')
});

const anyAnswer = fc.record(
	Object.fromEntries(UNSUR_KEYS.map((k) => [k, fc.constantFrom(1, 2, 3, 4, null)]))
);
/** A response answers at least one unsur; a koreksi may blank them all (it corrects fields). */
const answer = anyAnswer.filter((j) => Object.values(j).some((v) => v !== null));

const profil = fc.record(
	{
		jenisKelamin: fc.constantFrom(...SEXES),
		usia: fc.integer({ min: 10, max: 120 }),
		pendidikan: fc.constantFrom(...EDUCATION_LEVELS),
		pekerjaan: fc.constantFrom(...OCCUPATIONS)
	},
	{ requiredKeys: [] }
);

const extraAnswer = fc.dictionary(
	fc.stringMatching(/^[a-z0-9-]{1,12}$/),
	fc.oneof(fc.integer({ min: 1, max: 10 }), text(0, 80), fc.array(text(0, 20), { maxLength: 5 })),
	{ maxKeys: 4 }
);

const response = fc.record(
	{
		id,
		unitId: id,
		periodeId,
		waktu: time,
		jawaban: answer,
		profil,
		jenisLayanan: text(0, 200),
		saran: fc.string({ maxLength: 300 }),
		kuesionerVersi: fc.string({ minLength: 1, maxLength: 30 }),
		sumber: fc.constantFrom(...RESPONSE_SOURCES),
		enumerator: text(1, 100),
		perangkatId: id,
		lokasi: fc.record({
			lat: fc.double({ min: -90, max: 90, noNaN: true }),
			lon: fc.double({ min: -180, max: 180, noNaN: true }),
			akurasi: fc.double({ min: 0, max: 5000, noNaN: true })
		}),
		jawabanTambahan: extraAnswer,
		jamPerangkat: fc.record({
			waktu: time,
			selisihMenit: fc.integer({
				min: -MAX_CLOCK_DIFFERENCE_MINUTES,
				max: MAX_CLOCK_DIFFERENCE_MINUTES
			}),
			sumber: fc.constantFrom(...CLOCK_SOURCES)
		})
	},
	{
		requiredKeys: [
			'id',
			'unitId',
			'periodeId',
			'waktu',
			'jawaban',
			'profil',
			'kuesionerVersi',
			'sumber'
		]
	}
);

const generalKoreksi = {
	id,
	responseId: id,
	waktu: time,
	oleh: text(1, 100),
	unitId: id,
	enumerator: text(1, 100)
};
const koreksi = fc.oneof(
	fc.record(
		{ ...generalKoreksi, jenis: fc.constant('batal'), alasan: text(3, 500) },
		{ requiredKeys: ['id', 'responseId', 'waktu', 'oleh', 'unitId', 'jenis', 'alasan'] }
	),
	fc
		.record(
			{
				...generalKoreksi,
				jenis: fc.constant('koreksi'),
				alasan: text(0, 500),
				jawaban: anyAnswer,
				profil,
				saran: fc.string({ maxLength: 300 }),
				jenisLayanan: text(0, 200)
			},
			{ requiredKeys: ['id', 'responseId', 'waktu', 'oleh', 'unitId', 'jenis'] }
		)
		.filter((k) => ['jawaban', 'profil', 'saran', 'jenisLayanan'].some((f) => f in k))
);

const history = fc.record(
	{
		waktu: time,
		oleh: text(1, 100),
		aksi: fc.constantFrom(
			'simpan',
			'ajukan',
			'verifikasi',
			'kembalikan',
			'buka-kembali',
			'ubah-admin',
			'impor'
		),
		catatan: fc.string({ maxLength: 100 })
	},
	{ requiredKeys: ['waktu', 'oleh', 'aksi'] }
);

const realisasi = fc.record(
	{
		id,
		unitId: id,
		periodeId,
		pagu: fc.option(nonNegative, { nil: null }),
		realisasiAnggaran: fc.option(nonNegative, { nil: null }),
		realisasiFisik: fc.option(percent, { nil: null }),
		p3dn: fc.record({
			realisasiPdn: fc.option(nonNegative, { nil: null }),
			komitmenPdn: fc.option(nonNegative, { nil: null }),
			totalPengadaan: fc.option(nonNegative, { nil: null })
		}),
		indikator: fc.array(
			fc.record(
				{
					indikatorId: id,
					realisasi: fc.option(nonNegative, { nil: null }),
					catatan: fc.string({ maxLength: 50 })
				},
				{ requiredKeys: ['indikatorId', 'realisasi'] }
			),
			{ maxLength: 4 }
		),
		status: fc.constantFrom(...REALISASI_STATUSES),
		catatanItem: fc.record({
			anggaran: fc.string({ maxLength: 50 }),
			fisik: fc.string({ maxLength: 50 }),
			p3dn: fc.string({ maxLength: 50 })
		}),
		catatan: fc.string({ maxLength: 100 }),
		riwayat: fc.array(history, { maxLength: 4 })
	},
	{
		requiredKeys: [
			'id',
			'unitId',
			'periodeId',
			'pagu',
			'realisasiAnggaran',
			'realisasiFisik',
			'p3dn',
			'indikator',
			'status'
		]
	}
);

const catatanRakor = fc.record(
	{
		id,
		unitId: id,
		periodeId,
		teks: text(1, 2000),
		oleh: text(1, 100),
		waktu: time,
		tenggat: dateArb,
		selesai: fc.boolean(),
		diubah: fc.record({ oleh: text(1, 100), waktu: time })
	},
	{ requiredKeys: ['id', 'unitId', 'periodeId', 'teks', 'oleh', 'waktu', 'selesai'] }
);

const followUpHistory = fc.array(fc.record({ oleh: text(1, 100), waktu: time }), {
	minLength: 1,
	maxLength: 4
});
const unsurKey = fc.constantFrom(...UNSUR_KEYS);
const triwulanList = fc.uniqueArray(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 4 });
const actionText = text(1, TEXT_LIMIT.butirTindakLanjut);
const rtlItem = fc.record(
	{
		unsur: unsurKey,
		program: actionText,
		triwulan: triwulanList,
		penanggungJawab: text(1, TEXT_LIMIT.namaAkun),
		progres: fc.constantFrom(...RTL_PROGRESS),
		catatanProgres: text(0, TEXT_LIMIT.butirTindakLanjut),
		tanggalProgres: dateArb,
		forumId: id
	},
	{ requiredKeys: ['unsur', 'program', 'triwulan', 'penanggungJawab', 'progres'] }
);

const rtl = fc.record({
	id,
	unitId: id,
	periodeId,
	butir: fc.array(rtlItem, { minLength: 1, maxLength: 4 }),
	riwayat: followUpHistory
});

const forumKonsultasi = fc.record({
	id,
	unitId: id,
	periodeId,
	tanggal: dateArb,
	peserta: fc.integer({ min: 1, max: 100000 }),
	pokok: fc.array(actionText, { maxLength: 3 }),
	kesepakatan: fc.array(
		fc.record({ teks: actionText, unsur: unsurKey }, { requiredKeys: ['teks'] }),
		{ maxLength: 3 }
	),
	riwayat: followUpHistory
});

const nilai = fc.option(fc.double({ min: 25, max: 100, noNaN: true }), { nil: null });
const mutu = fc.option(fc.constantFrom('A', 'B', 'C', 'D'), { nil: null });
const publikasiSkm = fc.record(
	{
		id,
		periodeId,
		unitId: id,
		nama: text(1, TEXT_LIMIT.nama),
		nilai,
		mutu,
		responden: fc.nat(),
		nrr: fc.record(
			Object.fromEntries(
				UNSUR_KEYS.map((k) => [
					k,
					fc.option(fc.double({ min: 1, max: 4, noNaN: true }), { nil: null })
				])
			)
		),
		units: fc.array(
			fc.record({ unitId: id, nama: text(1, TEXT_LIMIT.nama), nilai, mutu, responden: fc.nat() }),
			{ maxLength: 3 }
		),
		rtl: fc.array(
			fc.record({
				unsur: unsurKey,
				program: actionText,
				triwulan: triwulanList,
				progres: fc.constantFrom(...RTL_PROGRESS)
			}),
			{ maxLength: 3 }
		),
		saran: fc.array(text(1, 200), { maxLength: 3 }),
		diterbitkan: fc.record({ oleh: text(1, 100), waktu: time })
	},
	{
		requiredKeys: [
			'id',
			'periodeId',
			'nama',
			'nilai',
			'mutu',
			'responden',
			'nrr',
			'rtl',
			'saran',
			'diterbitkan'
		]
	}
);

export const CONTENT_ARB: { [J in DocumentKind]: fc.Arbitrary<unknown> } = {
	unit,
	periode,
	populasi,
	indikator,
	jenisLayanan,
	kuesioner,
	pengaturan: settings,
	response,
	koreksi,
	realisasi,
	catatanRakor,
	rtl,
	forumKonsultasi,
	publikasiSkm
};

/** A valid stored document of the type, as JSON (what CouchDB would hand its function). */
export function validDocument(kind: DocumentKind): fc.Arbitrary<JsonDoc> {
	return CONTENT_ARB[kind].map(
		(content) =>
			JSON.parse(
				JSON.stringify(toDocument(kind, content as DocumentContent[typeof kind]))
			) as JsonDoc
	);
}

/** Paths to every object inside a JSON value (the document itself is []). */
function objectAt(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
	if (Array.isArray(value)) return value.flatMap((v, i) => objectAt(v, [...prefix, i]));
	if (typeof value !== 'object' || value === null) return [];
	return [prefix, ...Object.entries(value).flatMap(([k, v]) => objectAt(v, [...prefix, k]))];
}

function updateAt(doc: JsonDoc, jalur: (string | number)[], update: (o: JsonDoc) => void): JsonDoc {
	const copy = structuredClone(doc);
	const target = jalur.reduce<Json>((v, k) => (v as Record<string | number, Json>)[k]!, copy);
	update(target as JsonDoc);
	return copy;
}

/** A valid document with an unknown field on itself or on any object inside it. */
function withForeignField(kind: DocumentKind): fc.Arbitrary<JsonDoc> {
	return validDocument(kind).chain((doc) =>
		fc
			.tuple(
				fc.constantFrom(...objectAt(doc)),
				fc.constantFrom('asing', 'extra', 'x'),
				fc.constantFrom<Json>('x', 0, null, { a: 1 }, 'z'.repeat(5000))
			)
			.map(([jalur, name, value]) =>
				updateAt(doc, jalur, (o) => {
					// jawabanTambahan and catatanItem are records: any of their keys is data, not a field.
					if (!(name in o)) o[name] = value;
				})
			)
	);
}

const OVER_LIMIT = {
	saran: 'x'.repeat(TEXT_LIMIT.saran + 1),
	jawabanTambahan: 'x'.repeat(TEXT_LIMIT.jawabanTambahan + 1),
	kuesionerVersi: 'v'.repeat(TEXT_LIMIT.kuesionerVersi + 1)
};

/**
 * Documents at and past the limits of src/lib/domain/limits.ts: over-long texts and lists, an
 * unknown field anywhere, all nine unsur blank, a document over its database's size. Some are
 * still valid (at the limit, or an unknown key inside a record): zod decides, the server must agree.
 */
export function documentAtLimit(kind: DocumentKind): fc.Arbitrary<JsonDoc> {
	const umum = [withForeignField(kind)];
	const khusus: fc.Arbitrary<JsonDoc>[] = [];
	if (kind === 'response') {
		const r = validDocument('response');
		khusus.push(
			r.map((d) => ({ ...d, jawaban: Object.fromEntries(UNSUR_KEYS.map((k) => [k, null])) })),
			// Every field within its limit, the whole over the database's size (3-byte characters).
			r.map((d) => ({
				...d,
				jawabanTambahan: Object.fromEntries(
					Array.from({ length: ARRAY_LIMIT.jawabanTambahan }, (_, i) => [
						`q-${i}`,
						'€'.repeat(TEXT_LIMIT.jawabanTambahan)
					])
				)
			})),
			r.map((d) => ({ ...d, saran: OVER_LIMIT.saran })),
			r.map((d) => ({ ...d, kuesionerVersi: OVER_LIMIT.kuesionerVersi })),
			fc
				.tuple(
					r,
					fc.integer({ min: ARRAY_LIMIT.jawabanTambahan - 1, max: ARRAY_LIMIT.jawabanTambahan + 2 })
				)
				.map(([d, n]) => ({
					...d,
					jawabanTambahan: Object.fromEntries(
						Array.from({ length: n }, (_, i) => [`q-${i}`, i % 2 === 0 ? 3 : 'ok'])
					)
				})),
			r.map((d) => ({ ...d, jawabanTambahan: { 'q-1': OVER_LIMIT.jawabanTambahan } })),
			r.map((d) => ({ ...d, jawabanTambahan: { 'Bukan Id': 2 } })),
			r.map((d) => ({
				...d,
				jawabanTambahan: { 'q-1': Array(ARRAY_LIMIT.pilihanTambahan + 1).fill('a') }
			}))
		);
	}
	if (kind === 'realisasi') {
		const r = validDocument('realisasi');
		const row = (n: number) =>
			Array.from({ length: n }, (_, i) => ({ indikatorId: `ind-${i}`, realisasi: i }));
		const history = (n: number) =>
			Array.from({ length: n }, () => ({
				waktu: '2026-01-01T00:00:00Z',
				oleh: 'a',
				aksi: 'simpan'
			}));
		khusus.push(
			fc
				.tuple(
					r,
					fc.integer({
						min: ARRAY_LIMIT.indikatorRealisasi - 1,
						max: ARRAY_LIMIT.indikatorRealisasi + 1
					})
				)
				.map(([d, n]) => ({ ...d, indikator: row(n) })),
			r.map((d) => ({ ...d, indikator: row(20_000) })),
			fc
				.tuple(r, fc.integer({ min: ARRAY_LIMIT.riwayat - 1, max: ARRAY_LIMIT.riwayat + 1 }))
				.map(([d, n]) => ({ ...d, riwayat: history(n) })),
			r.map((d) => ({
				...d,
				riwayat: history(200).map((x) => ({ ...x, catatan: '€'.repeat(TEXT_LIMIT.catatan) }))
			}))
		);
	}
	if (kind === 'kuesioner') {
		const text = { id: '€'.repeat(500), en: '€'.repeat(500) };
		khusus.push(
			validDocument('kuesioner').map((d) => ({
				...d,
				tambahan: Array.from({ length: 30 }, (_, i) => ({
					id: `q-${i}`,
					jenis: 'pilihan',
					pertanyaan: text,
					pilihan: Array(20).fill(text),
					wajib: false
				}))
			}))
		);
	}
	return fc.oneof(...umum, ...khusus);
}
