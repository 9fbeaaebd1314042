import { formatNumber } from '../../src/lib/domain/format';
import type { Settings } from '../../src/lib/domain/schemas';
import {
	computeSkm,
	computeSkmPemda,
	type SkmResult,
	type SkmPemdaResult
} from '../../src/lib/domain/skm';
import { UNSUR_KEYS, unsurIdOf, type UnsurKey } from '../../src/lib/domain/unsur';
import { groupSkm, parseSkmRows, type SkmGroup } from '../../src/lib/import/skm/rows';
import { periodeName, checkErrors, textTable, type Context } from './io';
import type { Table } from '../../src/lib/import/table/table';

export interface SkmOptions {
	bobotSkm: Settings['bobotSkm'];
	ikmPemda: Settings['ikmPemda'];
	penomoran: Settings['penomoranUnsur'];
	perTriwulan: boolean;
	lewati: boolean;
	json: boolean;
	berkas: string;
}

interface UnitResult {
	kelompok: SkmGroup;
	hasil: SkmResult;
}

interface PeriodeResult {
	/** Undefined when all periods are pooled. */
	periodeId?: string;
	unit: UnitResult[];
	pemda: SkmPemdaResult;
}

/** Scores each group and the pemda; with --per-triwulan one pemda figure per triwulan. */
function scoreSkm(kelompok: readonly SkmGroup[], o: SkmOptions): PeriodeResult[] {
	const perPeriode = new Map<string | undefined, UnitResult[]>();
	for (const k of kelompok) {
		const result = computeSkm(
			k.rows.map((r) => r.jawaban),
			o.bobotSkm
		);
		perPeriode.set(k.periodeId, [
			...(perPeriode.get(k.periodeId) ?? []),
			{ kelompok: k, hasil: result }
		]);
	}
	return [...perPeriode].map(([periodeId, unit]) => {
		const all = unit.flatMap((u) => u.kelompok.rows.map((r) => r.jawaban));
		const pemda = computeSkmPemda(
			unit.map((u) => u.hasil),
			all,
			o.ikmPemda,
			o.bobotSkm
		);
		return periodeId === undefined ? { unit, pemda } : { periodeId, unit, pemda };
	});
}

function json(result: readonly PeriodeResult[], o: SkmOptions): string {
	const units = result.flatMap(({ unit }) =>
		unit.map(({ kelompok: group, hasil: h }) => ({
			unit: group.unit,
			...(group.periodeId === undefined ? {} : { periodeId: group.periodeId }),
			responden: h.responden,
			nrr: UNSUR_KEYS.map((key) => h.nrr[key]),
			ikm: h.ikm,
			nilai: h.nilai,
			mutu: h.mutu,
			kinerja: h.kinerja,
			unsurTerendah: h.unsurTerendah
		}))
	);
	const pemdaDari = (p: PeriodeResult) => {
		const { mode, unit, responden, ikm, nilai: value, mutu, kinerja } = p.pemda;
		const content = { mode, unit, responden, ikm, nilai: value, mutu, kinerja };
		return p.periodeId === undefined ? content : { periodeId: p.periodeId, ...content };
	};
	const pemda = o.perTriwulan ? result.map(pemdaDari) : result[0] ? pemdaDari(result[0]) : null;
	const settings = {
		bobotSkm: o.bobotSkm,
		ikmPemda: o.ikmPemda,
		pengelompokan: o.perTriwulan ? 'per-triwulan' : 'semua'
	};
	return JSON.stringify({ units, pemda, pengaturan: settings }, null, 2) + '\n';
}

function periodeRange(k: SkmGroup, kx: Context): string {
	if (k.periodeId !== undefined) return periodeName(k.periodeId, kx.t);
	const ids = [...new Set(k.rows.map((r) => r.periodeId))].sort();
	const initial = periodeName(ids[0]!, kx.t);
	return ids.length === 1 ? initial : `${initial} – ${periodeName(ids[ids.length - 1]!, kx.t)}`;
}

