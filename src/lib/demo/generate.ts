/**
 * Demo data for the fictional Kota Wiradesa, year 2026: units, their service types, the four
 * triwulan, program indicators, cumulative realisation per triwulan and about 3.000 SKM responses.
 * TW IV, the current triwulan, leaves every role something to do: the demo OPD account's unit
 * (Dinkes) still has a draft to complete and submit, and some OPD wait for the admin's verification.
 * Pure and deterministic: the same seed gives the same documents on every device. Every id starts
 * with DEMO_PREFIX, except the periods, whose id is the calendar itself ("2026-TW1").
 */
import {
	SEXES,
	OCCUPATIONS,
	EDUCATION_LEVELS,
	type Indikator,
	type Answer,
	type JenisLayanan,
	type Periode,
	type Populasi,
	type Profil,
	type Realisasi,
	type Rtl,
	type ForumKonsultasi,
	type PublikasiSkm,
	type HistoryEntry,
	type SkmResponse,
	type Score,
	type Triwulan,
	type Unit
} from '$lib/domain/schemas';
import { periodeId } from '$lib/domain/periode';
import { realisasiId } from '$lib/domain/realisasi-status';
import { UNSUR_KEYS, type UnsurKey } from '$lib/domain/unsur';
import {
	DEMO_PREFIX,
	SARAN,
	DEMO_YEAR,
	UNIT_SPECS,
	type IndikatorSpec,
	type KinerjaProfil,
	type SkmSpec,
	type UnitSpec
} from './catalog';
import { demoFollowUp } from './follow-up';
import { randomFor, type Random } from './random';

export interface DemoData {
	units: Unit[];
	/** The service types each SKM service unit offers (what the survey's picker lists). */
	jenisLayanan: JenisLayanan[];
	periode: Periode[];
	populasi: Populasi[];
	indikator: Indikator[];
	realisasi: Realisasi[];
	responses: SkmResponse[];
	/** TW III's follow-up plans of three units, and one Forum Konsultasi Publik. */
	rtl: Rtl[];
	forumKonsultasi: ForumKonsultasi[];
	/** Those three units' published TW III results. */
	publikasiSkm: PublikasiSkm[];
}

export const DEMO_SEED = 20261;
export const DEMO_KUESIONER = 'permen14-2017-v1';
/** About this many SKM responses in the whole year. */
const TOTAL_RESPONSES = 3000;
const TRIWULAN: readonly Triwulan[] = [1, 2, 3, 4];

const periodeIdOf = (tw: Triwulan) => periodeId(DEMO_YEAR, tw);
const demoId = (...parts: (string | number)[]) => DEMO_PREFIX + parts.join('-');
const round = (value: number, decimals: number) => {
	const f = 10 ** decimals;
	return Math.round(value * f) / f;
};

// --- Indeks Kinerja OPD ---------------------------------------------------------------------

/** Year-end levels of each profile: capaian ratio, share of pagu spent, physical progress, P3DN. */
const PROFIL: Record<
	KinerjaProfil,
	{ capaian: number; serapan: number; fisik: number; p3dn: number }
> = {
	unggul: { capaian: 1.03, serapan: 0.96, fisik: 0.98, p3dn: 1.0 },
	baik: { capaian: 0.96, serapan: 0.92, fisik: 0.95, p3dn: 0.93 },
	sedang: { capaian: 0.86, serapan: 0.85, fisik: 0.88, p3dn: 0.8 },
	lemah: { capaian: 0.7, serapan: 0.72, fisik: 0.76, p3dn: 0.62 },
	bermasalah: { capaian: 0.48, serapan: 0.52, fisik: 0.58, p3dn: 0.4 }
};

/** Typical cumulative share of the year's spending and progress reached by the end of each TW. */
const ANGGARAN_CURVE = [0.16, 0.41, 0.68, 1] as const;
const FISIK_CURVE = [0.2, 0.46, 0.72, 1] as const;

