import { unsurIdOf, type UnsurKey, type UnsurNumbering } from '$lib/domain/unsur';
import { t } from '$lib/i18n/locale.svelte';

/** "U8 Penanganan pengaduan" or "U8 Sarana", depending on the numbering the admin chose. */
export function unsurLabel(key: UnsurKey, numbering: UnsurNumbering): string {
	return `${key.toUpperCase()} ${t(`unsur.${unsurIdOf(key, numbering)}`)}`;
}
