/**
 * A unit's saran of one period for its SKM screen: the newest few and how many there are. They
 * come from the sparse index [unitId+periodeId+waktu+saran] (schema v7: only a response with a
 * saran has an entry, and the entry holds the text), so the screen reads index keys, never the
 * unit's responses. Corrections can add, change or clear a saran and a void removes one: the few
 * responses they touch are read and counted apart.
 *
 * A saran of only spaces counts in `jumlah` unless a correction touched its response; the app
 * never stores one (the survey and the import trim), only a foreign write could.
 */
import { koreksiByResponse } from '$lib/domain/koreksi';
import type { SkmResponse } from '$lib/domain/schemas';
import type { RaporDb } from './schema';
import { effectiveResponse } from './skm-rekap';

export const SARAN_INDEX = '[unitId+periodeId+waktu+saran]';

/** How many saran the unit's SKM screen lists. */
export const SARAN_SHOWN = 30;

export interface Saran {
	waktu: string;
	teks: string;
}

export interface UnitSaran {
	/** The newest saran, newest first, at most `batas`. */
	terbaru: Saran[];
	/** Every non-empty saran of the unit's effective responses in the period. */
	jumlah: number;
}

const newestFirst = (a: Saran, b: Saran) => b.waktu.localeCompare(a.waktu);

export async function saranOfUnit(
	db: RaporDb,
	unitId: string,
	periodeId: string,
	batas: number = SARAN_SHOWN
): Promise<UnitSaran> {
	// Every key of the unit and period: [u, p] sorts before them, [u, p, []] after (an array sorts
	// after any string).
	const rentang = () =>
		db.responses.where(SARAN_INDEX).between([unitId, periodeId], [unitId, periodeId, []]);

	// Corrections are few (the rekap's recount relies on it too): all of them, then the responses
	// they touch that belong to this unit and period.
	const perResponse = koreksiByResponse(await db.koreksi.toArray());
	const disentuh = (await db.responses.bulkGet([...perResponse.keys()])).filter(
		(r): r is SkmResponse => !!r && r.unitId === unitId && r.periodeId === periodeId
	);
	const idDisentuh = new Set(disentuh.map((r) => r.id));
	const disentuhDiIndeks = disentuh.filter((r) => r.saran !== undefined).length;
	const dariKoreksi: Saran[] = [];
	for (const r of disentuh) {
		const efektif = effectiveResponse(r, perResponse.get(r.id));
		const text = efektif?.saran?.trim();
		if (efektif && text) dariKoreksi.push({ waktu: efektif.waktu, teks: text });
	}

	const dariIndeks: Saran[] = [];
	const [diIndeks] = await Promise.all([
		rentang().count(),
		rentang()
			.reverse()
			.limit(batas + disentuhDiIndeks)
			.eachKey((key, cursor) => {
				if (idDisentuh.has(String(cursor.primaryKey))) return;
				const [, , time, saran] = key as [string, string, string, string];
				const teks = saran.trim();
				if (teks) dariIndeks.push({ waktu: time, teks });
			})
	]);
	return {
		terbaru: [...dariIndeks, ...dariKoreksi].sort(newestFirst).slice(0, batas),
		jumlah: diIndeks - disentuhDiIndeks + dariKoreksi.length
	};
}
