/**
 * The follow-up of an SKM (PermenPANRB 14/2017, Bab IV): a unit's rencana tindak lanjut (RTL) on
 * its lowest unsur, the Forum Konsultasi Publik where it discusses the result with citizens, and
 * whether the next survey shows the targeted unsur improved. Who may write follow the server
 * (sync-server/design/rules-realisasi.js): the admin, and the OPD staff of the unit itself.
 */
import type { AgreedAction, ForumKonsultasi, Rtl, RtlItem, Triwulan, User } from './schemas';
import type { UnsurKey } from './unsur';

/** The one RTL of a unit and survey period. */
export function rtlId(unitId: string, periodeId: string): string {
	return `${unitId}:${periodeId}`;
}

/** The admin, or the OPD staff of the unit itself. Reviewers and enumerators read only. */
export function canWriteTindakLanjut(user: User | null | undefined, unitId: string): boolean {
	if (!user) return false;
	return user.peran === 'admin' || (user.peran === 'opd' && user.unitIds[0] === unitId);
}

export interface Author {
	oleh: string;
	/** ISO 8601 with offset. */
	waktu: string;
}

/**
 * The rows a new RTL starts with: one per priority unsur (the lowest NRR, as the SKM lists them),
 * to be filled in and edited. A row is not valid until its program, triwulan and person in charge
 * are given.
 */
export function prefillRtl(unsurTerendah: readonly UnsurKey[]): RtlItem[] {
	return unsurTerendah.map((unsur) => ({
		unsur,
		program: '',
		triwulan: [],
		penanggungJawab: '',
		progres: 'belum'
	}));
}

/** Triwulan once each, ascending. */
export function normaliseTriwulan(list: readonly Triwulan[]): Triwulan[] {
	return [...new Set(list)].sort((a, b) => a - b);
}

/** A row as stored: texts trimmed, empty optional fields left out, triwulan normalised. */
function cleanItem(item: RtlItem): RtlItem {
	const clean: RtlItem = {
		unsur: item.unsur,
		program: item.program.trim(),
		triwulan: normaliseTriwulan(item.triwulan),
		penanggungJawab: item.penanggungJawab.trim(),
		progres: item.progres
	};
	const note = item.catatanProgres?.trim();
	if (note) clean.catatanProgres = note;
	if (item.tanggalProgres) clean.tanggalProgres = item.tanggalProgres;
	if (item.forumId) clean.forumId = item.forumId;
	return clean;
}

/** A new or changed RTL: the rows as given, its history with this save appended. */
export function saveRtl(
	previous: Rtl | undefined,
	place: { unitId: string; periodeId: string },
	butir: readonly RtlItem[],
	author: Author
): Rtl {
	return {
		id: previous?.id ?? rtlId(place.unitId, place.periodeId),
		unitId: previous?.unitId ?? place.unitId,
		periodeId: previous?.periodeId ?? place.periodeId,
		butir: butir.map(cleanItem),
		riwayat: [...(previous?.riwayat ?? []), { oleh: author.oleh, waktu: author.waktu }]
	};
}

/**
 * The rows to save from a form opened on `base` while the stored plan became `current` (a forum's
 * actions added on this device, or a colleague's change that synced in): the form's rows, then
 * each stored row the form never saw, so nothing added meanwhile is lost. A row changed meanwhile
 * comes back next to the form's version of it, for the user to keep one.
 */
export function withRowsAddedMeanwhile(
	base: readonly RtlItem[],
	current: readonly RtlItem[],
	ours: readonly RtlItem[]
): { butir: RtlItem[]; added: number } {
	const key = (item: RtlItem) => JSON.stringify(cleanItem(item));
	const known = new Set([...base, ...ours].map(key));
	const meanwhile = current.filter((item) => !known.has(key(item)));
	return { butir: [...ours, ...meanwhile], added: meanwhile.length };
}

/** The unsur an RTL targets, once each, in the order of its rows. */
export function targetedUnsur(rtl: Pick<Rtl, 'butir'>): UnsurKey[] {
	return [...new Set(rtl.butir.map((b) => b.unsur))];
}

/** An agreed action of a forum as a new RTL row (its unsur, else the given one). */
export function rtlItemFromAgreedAction(
	action: AgreedAction,
	forumId: string,
	fallbackUnsur: UnsurKey
): RtlItem {
	return {
		unsur: action.unsur ?? fallbackUnsur,
		program: action.teks,
		triwulan: [],
		penanggungJawab: '',
		progres: 'belum',
		forumId
	};
}

export type ForumContent = Pick<ForumKonsultasi, 'tanggal' | 'peserta' | 'pokok' | 'kesepakatan'>;

/** A new or changed forum record, its history with this save appended. */
export function saveForum(
	previous: ForumKonsultasi | undefined,
	place: { id: string; unitId: string; periodeId: string },
	content: ForumContent,
	author: Author
): ForumKonsultasi {
	const texts = (list: readonly string[]) => list.map((s) => s.trim()).filter((s) => s !== '');
	return {
		id: previous?.id ?? place.id,
		unitId: previous?.unitId ?? place.unitId,
		periodeId: previous?.periodeId ?? place.periodeId,
		tanggal: content.tanggal,
		peserta: content.peserta,
		pokok: texts(content.pokok),
		kesepakatan: content.kesepakatan
			.map((k) => ({ ...k, teks: k.teks.trim() }))
			.filter((k) => k.teks !== ''),
		riwayat: [...(previous?.riwayat ?? []), { oleh: author.oleh, waktu: author.waktu }]
	};
}

export type EffectDirection = 'naik' | 'turun' | 'tetap';

export interface UnsurEffect {
	unsur: UnsurKey;
	/** NRR in the period the RTL followed up, and in the later period; null: nobody answered. */
	sebelum: number | null;
	sesudah: number | null;
	/** sesudah − sebelum, or null when either is missing. */
	selisih: number | null;
	arah: EffectDirection | null;
}

/** NRR differences smaller than this are shown as unchanged (the NRR is read to three decimals). */
const SAME_NRR = 0.0005;

/**
 * "Did it work?": for each unsur an RTL targeted, its NRR in the period the plan followed up next
 * to the NRR of a later survey, with the change.
 */
export function rtlEffect(
	rtl: Pick<Rtl, 'butir'>,
	nrrBefore: Readonly<Record<UnsurKey, number | null>>,
	nrrAfter: Readonly<Record<UnsurKey, number | null>>
): UnsurEffect[] {
	return targetedUnsur(rtl).map((unsur) => {
		const sebelum = nrrBefore[unsur] ?? null;
		const sesudah = nrrAfter[unsur] ?? null;
		if (sebelum === null || sesudah === null) {
			return { unsur, sebelum, sesudah, selisih: null, arah: null };
		}
		const selisih = sesudah - sebelum;
		const arah: EffectDirection =
			Math.abs(selisih) < SAME_NRR ? 'tetap' : selisih > 0 ? 'naik' : 'turun';
		return { unsur, sebelum, sesudah, selisih, arah };
	});
}

/**
 * The RTL a period's result is checked against: the one of the latest earlier period that has an
 * RTL (a unit may survey every triwulan, semester or year).
 */
export function rtlBefore<T extends Pick<Rtl, 'periodeId'>>(
	list: readonly T[],
	periodeId: string
): T | undefined {
	return list
		.filter((r) => r.periodeId < periodeId)
		.sort((a, b) => b.periodeId.localeCompare(a.periodeId))[0];
}
