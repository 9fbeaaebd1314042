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
	RESPONSE_SOURCES
} from '../../../src/lib/domain/schemas.ts';
import { CLOCK_SOURCES } from '../../../src/lib/domain/clock.ts';
import { ARRAY_LIMIT, TEXT_LIMIT } from '../../../src/lib/domain/limits.ts';
import { UNSUR_KEYS } from '../../../src/lib/domain/unsur.ts';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonDoc = { [key: string]: Json };

const ID_AWAL = 'abcXYZ019';
const ID_LAIN = 'abcXYZ019._:-';
const id = fc
	.tuple(
		fc.constantFrom(...ID_AWAL),
		fc.string({ unit: fc.constantFrom(...ID_LAIN), maxLength: 24 })
	)
	.map(([a, b]) => a + b);

const periodeId = fc
	.tuple(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 4 }))
	.map(([y, q]) => `${y}-TW${q}`);

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const offset = fc.constantFrom('Z', '+07:00', '+08:00', '+09:00', '-03:30', '+00:00');
/** Date-times with an offset, as z.iso.datetime({ offset: true }) accepts them. */
const waktu = fc
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
const tanggal = fc
	.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
	.map((d) => d.toISOString().slice(0, 10));

/** Text whose trimmed length is min…max (zod's .trim().min().max()). */
const teks = (min: number, max: number) =>
	fc
		.string({ minLength: min, maxLength: max, unit: 'grapheme-ascii' })
		.filter((s) => s.trim().length >= min && s.trim().length <= max);
const tahun = fc.integer({ min: 2000, max: 2100 });
const nonNegatif = fc.oneof(
	fc.integer({ min: 0, max: 2_000_000_000 }),
	fc.double({ min: 0, max: 1e13, noNaN: true, noDefaultInfinity: true })
);
const persen = fc.oneof(
	fc.integer({ min: 0, max: 100 }),
	fc.double({ min: 0, max: 100, noNaN: true })
);

const teksDuaBahasa = fc.record({ id: teks(1, 60), en: teks(0, 60) }, { requiredKeys: ['id'] });

const unit = fc.record(
	{
		id,
		nama: teks(1, 200),
		singkatan: teks(0, 40),
		jenis: fc.constantFrom(...UNIT_KINDS),
		indukId: id,
		dinilaiIndeks: fc.boolean(),
		layananSkm: fc.boolean()
	},
	{ requiredKeys: ['id', 'nama', 'jenis', 'dinilaiIndeks', 'layananSkm'] }
);

const periode = fc.record({ id: periodeId, tahun, triwulan: fc.constantFrom(1, 2, 3, 4) });

const populasi = fc.record({
	id,
	unitId: id,
	periodeId,
	jumlah: fc.integer({ min: 1, max: 10_000_000 })
});

const indikator = fc.record({
	id,
	unitId: id,
	tahun,
	nama: teks(1, 300),
	satuan: teks(1, 40),
	polaritas: fc.constantFrom(...POLARITIES),
	target: fc.tuple(...[0, 1, 2, 3].map(() => fc.option(nonNegatif, { nil: null })))
});

const jenisLayanan = fc.record({ id, unitId: id, nama: teks(1, 200), aktif: fc.boolean() });

const pertanyaanTambahan = fc.record(
	{
		id: fc.stringMatching(/^[a-z0-9-]{1,40}$/),
		jenis: fc.constantFrom('skala', 'pilihan', 'teks'),
		pertanyaan: teksDuaBahasa,
		pilihan: fc.array(teksDuaBahasa, { maxLength: 4 }),
		ganda: fc.boolean(),
		wajib: fc.boolean()
	},
	{ requiredKeys: ['id', 'jenis', 'pertanyaan', 'wajib'] }
);

