/**
 * Report wording in one language, outside Svelte: the app's own messages (Bahasa Indonesia first,
 * English second) and display formats, for the locale the person reads the app in.
 */
import { formatNumber, formatPeriode, type Locale } from '$lib/domain/format';
import type { Settings } from '$lib/domain/schemas';
import { unsurIdOf, type UnsurKey } from '$lib/domain/unsur';
import type { MessageKey } from '$lib/i18n/messages';
import { messageTable as tabelBahasa } from '$lib/i18n/table';
import { interpolate, type Params } from '$lib/i18n/translate';

export interface ReportText {
	locale: Locale;
	t(key: MessageKey, params?: Params): string;
	/** For keys built from data (categories, codes); unknown keys show `cadangan`. */
	dinamis(key: string, cadangan?: string): string;
	/** "20", "12,5": a setting as typed, without trailing zeros. */
	angka(x: number): string;
	/** "1.234": a count. */
	bilangan(x: number): string;
	periode(id: string): string;
	/** "U8 Penanganan pengaduan, saran dan masukan", by the numbering in the settings. */
	unsur(key: UnsurKey, pengaturan: Settings): string;
}

function withoutTrailingZeros(teks: string, desimal: string): string {
	if (!teks.includes(desimal)) return teks;
	const tanpaNol = teks.replace(/0+$/, '');
	return tanpaNol.endsWith(desimal) ? tanpaNol.slice(0, -1) : tanpaNol;
}

export function textFor(locale: Locale): ReportText {
	// English is loaded whenever the app shows English (locale.svelte.ts), so reports follow it.
	const pesan = tabelBahasa(locale);
	const tabel: Record<string, string | undefined> = pesan;
	return {
		locale,
		t: (key, params) => interpolate(pesan[key] ?? key, params),
		dinamis: (key, cadangan = key) => tabel[key] ?? cadangan,
		angka: (x) => withoutTrailingZeros(formatNumber(x, 2, locale), locale === 'id' ? ',' : '.'),
		bilangan: (x) => formatNumber(x, 0, locale),
		periode: (id) => formatPeriode(id, locale),
		unsur: (key, p) =>
			`${key.toUpperCase()} ${tabel[`unsur.${unsurIdOf(key, p.penomoranUnsur)}`] ?? key}`
	};
}

/** The sentences naming the settings a result rests on (docs/domain.md: every result states them). */
export function settingsSentence(p: Settings, jenis: 'indeks' | 'skm', teks: ReportText): string[] {
	if (jenis === 'skm') {
		return [
			teks.t(`setelan.bobotSkm.${p.bobotSkm}`),
			teks.t(`setelan.ikmPemda.${p.ikmPemda}`),
			teks.t('laporan.setelanPenomoran', {
				penomoran: teks.t(`pengaturan.penomoran.${p.penomoranUnsur}`)
			})
		];
	}
	const b = p.bobotIndeks;
	return [
		teks.t('setelan.indeks', {
			anggaran: teks.angka(b.anggaran),
			fisik: teks.angka(b.fisik),
			kinerja: teks.angka(b.kinerja),
			p3dn: teks.angka(b.p3dn),
			batas: teks.angka(p.batasCapaian),
			hijau: teks.angka(p.zona.hijau),
			kuning: teks.angka(p.zona.kuning)
		}),
		teks.t(`setelan.negatif.${p.rumusNegatif}`),
		teks.t(`setelan.p3dn.${p.rumusP3dn}`)
	];
}
