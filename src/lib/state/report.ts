/**
 * Report files on request: reads what the report needs from the device database (the same
 * tables and scoring as the screens) and loads the report writers only now, with a dynamic
 * import, so they are not part of the app's first download. Works offline.
 */
import { listIndikator, listPopulasi, listUnits } from '$lib/db/master';
import { getSettings } from '$lib/db/settings';
import { realisasiForPeriode } from '$lib/db/realisasi';
import { responsesForUnit } from '$lib/db/responses';
import type { RaporDb } from '$lib/db/schema';
import { rekapForPeriode } from '$lib/db/skm-rekap';
import { rtlForUnit } from '$lib/db/tindak-lanjut';
import { rtlBefore } from '$lib/domain/tindak-lanjut';
import type { Locale } from '$lib/domain/format';
import { parsePeriodeId, previousPeriode } from '$lib/domain/periode';
import { timeNow } from '$lib/domain/local-time';
import { loadFullMessages } from '$lib/i18n/locale.svelte';
import type { ReportFile } from '$lib/report/files';
import { database } from './app.svelte';
import type { SkmReportInput, ResponseSaran, RtlInput } from '$lib/report/skm-model';
import { applyKoreksi } from './survey-koreksi';

export type { ReportFile } from '$lib/report/files';
export type DownloadFormat = 'pdf' | 'xlsx' | 'csv';

// The report's wording needs the whole message table, not only the first screen's.
const loadWriters = () =>
	Promise.all([import('$lib/report/files'), loadFullMessages()]).then(([m]) => m);
type Writers = Awaited<ReturnType<typeof loadWriters>>;

/** Where and when, and for a PDF the Unicode font its text may need. */
async function context(m: Writers, format: 'pdf' | 'xlsx', locale: Locale) {
	const font = format === 'pdf' ? await m.loadUnicodeFont() : undefined;
	return { locale, dibuat: timeNow(), font };
}

/**
 * The follow-up of the report's units: every RTL of theirs (the model keeps the period's and the
 * latest earlier one, rtlBefore) and, for "did it work?", their rekap of those earlier periods.
 */
async function rtlInput(db: RaporDb, periodeId: string, unitIds: string[]): Promise<RtlInput> {
	const rtl = (await Promise.all(unitIds.map((id) => rtlForUnit(db, id)))).flat();
	const earlier = new Map<string, Set<string>>();
	for (const id of unitIds) {
		const before = rtlBefore(
			rtl.filter((r) => r.unitId === id),
			periodeId
		);
		if (!before) continue;
		const units = earlier.get(before.periodeId) ?? new Set<string>();
		earlier.set(before.periodeId, units.add(id));
	}
	const rekapEarlier = (
		await Promise.all(
			[...earlier].map(async ([p, units]) =>
				(await rekapForPeriode(db, p)).filter((r) => units.has(r.unitId))
			)
		)
	).flat();
	return { rtl, rekapEarlier };
}

/**
 * Figures from the stored rekap; the saran (free text) from the units' responses, by index; the
 * units' RTL and the rekap of the earlier periods they followed up.
 */
export async function skmInput(
	db: RaporDb,
	periodeId: string,
	unitId: string | null
): Promise<SkmReportInput> {
	const [units, rekap, populasi, settings] = await Promise.all([
		listUnits(db),
		rekapForPeriode(db, periodeId),
		listPopulasi(db, periodeId),
		getSettings(db)
	]);
	const denganSaran = unitId === null ? rekap.map((r) => r.unitId) : [unitId];
	const saran = new Map<string, ResponseSaran[]>();
	for (const id of denganSaran) {
		const list = await applyKoreksi(db, await responsesForUnit(db, id, periodeId));
		saran.set(
			id,
			list.filter((r) => r.saran).map(({ waktu: time, saran }) => ({ waktu: time, saran }))
		);
	}
	const reported = unitId === null ? units.filter((u) => u.layananSkm).map((u) => u.id) : [unitId];
	const followUp = await rtlInput(db, periodeId, reported);
	return { periodeId, units, rekap, populasi, pengaturan: settings, saran, ...followUp };
}

/** The pemda's SKM report (unitId null) or one unit's, as PDF, XLSX, or the screen's table as CSV. */
export async function skmFile(
	periodeId: string,
	unitId: string | null,
	format: DownloadFormat,
	locale: Locale
): Promise<ReportFile> {
	const [m, db] = await Promise.all([loadWriters(), database()]);
	const input = await skmInput(db, periodeId, unitId);
	const laporan =
		unitId === null ? m.buildSkmPemdaReport(input) : m.buildSkmUnitReport(input, unitId);
	if (!laporan) throw new Error(`unit ${unitId} not on this device`);
	if (format === 'csv') return m.skmCsv(laporan, locale);
	return m.skmFile(laporan, format, await context(m, format, locale));
}

/** The Rapor OPD of a triwulan as PDF or XLSX, or the ranking table as CSV. */
export async function raporFile(
	periodeId: string,
	format: DownloadFormat,
	locale: Locale
): Promise<ReportFile> {
	const [m, db] = await Promise.all([loadWriters(), database()]);
	const periode = m.raporPeriode(periodeId);
	const year = new Set(
		[periodeId, previousPeriode(periodeId)].map((id) => parsePeriodeId(id).tahun)
	);
	const [units, indikator, realisasi, settings] = await Promise.all([
		listUnits(db),
		Promise.all([...year].map((t) => listIndikator(db, t))).then((l) => l.flat()),
		Promise.all(periode.map((id) => realisasiForPeriode(db, id))),
		getSettings(db)
	]);
	const report = m.buildRaporReport({
		periodeId,
		units,
		indikator,
		realisasi: new Map(periode.map((id, i) => [id, realisasi[i]!])),
		pengaturan: settings
	});
	if (format === 'csv') return m.rankingCsv(report, locale);
	return m.raporFile(report, format, await context(m, format, locale));
}

/** Kiosk posters of the given units; `kioskBase` is the absolute address of /kiosk. */
export async function posterFile(
	units: readonly { id: string; nama: string }[],
	baseKiosk: string,
	locale: Locale
): Promise<ReportFile> {
	const m = await loadWriters();
	return m.posterFile(units, baseKiosk, await context(m, 'pdf', locale));
}
