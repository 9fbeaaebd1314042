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
		const hasil = computeSkm(
			k.rows.map((r) => r.jawaban),
			o.bobotSkm
		);
		perPeriode.set(k.periodeId, [...(perPeriode.get(k.periodeId) ?? []), { kelompok: k, hasil }]);
	}
	return [...perPeriode].map(([periodeId, unit]) => {
		const semua = unit.flatMap((u) => u.kelompok.rows.map((r) => r.jawaban));
		const pemda = computeSkmPemda(
			unit.map((u) => u.hasil),
			semua,
			o.ikmPemda,
			o.bobotSkm
		);
		return periodeId === undefined ? { unit, pemda } : { periodeId, unit, pemda };
	});
}

function json(hasil: readonly PeriodeResult[], o: SkmOptions): string {
	const units = hasil.flatMap(({ unit }) =>
		unit.map(({ kelompok, hasil: h }) => ({
			unit: kelompok.unit,
			...(kelompok.periodeId === undefined ? {} : { periodeId: kelompok.periodeId }),
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
		const { mode, unit, responden, ikm, nilai, mutu, kinerja } = p.pemda;
		const isi = { mode, unit, responden, ikm, nilai, mutu, kinerja };
		return p.periodeId === undefined ? isi : { periodeId: p.periodeId, ...isi };
	};
	const pemda = o.perTriwulan ? hasil.map(pemdaDari) : hasil[0] ? pemdaDari(hasil[0]) : null;
	const pengaturan = {
		bobotSkm: o.bobotSkm,
		ikmPemda: o.ikmPemda,
		pengelompokan: o.perTriwulan ? 'per-triwulan' : 'semua'
	};
	return JSON.stringify({ units, pemda, pengaturan }, null, 2) + '\n';
}

function periodeRange(k: SkmGroup, kx: Context): string {
	if (k.periodeId !== undefined) return periodeName(k.periodeId, kx.t);
	const ids = [...new Set(k.rows.map((r) => r.periodeId))].sort();
	const awal = periodeName(ids[0]!, kx.t);
	return ids.length === 1 ? awal : `${awal} – ${periodeName(ids[ids.length - 1]!, kx.t)}`;
}

function unitText({ kelompok, hasil: h }: UnitResult, o: SkmOptions, kx: Context): string {
	const { t, locale } = kx;
	const angka = (x: number | null, d: number) => (x === null ? '–' : formatNumber(x, d, locale));
	const label = (key: UnsurKey) => key.toUpperCase();
	const namaUnsur = (key: UnsurKey) => t(`unsur.${unsurIdOf(key, o.penomoran)}`);
	const baris = [
		[t('skm.unsur'), ...UNSUR_KEYS.map(label)],
		[t('skm.nrr'), ...UNSUR_KEYS.map((key) => angka(h.nrr[key], 3))],
		[t('skm.mutuUnsur'), ...UNSUR_KEYS.map((key) => h.mutuUnsur[key] ?? '–')]
	];
	if (UNSUR_KEYS.some((key) => h.dijawab[key] < h.responden)) {
		baris.push([t('skm.dijawab'), ...UNSUR_KEYS.map((key) => String(h.dijawab[key]))]);
	}
	const kanan = [false, ...UNSUR_KEYS.map(() => true)];
	const ringkas: string[][] = [];
	if (h.ikm === null || h.nilai === null || h.mutu === null) {
		const unsur = h.unsurKosong.map((key) => `${label(key)} ${namaUnsur(key)}`).join(', ');
		ringkas.push([t('skm.ikm14'), t('skm.unsurKosong', { unsur })]);
	} else {
		ringkas.push(
			[t('skm.ikm14'), angka(h.ikm, 4)],
			[t('skm.nilai'), angka(h.nilai, 2)],
			[t('skm.mutuPelayanan'), `${h.mutu} (${t(`kinerja.${h.mutu}`)})`]
		);
	}
	h.unsurTerendah.forEach((key, i) => {
		const isi = `${i + 1}. ${label(key)} ${namaUnsur(key)} — ${angka(h.nrr[key], 3)}`;
		ringkas.push([i === 0 ? t('skm.terendah') : '', isi]);
	});
	const periode = periodeRange(kelompok, kx);
	const judul = `${kelompok.unit}  (${t('skm.respondenPeriode', { n: h.responden, periode })})`;
	const isi = textTable(baris, kanan) + '\n' + textTable(ringkas, [false, false]);
	return `${judul}\n${isi.replace(/^/gm, '  ')}`;
}

function pemdaText(p: PeriodeResult, kx: Context): string {
	const { t, locale } = kx;
	const { pemda } = p;
	const periode = p.periodeId ? ` — ${periodeName(p.periodeId, t)}` : '';
	const ringkas = t('skm.ringkasPemda', { unit: pemda.unit, responden: pemda.responden });
	const judul = `${t('skm.pemdaCli')}${periode}  (${ringkas})`;
	const baris =
		pemda.ikm === null || pemda.nilai === null || pemda.mutu === null
			? [[t('skm.ikm14'), t('skm.belumAda')]]
			: [
					[t('skm.ikm14'), formatNumber(pemda.ikm, 4, locale)],
					[t('skm.nilai'), formatNumber(pemda.nilai, 2, locale)],
					[t('skm.mutuPelayanan'), `${pemda.mutu} (${t(`kinerja.${pemda.mutu}`)})`]
				];
	return `${judul}\n${textTable(baris, [false, false]).replace(/^/gm, '  ')}`;
}

function formatSkmText(hasil: readonly PeriodeResult[], o: SkmOptions, kx: Context): string {
	const { t } = kx;
	const semuaPeriode = [
		...new Set(hasil.flatMap((p) => p.unit.flatMap((u) => u.kelompok.rows.map((r) => r.periodeId))))
	].sort();
	const cakupan = semuaPeriode.map((id) => periodeName(id, t)).join(', ');
	const kepala = [
		t('skm.judulCli', { berkas: o.berkas }),
		[
			t(`setelan.bobotSkm.${o.bobotSkm}`),
			t(`setelan.ikmPemda.${o.ikmPemda}`),
			o.perTriwulan ? t('skm.perTriwulan') : t('skm.digabung', { periode: cakupan })
		].join('\n')
	].join('\n');
	const bagian = hasil.flatMap((p) => [...p.unit.map((u) => unitText(u, o, kx)), pemdaText(p, kx)]);
	return [kepala, ...bagian].join('\n\n') + '\n';
}

export function runSkm(tabel: Table, o: SkmOptions, kx: Context): string {
	const { rows, errors } = parseSkmRows(tabel);
	checkErrors(errors, rows.length, o.lewati, kx);
	const hasil = scoreSkm(groupSkm(rows, o.perTriwulan), o);
	return o.json ? json(hasil, o) : formatSkmText(hasil, o, kx);
}
