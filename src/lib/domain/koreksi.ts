/**
 * Corrections and voids of saved SKM responses. A response is never edited in place (it is written
 * once, like an ODK submission); a correction is a separate document whose fields replace the
 * response's, and a void keeps the response as a tombstone with its reason. The score uses the
 * effective responses: voided ones left out, corrections applied.
 */
import type { User, SkmKoreksi, SkmResponse } from './schemas';
import { instant } from './local-time';

/** Oldest first by moment (across time zones), then by id, so every device applies the same order. */
export function koreksiOrder(a: SkmKoreksi, b: SkmKoreksi): number {
	const diff = instant(a.waktu) - instant(b.waktu);
	if (diff !== 0 && Number.isFinite(diff)) return diff;
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The corrections and voids of each response, in the order they apply. */
export function koreksiByResponse(
	koreksi: readonly SkmKoreksi[]
): Map<string, readonly SkmKoreksi[]> {
	const groups = new Map<string, SkmKoreksi[]>();
	for (const k of koreksi) {
		const group = groups.get(k.responseId);
		if (group) group.push(k);
		else groups.set(k.responseId, [k]);
	}
	for (const group of groups.values()) group.sort(koreksiOrder);
	return groups;
}

/** The response with its corrections applied field by field, later corrections winning. */
export function applyAll(response: SkmResponse, urut: readonly SkmKoreksi[]): SkmResponse {
	let result = response;
	for (const k of urut) {
		if (k.jenis !== 'koreksi') continue;
		result = {
			...result,
			...(k.jawaban !== undefined && { jawaban: k.jawaban }),
			...(k.profil !== undefined && { profil: k.profil }),
			...(k.saran !== undefined && { saran: k.saran }),
			...(k.jenisLayanan !== undefined && { jenisLayanan: k.jenisLayanan })
		};
	}
	return result;
}

/**
 * The responses the score uses: voided responses excluded (a void is final, whatever follows it),
 * every other response with its corrections applied in (waktu, id) order. Order is kept.
 */
export function effectiveResponse(
	responses: readonly SkmResponse[],
	koreksi: readonly SkmKoreksi[]
): SkmResponse[] {
	if (koreksi.length === 0) return [...responses];
	const groups = koreksiByResponse(koreksi);
	const out: SkmResponse[] = [];
	for (const response of responses) {
		const urut = groups.get(response.id);
		if (!urut) out.push(response);
		else if (!urut.some((k) => k.jenis === 'batal')) out.push(applyAll(response, urut));
	}
	return out;
}

export type ResponseStatus =
	| { status: 'asli' }
	| { status: 'dikoreksi'; jumlah: number; terakhir: SkmKoreksi }
	| { status: 'dibatalkan'; alasan: string; oleh: string; waktu: string };

/** What happened to one response: untouched, corrected (how often, last when), or voided (why). */
export function responseStatus(responseId: string, koreksi: readonly SkmKoreksi[]): ResponseStatus {
	const urut = koreksi.filter((k) => k.responseId === responseId).sort(koreksiOrder);
	const cancel = urut.find((k) => k.jenis === 'batal');
	if (cancel) {
		return {
			status: 'dibatalkan',
			alasan: cancel.alasan ?? '',
			oleh: cancel.oleh,
			waktu: cancel.waktu
		};
	}
	const terakhir = urut.at(-1);
	return terakhir ? { status: 'dikoreksi', jumlah: urut.length, terakhir } : { status: 'asli' };
}

/** Only the enumerator who recorded a response (same device user name) or an admin may change it. */
export function canKoreksi(
	pengguna: User | null | undefined,
	response: Pick<SkmResponse, 'enumerator'>
): boolean {
	if (!pengguna) return false;
	if (pengguna.peran === 'admin') return true;
	return (
		pengguna.peran === 'enumerator' &&
		response.enumerator !== undefined &&
		response.enumerator.trim() === pengguna.nama.trim()
	);
}

/** A void's reason must say something: at least three characters once trimmed. */
export const CANCEL_REASON_MIN = 3;
