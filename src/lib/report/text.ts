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

function withoutTrailingZeros(text: string, desimal: string): string {
	if (!text.includes(desimal)) return text;
	const tanpaNol = text.replace(/0+$/, '');
	return tanpaNol.endsWith(desimal) ? tanpaNol.slice(0, -1) : tanpaNol;
}

export function textFor(locale: Locale): ReportText {
	// English is loaded whenever the app shows English (locale.svelte.ts), so reports follow it.
	const message = tabelBahasa(locale);
	const table: Record<string, string | undefined> = message;
	return {
		locale,
		t: (key, params) => interpolate(message[key] ?? key, params),
		dinamis: (key, cadangan = key) => table[key] ?? cadangan,
		angka: (x) => withoutTrailingZeros(formatNumber(x, 2, locale), locale === 'id' ? ',' : '.'),
		bilangan: (x) => formatNumber(x, 0, locale),
		periode: (id) => formatPeriode(id, locale),
		unsur: (key, p) =>
			`${key.toUpperCase()} ${table[`unsur.${unsurIdOf(key, p.penomoranUnsur)}`] ?? key}`
	};
}

/** The sentences naming the settings a result rests on (docs/domain.md: every result states them). */
export function settingsSentence(p: Settings, kind: 'indeks' | 'skm', text: ReportText): string[] {
	if (kind === 'skm') {
		return [
			text.t(`setelan.bobotSkm.${p.bobotSkm}`),
			text.t(`setelan.ikmPemda.${p.ikmPemda}`),
			text.t('laporan.setelanPenomoran', {
				penomoran: text.t(`pengaturan.penomoran.${p.penomoranUnsur}`)
			})
		];
	}
	const b = p.bobotIndeks;
	return [
		text.t('setelan.indeks', {
			anggaran: text.angka(b.anggaran),
			fisik: text.angka(b.fisik),
			kinerja: text.angka(b.kinerja),
			p3dn: text.angka(b.p3dn),
			batas: text.angka(p.batasCapaian),
			hijau: text.angka(p.zona.hijau),
			kuning: text.angka(p.zona.kuning)
		}),
		text.t(`setelan.negatif.${p.rumusNegatif}`),
		text.t(`setelan.p3dn.${p.rumusP3dn}`)
	];
}