/**
 * TW IV entries not yet verified: submitted ones wait for the admin, drafts for their OPD. Dinkes
 * is the unit of the demo OPD account (sync-server/demo-accounts.ts), so signing in as it finds
 * the current triwulan open to complete and submit.
 */
const STATUS_TW4: Record<string, { status: Realisasi['status']; catatan: string }> = {
	dlh: { status: 'diajukan', catatan: 'Menunggu verifikasi Bagian Organisasi.' },
	disnaker: { status: 'diajukan', catatan: 'Menunggu verifikasi Bagian Organisasi.' },
	'kec-wiradesa-timur': { status: 'diajukan', catatan: 'Menunggu verifikasi Bagian Organisasi.' },
	disperkim: { status: 'draft', catatan: 'Bukti dukung realisasi fisik belum diunggah.' },
	bpbd: { status: 'draft', catatan: 'Realisasi indikator belum lengkap.' },
	dinkes: { status: 'draft', catatan: 'Realisasi indikator terakhir menunggu data puskesmas.' }
};
/** The user name of the demo OPD account, which reports for Dinkes. */
const DEMO_OPD_ACCOUNTS: Record<string, string> = { dinkes: 'demo-opd' };

/**
 * The history of a TW IV entry that is not verified yet: saved (and, when submitted, submitted) by
 * the OPD's staff in the first days of December, so the admin sees who submitted it and when.
 */
function historyTw4(key: string, status: Realisasi['status'], order: number): HistoryEntry[] {
	const oleh = DEMO_OPD_ACCOUNTS[key] ?? `staf-${key}`;
	const day = String(1 + (order % 3)).padStart(2, '0');
	const clock = String(8 + order).padStart(2, '0');
	const riwayat: HistoryEntry[] = [
		{ waktu: `2026-12-${day}T${clock}:15:00+07:00`, oleh, aksi: 'simpan' }
	];
	if (status === 'diajukan') {
		riwayat.push({ waktu: `2026-12-${day}T${clock}:40:00+07:00`, oleh, aksi: 'ajukan' });
	}
	return riwayat;
}
/** The OPD that did not report P3DN one triwulan, so screens show the gap. */
const WITHOUT_P3DN = { key: 'satpolpp', triwulan: 2 as Triwulan };

function measureUnitDecimals(satuan: string): number {
	if (['%', 'km', 'hektare', 'indeks', 'nilai', 'miliar rupiah'].includes(satuan)) return 2;
	if (['hari', 'jam'].includes(satuan)) return 1;
	return 0;
}

/** A rising cumulative curve around `base`, different for each OPD. */
function curve(r: Random, base: readonly number[]): number[] {
	const out: number[] = [];
	base.forEach((share, i) => {
		const value = i === base.length - 1 ? share : share * r.between(0.88, 1.12);
		out.push(Math.max(value, (out[i - 1] ?? 0) + 0.03));
	});
	return out;
}

function realisasiIndikator(spec: IndikatorSpec, target: number, capaian: number): number {
	// Negative polarity: a capaian of c under the selisih rule means realisasi = target × (2 − c).
	const raw = spec.polaritas === 'positif' ? target * capaian : target * Math.max(0, 2 - capaian);
	const value = round(raw, measureUnitDecimals(spec.satuan));
	return spec.satuan === '%' ? Math.min(value, 100) : value;
}

