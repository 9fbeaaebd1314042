import { formatNumber } from '../../src/lib/domain/format';
import { computeIndeksOpd, KOMPONEN_KEYS, type IndeksResult } from '../../src/lib/domain/indeks';
import { previousPeriode } from '../../src/lib/domain/periode';
import { computeRanking, type UnitRank } from '../../src/lib/domain/ranking';
import type { Settings } from '../../src/lib/domain/schemas';
import { problemRows } from '../../src/lib/import/table/errors';
import { indeksInputs, parseRealisasiRows } from '../../src/lib/import/realisasi/rows';
import type { Table } from '../../src/lib/import/table/table';
import { periodeName, checkErrors, textTable, type Context } from './io';

export interface IndeksOptions {
	pengaturan: Settings;
	lewati: boolean;
	json: boolean;
}

interface ScoredPeriode {
	periodeId: string;
	hasil: Map<string, IndeksResult>;
	peringkat: UnitRank[];
}

function scoreIndeks(
	table: Table,
	o: IndeksOptions,
	kx: Context
): { periode: ScoredPeriode[]; nama: Map<string, string> } {
	const impor = parseRealisasiRows(table);
	const rowCount = table.rows.length - problemRows(impor.errors).length;
	checkErrors(impor.errors, rowCount, o.lewati, kx);
	const name = new Map(impor.unit.map((u) => [u.id, u.nama]));
	const perPeriode = new Map<string, ScoredPeriode>();
	const periode = indeksInputs(impor).map(({ periodeId, masukan }) => {
		const result = new Map(masukan.map((m) => [m.unitId, computeIndeksOpd(m, o.pengaturan)]));
		const kini = [...result.values()].map(({ unitId, indeks }) => ({ unitId, indeks }));
		const lalu = perPeriode.get(previousPeriode(periodeId));
		const list = computeRanking(
			kini,
			lalu && lalu.peringkat.map(({ unitId, indeks }) => ({ unitId, indeks }))
		);
		const p = { periodeId, hasil: result, peringkat: list };
		perPeriode.set(periodeId, p);
		return p;
	});
	return { periode, nama: name };
}

function json(
	periode: readonly ScoredPeriode[],
	name: Map<string, string>,
	o: IndeksOptions
): string {
	const content = periode.map((p) => ({
		periodeId: p.periodeId,
		peringkat: p.peringkat.map((b) => {
			const h = p.hasil.get(b.unitId)!;
			return {
				unit: name.get(b.unitId) ?? b.unitId,
				peringkat: b.peringkat,
				indeks: h.indeks,
				zona: h.zona,
				komponen: Object.fromEntries(KOMPONEN_KEYS.map((k) => [k, h.komponen[k].nilai])),
				kekurangan: h.kekurangan
			};
		})
	}));
	const { bobotIndeks, batasCapaian: capaianLimit, rumusNegatif, rumusP3dn, zona } = o.pengaturan;
	const settings = { bobotIndeks, batasCapaian: capaianLimit, rumusNegatif, rumusP3dn, zona };
	return JSON.stringify({ periode: content, pengaturan: settings }, null, 2) + '\n';
}

function movement(b: UnitRank): string {
	if (b.naik === null) return '';
	if (b.naik > 0) return `▲${b.naik}`;
	if (b.naik < 0) return `▼${-b.naik}`;
	return '=';
}

function periodeText(p: ScoredPeriode, name: Map<string, string>, kx: Context): string {
	const { t, locale } = kx;
	const angka = (x: number | null) => (x === null ? '–' : formatNumber(x, 2, locale));
	const kepala = [
		t('indeks.no'),
		t('peringkat.opd'),
		t('peringkat.indeks'),
		t('peringkat.zona'),
		t('indeks.anggaran'),
		t('indeks.fisik'),
		t('indeks.kinerja'),
		t('indeks.p3dn'),
		t('peringkat.gerak'),
		t('peringkat.dataKurang')
	];
	const row = p.peringkat.map((b) => {
		const h = p.hasil.get(b.unitId)!;
		const kurang = h.kekurangan.map((k) => t(`kurang.${k}`));
		if (h.indikatorTanpaRealisasi > 0) {
			kurang.push(t('peringkat.indikatorKosong', { n: h.indikatorTanpaRealisasi }));
		}
		return [
			b.peringkat === null ? '–' : String(b.peringkat),
			name.get(b.unitId) ?? b.unitId,
			angka(h.indeks),
			h.zona === null ? '–' : t(`zona.${h.zona}`),
			...KOMPONEN_KEYS.map((k) => angka(h.komponen[k].nilai)),
			movement(b),
			kurang.join('; ')
		];
	});
	const right = [true, false, true, false, true, true, true, true, false, false];
	const title = t('indeks.judulCli', { periode: periodeName(p.periodeId, t) });
	return `${title}\n${textTable([kepala, ...row], right)}`;
}

function formatIndeksText(
	periode: readonly ScoredPeriode[],
	name: Map<string, string>,
	o: IndeksOptions,
	kx: Context
): string {
	const { t } = kx;
	const s = o.pengaturan;
	const setelan = [
		t('setelan.indeks', {
			...s.bobotIndeks,
			batas: s.batasCapaian,
			hijau: s.zona.hijau,
			kuning: s.zona.kuning
		}),
		t(`setelan.negatif.${s.rumusNegatif}`),
		t(`setelan.p3dn.${s.rumusP3dn}`),
		t('indeks.batas', { batas: s.batasCapaian })
	].join('\n');
	return [setelan, ...periode.map((p) => periodeText(p, name, kx))].join('\n\n') + '\n';
}

export function runIndeks(table: Table, o: IndeksOptions, kx: Context): string {
	const { periode, nama: name } = scoreIndeks(table, o, kx);
	return o.json ? json(periode, name, o) : formatIndeksText(periode, name, o, kx);
}
