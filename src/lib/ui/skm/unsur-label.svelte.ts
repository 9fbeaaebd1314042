import { unsurIdOf, type UnsurKey, type UnsurNumbering } from '$lib/domain/unsur';
import { tDynamic } from '$lib/i18n/locale.svelte';

/** "U8 Penanganan pengaduan" or "U8 Sarana", depending on the numbering the admin chose. */
export function unsurLabel(key: UnsurKey, numbering: UnsurNumbering): string {
	return `${key.toUpperCase()} ${tDynamic(`unsur.${unsurIdOf(key, numbering)}`)}`;
}