function kinerjaOf(seed: number, spec: UnitSpec, indikator: readonly Indikator[]): Realisasi[] {
	const kinerja = spec.kinerja;
	if (!kinerja) return [];
	const r = randomFor(seed, `realisasi:${spec.key}`);
	const profil = PROFIL[kinerja.profil];
	const serapan = Math.min(0.99, profil.serapan * r.between(0.95, 1.03));
	const fisik = Math.min(1, profil.fisik * r.between(0.96, 1.03));
	const p3dn = profil.p3dn * r.between(0.95, 1.04);
	const kurvaAnggaran = curve(r, ANGGARAN_CURVE);
	const kurvaFisik = curve(r, FISIK_CURVE);
	const porsiPengadaan = r.between(0.35, 0.6);
	const initialPagu = kinerja.paguMiliar * 1e9;
	// APBD Perubahan, adopted in TW III, moves the pagu of some OPD.
	const paguChange = r.chance(0.4) ? initialPagu * (1 + r.between(-0.04, 0.08)) : initialPagu;
	const capaianIndikator = kinerja.indikator.map(() => profil.capaian * r.between(0.9, 1.1));

	return TRIWULAN.map((tw): Realisasi => {
		const i = tw - 1;
		const pagu = Math.round((tw >= 3 ? paguChange : initialPagu) / 1000) * 1000;
		const realisasiAnggaran = Math.round(pagu * serapan * kurvaAnggaran[i]!);
		const realisasiFisik = Math.min(100, round(100 * fisik * kurvaFisik[i]!, 2));
		const totalPengadaan = Math.round(realisasiAnggaran * porsiPengadaan);
		const komitmenPdn = Math.round(pagu * porsiPengadaan * 0.85 * ANGGARAN_CURVE[i]!);
		const realisasiPdn = Math.min(
			Math.round(komitmenPdn * p3dn * r.between(0.95, 1.05)),
			Math.round(totalPengadaan * 0.98)
		);
		const tanpaP3dn = spec.key === WITHOUT_P3DN.key && tw === WITHOUT_P3DN.triwulan;
		const tw4 = tw === 4 ? STATUS_TW4[spec.key] : undefined;
		const indikatorValue = indikator.map((ind, j) => {
			const target = ind.target[i];
			const specIndikator = kinerja.indikator[j]!;
			if (target === null || target === undefined) return { indikatorId: ind.id, realisasi: null };
			const capaian = capaianIndikator[j]! * r.between(0.95, 1.05);
			return { indikatorId: ind.id, realisasi: realisasiIndikator(specIndikator, target, capaian) };
		});
		// A draft still lacks its last indicator.
		if (tw4?.status === 'draft') indikatorValue[indikatorValue.length - 1]!.realisasi = null;

		const entry: Realisasi = {
			id: realisasiId(demoId(spec.key), periodeIdOf(tw)),
			unitId: demoId(spec.key),
			periodeId: periodeIdOf(tw),
			pagu,
			realisasiAnggaran,
			realisasiFisik,
			p3dn: tanpaP3dn
				? { realisasiPdn: null, komitmenPdn: null, totalPengadaan: null }
				: { realisasiPdn, komitmenPdn, totalPengadaan },
			indikator: indikatorValue,
			status: tw4?.status ?? 'diverifikasi'
		};
		if (tanpaP3dn) entry.catatan = 'Laporan P3DN triwulan ini belum disampaikan.';
		else if (tw4) entry.catatan = tw4.catatan;
		if (tw4) {
			entry.riwayat = historyTw4(spec.key, tw4.status, Object.keys(STATUS_TW4).indexOf(spec.key));
		}
		return entry;
	});
}

// --- SKM ------------------------------------------------------------------------------------

/** How each unsur tends to sit against the unit's level: services are mostly free (U4), complaint
 * handling (U8) and waiting time (U3) are what citizens mark down. */
const SKEW: Record<UnsurKey, number> = {
	u1: 0,
	u2: -0.05,
	u3: -0.2,
	u4: 0.35,
	u5: 0,
	u6: 0.05,
	u7: 0.15,
	u8: -0.25,
	u9: -0.1
};
const EMPTY_CHANCE = 0.02;
const OCCUPATION_WEIGHTS = [0.08, 0.02, 0.3, 0.25, 0.1, 0.25];
const EDUCATION_WEIGHTS = [0.08, 0.14, 0.42, 0.1, 0.22, 0.035, 0.005];

