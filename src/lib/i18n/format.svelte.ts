import {
	formatNumber,
	formatPeriode,
	formatPercent,
	formatRupiah,
	formatMoment,
	formatDate
} from '$lib/domain/format';
import { locale } from './locale.svelte';

/** Display formats in the current language; '–' stands for a value that does not exist. */
export const fmt = {
	angka: (x: number | null | undefined, digits = 2) =>
		x == null ? '–' : formatNumber(x, digits, locale.current),
	persen: (x: number | null | undefined, digits = 2) =>
		x == null ? '–' : formatPercent(x, digits, locale.current),
	rupiah: (x: number | null | undefined) => (x == null ? '–' : formatRupiah(x, locale.current)),
	tanggal: (iso: string) => formatDate(iso, locale.current),
	/** A moment on this device's clock: "10.42" today, "24 Nov 10.42" on another day. */
	saat: (iso: string | number) => formatMoment(iso, locale.current),
	periode: (id: string) => formatPeriode(id, locale.current)
};