const kuesioner = fc.record(
	{
		id,
		nama: teks(1, 200),
		unitId: id,
		dibuat: waktu,
		unsur: fc.record(
			Object.fromEntries(
				UNSUR_KEYS.map((k) => [
					k,
					fc.record({
						pertanyaan: teksDuaBahasa,
						pilihan: fc.tuple(teksDuaBahasa, teksDuaBahasa, teksDuaBahasa, teksDuaBahasa)
					})
				])
			)
		),
		tambahan: fc.array(pertanyaanTambahan, { maxLength: 3 })
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

const pengaturan = fc.record({
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

const jawabanApaSaja = fc.record(
	Object.fromEntries(UNSUR_KEYS.map((k) => [k, fc.constantFrom(1, 2, 3, 4, null)]))
);
/** A response answers at least one unsur; a koreksi may blank them all (it corrects fields). */
const jawaban = jawabanApaSaja.filter((j) => Object.values(j).some((v) => v !== null));

const profil = fc.record(
	{
		jenisKelamin: fc.constantFrom(...SEXES),
		usia: fc.integer({ min: 10, max: 120 }),
		pendidikan: fc.constantFrom(...EDUCATION_LEVELS),
		pekerjaan: fc.constantFrom(...OCCUPATIONS)
	},
	{ requiredKeys: [] }
);

const jawabanTambahan = fc.dictionary(
	fc.stringMatching(/^[a-z0-9-]{1,12}$/),
	fc.oneof(fc.integer({ min: 1, max: 10 }), teks(0, 80), fc.array(teks(0, 20), { maxLength: 5 })),
	{ maxKeys: 4 }
);

const response = fc.record(
	{
		id,
		unitId: id,
		periodeId,
		waktu,
		jawaban,
		profil,
		jenisLayanan: teks(0, 200),
		saran: fc.string({ maxLength: 300 }),
		kuesionerVersi: fc.string({ minLength: 1, maxLength: 30 }),
		sumber: fc.constantFrom(...RESPONSE_SOURCES),
		enumerator: teks(1, 100),
		perangkatId: id,
		lokasi: fc.record({
			lat: fc.double({ min: -90, max: 90, noNaN: true }),
			lon: fc.double({ min: -180, max: 180, noNaN: true }),
			akurasi: fc.double({ min: 0, max: 5000, noNaN: true })
		}),
		jawabanTambahan,
		jamPerangkat: fc.record({
			waktu,
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

const koreksiUmum = {
	id,
	responseId: id,
	waktu,
	oleh: teks(1, 100),
	unitId: id,
	enumerator: teks(1, 100)
};
const koreksi = fc.oneof(
	fc.record(
		{ ...koreksiUmum, jenis: fc.constant('batal'), alasan: teks(3, 500) },
		{ requiredKeys: ['id', 'responseId', 'waktu', 'oleh', 'unitId', 'jenis', 'alasan'] }
	),
	fc
		.record(
			{
				...koreksiUmum,
				jenis: fc.constant('koreksi'),
				alasan: teks(0, 500),
				jawaban: jawabanApaSaja,
				profil,
				saran: fc.string({ maxLength: 300 }),
				jenisLayanan: teks(0, 200)
			},
			{ requiredKeys: ['id', 'responseId', 'waktu', 'oleh', 'unitId', 'jenis'] }
		)
		.filter((k) => ['jawaban', 'profil', 'saran', 'jenisLayanan'].some((f) => f in k))
);

const riwayat = fc.record(
	{
		waktu,
		oleh: teks(1, 100),
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
		pagu: fc.option(nonNegatif, { nil: null }),
		realisasiAnggaran: fc.option(nonNegatif, { nil: null }),
		realisasiFisik: fc.option(persen, { nil: null }),
		p3dn: fc.record({
			realisasiPdn: fc.option(nonNegatif, { nil: null }),
			komitmenPdn: fc.option(nonNegatif, { nil: null }),
			totalPengadaan: fc.option(nonNegatif, { nil: null })
		}),
		indikator: fc.array(
			fc.record(
				{
					indikatorId: id,
					realisasi: fc.option(nonNegatif, { nil: null }),
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
		riwayat: fc.array(riwayat, { maxLength: 4 })
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
		teks: teks(1, 2000),
		oleh: teks(1, 100),
		waktu,
		tenggat: tanggal,
		selesai: fc.boolean(),
		diubah: fc.record({ oleh: teks(1, 100), waktu })
	},
	{ requiredKeys: ['id', 'unitId', 'periodeId', 'teks', 'oleh', 'waktu', 'selesai'] }
);

export const ISI_ARB: { [J in DocumentKind]: fc.Arbitrary<unknown> } = {
	unit,
	periode,
	populasi,
	indikator,
	jenisLayanan,
	kuesioner,
	pengaturan,
	response,
	koreksi,
	realisasi,
	catatanRakor
};

/** A valid stored document of the type, as JSON (what CouchDB would hand its function). */
export function dokumenValid(jenis: DocumentKind): fc.Arbitrary<JsonDoc> {
	return ISI_ARB[jenis].map(
		(isi) =>
			JSON.parse(JSON.stringify(toDocument(jenis, isi as DocumentContent[typeof jenis]))) as JsonDoc
	);
}

/** Paths to every object inside a JSON value (the document itself is []). */
function objekDi(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
	if (Array.isArray(value)) return value.flatMap((v, i) => objekDi(v, [...prefix, i]));
	if (typeof value !== 'object' || value === null) return [];
	return [prefix, ...Object.entries(value).flatMap(([k, v]) => objekDi(v, [...prefix, k]))];
}

function ubahDi(doc: JsonDoc, jalur: (string | number)[], ubah: (o: JsonDoc) => void): JsonDoc {
	const copy = structuredClone(doc);
	const target = jalur.reduce<Json>((v, k) => (v as Record<string | number, Json>)[k]!, copy);
	ubah(target as JsonDoc);
	return copy;
}

/** A valid document with an unknown field on itself or on any object inside it. */
function denganFieldAsing(jenis: DocumentKind): fc.Arbitrary<JsonDoc> {
	return dokumenValid(jenis).chain((doc) =>
		fc
			.tuple(
				fc.constantFrom(...objekDi(doc)),
				fc.constantFrom('asing', 'extra', 'x'),
				fc.constantFrom<Json>('x', 0, null, { a: 1 }, 'z'.repeat(5000))
			)
			.map(([jalur, nama, nilai]) =>
				ubahDi(doc, jalur, (o) => {
					// jawabanTambahan and catatanItem are records: any of their keys is data, not a field.
					if (!(nama in o)) o[nama] = nilai;
				})
			)
	);
}

const LEBIH = {
	saran: 'x'.repeat(TEXT_LIMIT.saran + 1),
	jawabanTambahan: 'x'.repeat(TEXT_LIMIT.jawabanTambahan + 1),
	kuesionerVersi: 'v'.repeat(TEXT_LIMIT.kuesionerVersi + 1)
};

/**
 * Documents at and past the limits of src/lib/domain/limits.ts: over-long texts and lists, an
 * unknown field anywhere, all nine unsur blank, a document over its database's size. Some are
 * still valid (at the limit, or an unknown key inside a record): zod decides, the server must agree.
 */
export function dokumenDiBatas(jenis: DocumentKind): fc.Arbitrary<JsonDoc> {
	const umum = [denganFieldAsing(jenis)];
	const khusus: fc.Arbitrary<JsonDoc>[] = [];
	if (jenis === 'response') {
		const r = dokumenValid('response');
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
			r.map((d) => ({ ...d, saran: LEBIH.saran })),
			r.map((d) => ({ ...d, kuesionerVersi: LEBIH.kuesionerVersi })),
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
			r.map((d) => ({ ...d, jawabanTambahan: { 'q-1': LEBIH.jawabanTambahan } })),
			r.map((d) => ({ ...d, jawabanTambahan: { 'Bukan Id': 2 } })),
			r.map((d) => ({
				...d,
				jawabanTambahan: { 'q-1': Array(ARRAY_LIMIT.pilihanTambahan + 1).fill('a') }
			}))
		);
	}
	if (jenis === 'realisasi') {
		const r = dokumenValid('realisasi');
		const baris = (n: number) =>
			Array.from({ length: n }, (_, i) => ({ indikatorId: `ind-${i}`, realisasi: i }));
		const riwayat = (n: number) =>
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
				.map(([d, n]) => ({ ...d, indikator: baris(n) })),
			r.map((d) => ({ ...d, indikator: baris(20_000) })),
			fc
				.tuple(r, fc.integer({ min: ARRAY_LIMIT.riwayat - 1, max: ARRAY_LIMIT.riwayat + 1 }))
				.map(([d, n]) => ({ ...d, riwayat: riwayat(n) })),
			r.map((d) => ({
				...d,
				riwayat: riwayat(200).map((x) => ({ ...x, catatan: '€'.repeat(TEXT_LIMIT.catatan) }))
			}))
		);
	}
	if (jenis === 'kuesioner') {
		const teks = { id: '€'.repeat(500), en: '€'.repeat(500) };
		khusus.push(
			dokumenValid('kuesioner').map((d) => ({
				...d,
				tambahan: Array.from({ length: 30 }, (_, i) => ({
					id: `q-${i}`,
					jenis: 'pilihan',
					pertanyaan: teks,
					pilihan: Array(20).fill(teks),
					wajib: false
				}))
			}))
		);
	}
	return fc.oneof(...umum, ...khusus);
}
