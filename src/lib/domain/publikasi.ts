/**
 * The public result of an SKM (PermenPANRB 14/2017, Bab IV: results are published to the public):
 * what an admin publishes for one unit or for the pemda, built from the same scoring the screens
 * use. Aggregates only: the figures, the RTL rows' plan and progress, and the saran the admin
 * approved one by one. Never a response, a profile or an unapproved saran.
 */
import type { SkmPemdaResult, SkmResult } from './skm';
import type { PublikasiSkm, Rtl } from './schemas';
import type { Author } from './tindak-lanjut';

/** The pemda page's id part in place of a unit id. */
export const PEMDA_PAGE = 'pemda';

export function publikasiId(unitId: string | undefined, periodeId: string): string {
	return `${unitId ?? PEMDA_PAGE}:${periodeId}`;
}

function publicRtl(rtl: Pick<Rtl, 'butir'> | undefined): PublikasiSkm['rtl'] {
	return (rtl?.butir ?? []).map(({ unsur, program, triwulan, progres }) => ({
		unsur,
		program,
		triwulan,
		progres
	}));
}

export function publikasiUnit(input: {
	unit: { id: string; nama: string };
	periodeId: string;
	hasil: SkmResult;
	rtl: Pick<Rtl, 'butir'> | undefined;
	approvedSaran: readonly string[];
	author: Author;
}): PublikasiSkm {
	const { unit, periodeId, hasil } = input;
	return {
		id: publikasiId(unit.id, periodeId),
		periodeId,
		unitId: unit.id,
		nama: unit.nama,
		nilai: hasil.nilai,
		mutu: hasil.mutu,
		responden: hasil.responden,
		nrr: { ...hasil.nrr },
		rtl: publicRtl(input.rtl),
		saran: input.approvedSaran.map((s) => s.trim()).filter((s) => s !== ''),
		diterbitkan: { oleh: input.author.oleh, waktu: input.author.waktu }
	};
}

/** The pemda page: the pemda's figures, and each published unit's on one line. */
export function publikasiPemda(input: {
	namaPemda: string;
	periodeId: string;
	pemda: SkmPemdaResult;
	nrr: PublikasiSkm['nrr'];
	units: readonly { unit: { id: string; nama: string }; hasil: SkmResult }[];
	author: Author;
}): PublikasiSkm {
	return {
		id: publikasiId(undefined, input.periodeId),
		periodeId: input.periodeId,
		nama: input.namaPemda,
		nilai: input.pemda.nilai,
		mutu: input.pemda.mutu,
		responden: input.pemda.responden,
		nrr: { ...input.nrr },
		units: input.units.map(({ unit, hasil }) => ({
			unitId: unit.id,
			nama: unit.nama,
			nilai: hasil.nilai,
			mutu: hasil.mutu,
			responden: hasil.responden
		})),
		rtl: [],
		saran: [],
		diterbitkan: { oleh: input.author.oleh, waktu: input.author.waktu }
	};
}