function unitText({ kelompok: group, hasil: h }: UnitResult, o: SkmOptions, kx: Context): string {
	const { t, locale } = kx;
	const angka = (x: number | null, d: number) => (x === null ? '–' : formatNumber(x, d, locale));
	const label = (key: UnsurKey) => key.toUpperCase();
	const unsurName = (key: UnsurKey) => t(`unsur.${unsurIdOf(key, o.penomoran)}`);
	const row = [
		[t('skm.unsur'), ...UNSUR_KEYS.map(label)],
		[t('skm.nrr'), ...UNSUR_KEYS.map((key) => angka(h.nrr[key], 3))],
		[t('skm.mutuUnsur'), ...UNSUR_KEYS.map((key) => h.mutuUnsur[key] ?? '–')]
	];
	if (UNSUR_KEYS.some((key) => h.dijawab[key] < h.responden)) {
		row.push([t('skm.dijawab'), ...UNSUR_KEYS.map((key) => String(h.dijawab[key]))]);
	}
	const right = [false, ...UNSUR_KEYS.map(() => true)];
	const brief: string[][] = [];
	if (h.ikm === null || h.nilai === null || h.mutu === null) {
		const unsur = h.unsurKosong.map((key) => `${label(key)} ${unsurName(key)}`).join(', ');
		brief.push([t('skm.ikm14'), t('skm.unsurKosong', { unsur })]);
	} else {
		brief.push(
			[t('skm.ikm14'), angka(h.ikm, 4)],
			[t('skm.nilai'), angka(h.nilai, 2)],
			[t('skm.mutuPelayanan'), `${h.mutu} (${t(`kinerja.${h.mutu}`)})`]
		);
	}
	h.unsurTerendah.forEach((key, i) => {
		const content = `${i + 1}. ${label(key)} ${unsurName(key)} — ${angka(h.nrr[key], 3)}`;
		brief.push([i === 0 ? t('skm.terendah') : '', content]);
	});
	const periode = periodeRange(group, kx);
	const title = `${group.unit}  (${t('skm.respondenPeriode', { n: h.responden, periode })})`;
	const isi = textTable(row, right) + '\n' + textTable(brief, [false, false]);
	return `${title}\n${isi.replace(/^/gm, '  ')}`;
}

function pemdaText(p: PeriodeResult, kx: Context): string {
	const { t, locale } = kx;
	const { pemda } = p;
	const periode = p.periodeId ? ` — ${periodeName(p.periodeId, t)}` : '';
	const brief = t('skm.ringkasPemda', { unit: pemda.unit, responden: pemda.responden });
	const title = `${t('skm.pemdaCli')}${periode}  (${brief})`;
	const row =
		pemda.ikm === null || pemda.nilai === null || pemda.mutu === null
			? [[t('skm.ikm14'), t('skm.belumAda')]]
			: [
					[t('skm.ikm14'), formatNumber(pemda.ikm, 4, locale)],
					[t('skm.nilai'), formatNumber(pemda.nilai, 2, locale)],
					[t('skm.mutuPelayanan'), `${pemda.mutu} (${t(`kinerja.${pemda.mutu}`)})`]
				];
	return `${title}\n${textTable(row, [false, false]).replace(/^/gm, '  ')}`;
}

function formatSkmText(result: readonly PeriodeResult[], o: SkmOptions, kx: Context): string {
	const { t } = kx;
	const allPeriode = [
		...new Set(
			result.flatMap((p) => p.unit.flatMap((u) => u.kelompok.rows.map((r) => r.periodeId)))
		)
	].sort();
	const cakupan = allPeriode.map((id) => periodeName(id, t)).join(', ');
	const kepala = [
		t('skm.judulCli', { berkas: o.berkas }),
		[
			t(`setelan.bobotSkm.${o.bobotSkm}`),
			t(`setelan.ikmPemda.${o.ikmPemda}`),
			o.perTriwulan ? t('skm.perTriwulan') : t('skm.digabung', { periode: cakupan })
		].join('\n')
	].join('\n');
	const part = result.flatMap((p) => [...p.unit.map((u) => unitText(u, o, kx)), pemdaText(p, kx)]);
	return [kepala, ...part].join('\n\n') + '\n';
}

export function runSkm(table: Table, o: SkmOptions, kx: Context): string {
	const { rows, errors } = parseSkmRows(table);
	checkErrors(errors, rows.length, o.lewati, kx);
	const result = scoreSkm(groupSkm(rows, o.perTriwulan), o);
	return o.json ? json(result, o) : formatSkmText(result, o, kx);
}
