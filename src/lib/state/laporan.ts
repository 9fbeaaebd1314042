/**
 * Report files on request: reads what the report needs from the device database (the same
 * tables and scoring as the screens) and loads the report writers only now, with a dynamic
 * import, so they are not part of the app's first download. Works offline.
 */
import { listIndikator, listPopulasi, listUnits } from '$lib/db/master';
import { getPengaturan } from '$lib/db/pengaturan';
import { realisasiForPeriode } from '$lib/db/realisasi';
import { responsesForUnit } from '$lib/db/responses';
import type { RaporDb } from '$lib/db/schema';
import { rekapForPeriode } from '$lib/db/skm-rekap';
import type { Locale } from '$lib/domain/format';
import { parsePeriodeId, periodeSebelumnya } from '$lib/domain/periode';
import { waktuSekarang } from '$lib/domain/waktu-lokal';
import { muatPesanLengkap } from '$lib/i18n/locale.svelte';
import type { BerkasLaporan } from '$lib/laporan/berkas';
import { database } from './app.svelte';
import type { LaporanSkmInput, SaranRespons } from '$lib/laporan/skm-model';
import { terapkanKoreksi } from './survei-koreksi';

export type { BerkasLaporan } from '$lib/laporan/berkas';
export type FormatUnduhan = 'pdf' | 'xlsx' | 'csv';

// The report's wording needs the whole message table, not only the first screen's.
const penulis = () =>
	Promise.all([import('$lib/laporan/berkas'), muatPesanLengkap()]).then(([m]) => m);
type Penulis = Awaited<ReturnType<typeof penulis>>;

/** Where and when, and for a PDF the Unicode font its text may need. */
async function konteks(m: Penulis, format: 'pdf' | 'xlsx', locale: Locale) {
	const font = format === 'pdf' ? await m.muatFontUnicode() : undefined;
	return { locale, dibuat: waktuSekarang(), font };
}

/** Figures from the stored rekap; the saran (free text) from the units' responses, by index. */
async function inputSkm(
	db: RaporDb,
	periodeId: string,
	unitId: string | null
): Promise<LaporanSkmInput> {
	const [units, rekap, populasi, pengaturan] = await Promise.all([
		listUnits(db),
		rekapForPeriode(db, periodeId),
		listPopulasi(db, periodeId),
		getPengaturan(db)
	]);
	const denganSaran = unitId === null ? rekap.map((r) => r.unitId) : [unitId];
	const saran = new Map<string, SaranRespons[]>();
	for (const id of denganSaran) {
		const list = await terapkanKoreksi(db, await responsesForUnit(db, id, periodeId));
		saran.set(
			id,
			list.filter((r) => r.saran).map(({ waktu, saran }) => ({ waktu, saran }))
		);
	}
	return { periodeId, units, rekap, populasi, pengaturan, saran };
}

/** The pemda's SKM report (unitId null) or one unit's, as PDF, XLSX, or the screen's table as CSV. */
export async function berkasSkm(
	periodeId: string,
	unitId: string | null,
	format: FormatUnduhan,
	locale: Locale
): Promise<BerkasLaporan> {
	const [m, db] = await Promise.all([penulis(), database()]);
	const input = await inputSkm(db, periodeId, unitId);
	const laporan = unitId === null ? m.laporanSkmPemda(input) : m.laporanSkmUnit(input, unitId);
	if (!laporan) throw new Error(`unit ${unitId} not on this device`);
	if (format === 'csv') return m.csvSkm(laporan, locale);
	return m.berkasSkm(laporan, format, await konteks(m, format, locale));
}

/** The Rapor OPD of a triwulan as PDF or XLSX, or the ranking table as CSV. */
export async function berkasRapor(
	periodeId: string,
	format: FormatUnduhan,
	locale: Locale
): Promise<BerkasLaporan> {
	const [m, db] = await Promise.all([penulis(), database()]);
	const periode = m.periodeRapor(periodeId);
	const tahun = new Set(
		[periodeId, periodeSebelumnya(periodeId)].map((id) => parsePeriodeId(id).tahun)
	);
	const [units, indikator, realisasi, pengaturan] = await Promise.all([
		listUnits(db),
		Promise.all([...tahun].map((t) => listIndikator(db, t))).then((l) => l.flat()),
		Promise.all(periode.map((id) => realisasiForPeriode(db, id))),
		getPengaturan(db)
	]);
	const laporan = m.laporanRapor({
		periodeId,
		units,
		indikator,
		realisasi: new Map(periode.map((id, i) => [id, realisasi[i]!])),
		pengaturan
	});
	if (format === 'csv') return m.csvPeringkat(laporan, locale);
	return m.berkasRapor(laporan, format, await konteks(m, format, locale));
}

/** Kiosk posters of the given units; `dasarKiosk` is the absolute address of /kiosk. */
export async function berkasPoster(
	units: readonly { id: string; nama: string }[],
	dasarKiosk: string,
	locale: Locale
): Promise<BerkasLaporan> {
	const m = await penulis();
	return m.berkasPoster(units, dasarKiosk, await konteks(m, 'pdf', locale));
}
