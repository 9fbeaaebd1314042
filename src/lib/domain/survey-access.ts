/** Who surveys which service units (until accounts arrive, the device user declares it). */
import type { User, Unit } from './schemas';

/**
 * The units this device user may survey, by name: an admin every SKM service unit, an enumerator
 * only the service units declared for them; anyone else none.
 */
export function surveyUnit(pengguna: User | null | undefined, units: readonly Unit[]): Unit[] {
	if (!pengguna) return [];
	const layanan = units.filter((u) => u.layananSkm);
	const allowed =
		pengguna.peran === 'admin'
			? layanan
			: pengguna.peran === 'enumerator'
				? layanan.filter((u) => pengguna.unitIds.includes(u.id))
				: [];
	return [...allowed].sort((a, b) => a.nama.localeCompare(b.nama, 'id'));
}
