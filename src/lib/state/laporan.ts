/**
 * Report files on request: reads what the report needs from the device database (the same
 * tables and scoring as the screens) and loads the report writers only now, with a dynamic
 * import, so they are not part of the app's first download. Works offline.
 */
import { listIndikator, listPopulasi, listUnits } from '$lib/db/master';
import { getPengaturan } from '$lib/db/pengaturan';
import { realisasiForPeriode } from '$lib/db/realisasi';
import { responsesForPeriode } from '$lib/db/responses';
import type { RaporDb } from '$lib/db/schema';
import type { Locale } from '$lib/domain/format';
import { parsePeriodeId, periodeSebelumnya } from '$lib/domain/periode';
import { waktuSekarang } from '$lib/domain/waktu-lokal';
import type { BerkasLaporan } from '$lib/laporan/berkas';
import { database } from './app.svelte';
import type { SkmInput } from './skm';
import { terapkanKoreksi } from './survei-koreksi';

export type { BerkasLaporan } from '$lib/laporan/berkas';
export type FormatUnduhan = 'pdf' | 'xlsx' | 'csv';

const penulis = () => import('$lib/laporan/berkas');
type Penulis = Awaited<ReturnType<typeof penulis>>;

/** Where and when, and for a PDF the Unicode font its text may need. */
async function konteks(m: Penulis, format: 'pdf' | 'xlsx', locale: Locale) {
	const font = format === 'pdf' ? await m.muatFontUnicode() : undefined;
	return { locale, dibuat: waktuSekarang(), font };
}

async function inputSkm(db: RaporDb, periodeId: string): Promise<SkmInput> {
	const [units, responses, populasi, pengaturan] = await Promise.all([
		listUnits(db),
		responsesForPeriode(db, periodeId).then((list) => terapkanKoreksi(db, list)),
		listPopulasi(db, periodeId),
		getPengaturan(db)
	]);
	return { periodeId, units, responses, populasi, pengaturan };
}

/** The pemda's SKM report (unitId null) or one unit's, as PDF, XLSX, or the screen's table as CSV. */
export async function berkasSkm(
	periodeId: string,
	unitId: string | null,
	format: FormatUnduhan,
	locale: Locale
): Promise<BerkasLaporan> {
	const [m, db] = await Promise.all([penulis(), database()]);
	const input = await inputSkm(db, periodeId);
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