function randomScore(r: Random, mean: number): Score {
	const m = Math.min(4, Math.max(1, mean));
	const lower = Math.floor(m);
	let value = lower + (r.next() < m - lower ? 1 : 0);
	if (r.chance(0.04)) value += r.chance(0.5) ? 1 : -1;
	return Math.min(4, Math.max(1, value)) as Score;
}

function profilOf(r: Random): Profil {
	const pekerjaan = r.weighted(OCCUPATIONS, OCCUPATION_WEIGHTS);
	const full: Required<Profil> = {
		jenisKelamin: r.pick(SEXES),
		usia: pekerjaan === 'Pelajar/Mahasiswa' ? r.int(17, 24) : r.int(20, 72),
		pendidikan:
			pekerjaan === 'Pelajar/Mahasiswa'
				? r.pick(['SMA', 'D4-S1'] as const)
				: pekerjaan === 'PNS'
					? r.weighted(['SMA', 'D1-D3', 'D4-S1', 'S2'] as const, [0.15, 0.15, 0.55, 0.15])
					: r.weighted(EDUCATION_LEVELS, EDUCATION_WEIGHTS),
		pekerjaan
	};
	if (r.chance(0.88)) return full;
	const partial: Profil = {};
	if (r.chance(0.5)) partial.jenisKelamin = full.jenisKelamin;
	if (r.chance(0.5)) partial.usia = full.usia;
	if (r.chance(0.5)) partial.pendidikan = full.pendidikan;
	if (r.chance(0.5)) partial.pekerjaan = full.pekerjaan;
	return partial;
}

/** Fixed-date national holidays (the moving ones are left out of the demo). */
const HOLIDAYS = ['01-01', '05-01', '06-01', '08-17', '12-25'];

