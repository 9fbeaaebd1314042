/**
 * Report generation for `npm run bench`: the pemda SKM report and the Rapor OPD of the Kota
 * Wiradesa demo data, from the scoring inputs to the file's bytes (model, layout, PDF or XLSX),
 * the work the app does on the device when a person taps a download button.
 */
import { generateDemo } from '../../src/lib/demo/generate';
import { DEFAULT_SETTINGS } from '../../src/lib/domain/schemas';
import {
	raporFile,
	skmFile,
	buildRaporReport,
	buildSkmPemdaReport,
	raporPeriode,
	type ReportFile,
	type ReportFormat
} from '../../src/lib/report/files';
import { loadLanguage } from '../../src/lib/i18n/table';
import { time, type BenchResult } from './workload';

// The app loads the whole Indonesian table before a report is built (state/laporan.ts).
await loadLanguage('id');

const PERIODE = '2026-TW4';
const CONTEXT = { locale: 'id', dibuat: '2026-12-31T10:00:00+07:00' } as const;

export function runReportBench(): BenchResult[] {
	const demo = generateDemo();
	const skm = {
		periodeId: PERIODE,
		units: demo.units,
		responses: demo.responses.filter((r) => r.periodeId === PERIODE),
		populasi: demo.populasi.filter((p) => p.periodeId === PERIODE),
		pengaturan: DEFAULT_SETTINGS
	};
	const rapor = {
		periodeId: PERIODE,
		units: demo.units,
		indikator: demo.indikator,
		realisasi: new Map(
			raporPeriode(PERIODE).map((id) => [id, demo.realisasi.filter((r) => r.periodeId === id)])
		),
		pengaturan: DEFAULT_SETTINGS
	};
	const ukur = (name: string, buat: () => ReportFile): BenchResult => {
		let check = '';
		const ms = time(() => {
			const file = buat();
			check = `${file.nama}, ${(file.isi.length / 1024).toFixed(0)} KiB`;
		}, 5);
		return { name, ms, check };
	};
	const skmDari = (f: ReportFormat) => () => skmFile(buildSkmPemdaReport(skm), f, CONTEXT);
	const raporDari = (f: ReportFormat) => () => raporFile(buildRaporReport(rapor), f, CONTEXT);
	const unit = demo.units.filter((u) => u.layananSkm).length;
	const opd = demo.units.filter((u) => u.dinilaiIndeks).length;
	return [
		ukur(`SKM report of the pemda, ${unit} units, PDF`, skmDari('pdf')),
		ukur(`SKM report of the pemda, ${unit} units, XLSX`, skmDari('xlsx')),
		ukur(`Rapor OPD, ${opd} OPD with trend, PDF`, raporDari('pdf')),
		ukur(`Rapor OPD, ${opd} OPD with trend, XLSX`, raporDari('xlsx'))
	];
}
