import {
	formatAngka,
	formatPersen,
	formatRupiah,
	formatSaat,
	formatTanggal
} from '$lib/domain/format';
import { parsePeriodeId } from '$lib/domain/periode';
import { locale } from './locale.svelte';

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** Display formats in the current language; '–' stands for a value that does not exist. */
export const fmt = {
	angka: (x: number | null | undefined, digits = 2) =>
		x == null ? '–' : formatAngka(x, digits, locale.current),
	persen: (x: number | null | undefined, digits = 2) =>
		x == null ? '–' : formatPersen(x, digits, locale.current),
	rupiah: (x: number | null | undefined) => (x == null ? '–' : formatRupiah(x, locale.current)),
	tanggal: (iso: string) => formatTanggal(iso, locale.current),
	/** A moment on this device's clock: "10.42" today, "24 Nov 10.42" on another day. */
	saat: (iso: string | number) => formatSaat(iso, locale.current),
	periode: (id: string) => {
		const { tahun, triwulan } = parsePeriodeId(id);
		return locale.current === 'id' ? `TW ${ROMAN[triwulan - 1]} ${tahun}` : `Q${triwulan} ${tahun}`;
	}
};