/** Office hours on a working day of the triwulan, WIB. */
function serviceTime(r: Random, tw: Triwulan): string {
	const start = Date.UTC(DEMO_YEAR, (tw - 1) * 3, 1);
	const days = Math.round((Date.UTC(DEMO_YEAR, tw * 3, 1) - start) / 86_400_000);
	let day: Date;
	let date: string;
	do {
		day = new Date(start + r.int(0, days - 1) * 86_400_000);
		date = day.toISOString().slice(0, 10);
	} while (day.getUTCDay() === 0 || day.getUTCDay() === 6 || HOLIDAYS.includes(date.slice(5)));
	const minutes = r.int(7 * 60 + 30, 15 * 60);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:${pad(r.int(0, 59))}+07:00`;
}

function responseOf(
	r: Random,
	spec: UnitSpec,
	skm: SkmSpec,
	tw: Triwulan
): Omit<SkmResponse, 'id'> {
	const level = skm.mutu + (skm.tren ?? 0) * (tw - 1);
	const suasana = r.between(-0.35, 0.35);
	const answer = Object.fromEntries(
		UNSUR_KEYS.map((k) => [
			k,
			r.chance(EMPTY_CHANCE) ? null : randomScore(r, level + SKEW[k] + suasana)
		])
	) as Answer;
	const answered = Object.values(answer).filter((v): v is Score => v !== null);
	const mean = answered.reduce((sum, v) => sum + v, 0) / Math.max(1, answered.length);
	const response: Omit<SkmResponse, 'id'> = {
		unitId: demoId(spec.key),
		periodeId: periodeIdOf(tw),
		waktu: serviceTime(r, tw),
		jawaban: answer,
		profil: profilOf(r),
		jenisLayanan: r.pick(skm.jenisLayanan),
		kuesionerVersi: DEMO_KUESIONER,
		sumber: 'demo'
	};
	if (r.chance(mean < 2.8 ? 0.16 : 0.06)) {
		response.saran = r.pick(mean >= 3.4 ? SARAN.puas : SARAN.kurang);
	}
	return response;
}

/**
 * Krejcie & Morgan's formula solved for N: the population for which `s` respondents suffice. The
 * published table sits within about two of the formula; callers keep a margin.
 */
function populasiForSampel(s: number): number {
	return Math.floor((s * 0.95775) / (0.96025 - 0.0025 * s));
}

function skmOf(seed: number, spec: UnitSpec, totalBobot: number) {
	const skm = spec.skm;
	if (!skm) return { responses: [], populasi: [] };
	const responses: SkmResponse[] = [];
	const populasi: Populasi[] = [];
	for (const tw of TRIWULAN) {
		const r = randomFor(seed, `skm:${spec.key}:${tw}`);
		const periodeId = periodeIdOf(tw);
		const n = Math.max(
			5,
			Math.round(((TOTAL_RESPONSES * skm.bobot) / totalBobot / 4) * r.between(0.85, 1.15))
		);
		const batch = Array.from({ length: n }, () => responseOf(r, spec, skm, tw)).sort((a, b) =>
			a.waktu.localeCompare(b.waktu)
		);
		batch.forEach((response, i) => {
			responses.push({
				id: demoId('skm', spec.key, periodeId, String(i + 1).padStart(3, '0')),
				...response
			});
		});
		const count =
			skm.populasi !== 'cukup'
				? Math.round(skm.populasi * r.between(0.9, 1.12))
				: skm.kurangDiTriwulan === tw
					? populasiForSampel(n + 6)
					: populasiForSampel(Math.floor(n * 0.88));
		populasi.push({
			id: demoId('pop', spec.key, periodeId),
			unitId: demoId(spec.key),
			periodeId,
			jumlah: count
		});
	}
	return { responses, populasi };
}

// --- The data set ---------------------------------------------------------------------------

export function generateDemo(seed = DEMO_SEED): DemoData {
	const data: DemoData = {
		units: [],
		jenisLayanan: [],
		periode: TRIWULAN.map((triwulan) => ({
			id: periodeIdOf(triwulan),
			tahun: DEMO_YEAR,
			triwulan
		})),
		populasi: [],
		indikator: [],
		realisasi: [],
		responses: [],
		rtl: [],
		forumKonsultasi: [],
		publikasiSkm: []
	};
	const totalBobot = UNIT_SPECS.reduce((sum, spec) => sum + (spec.skm?.bobot ?? 0), 0);

	for (const spec of UNIT_SPECS) {
		const unit: Unit = {
			id: demoId(spec.key),
			nama: spec.nama,
			singkatan: spec.singkatan,
			jenis: spec.jenis,
			dinilaiIndeks: spec.kinerja !== undefined,
			layananSkm: spec.skm !== undefined
		};
		if (spec.induk) unit.indukId = demoId(spec.induk);
		data.units.push(unit);
		data.jenisLayanan.push(
			...(spec.skm?.jenisLayanan ?? []).map((name, i): JenisLayanan => ({
				id: demoId('jl', spec.key, i + 1),
				unitId: unit.id,
				nama: name,
				aktif: true
			}))
		);

		const indikator = (spec.kinerja?.indikator ?? []).map((ind, i): Indikator => ({
			id: demoId('ind', spec.key, i + 1),
			unitId: unit.id,
			tahun: DEMO_YEAR,
			nama: ind.nama,
			satuan: ind.satuan,
			polaritas: ind.polaritas,
			target: [...ind.target]
		}));
		data.indikator.push(...indikator);
		data.realisasi.push(...kinerjaOf(seed, spec, indikator));

		const skm = skmOf(seed, spec, totalBobot);
		data.responses.push(...skm.responses);
		data.populasi.push(...skm.populasi);
	}
	const followUp = demoFollowUp(data.units, data.responses);
	data.rtl = followUp.rtl;
	data.forumKonsultasi = followUp.forumKonsultasi;
	data.publikasiSkm = followUp.publikasiSkm;
	return data;
}
