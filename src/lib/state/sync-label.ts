/**
 * What a person recognises a queued record by on the sync screen, instead of its raw id: the
 * unit's name, when it was recorded, the triwulan, and for a response the respondent's profile.
 */
import { parseDocumentId, type DocumentKind } from '$lib/domain/document';
import type { DeviceClock, Profil } from '$lib/domain/schemas';
import type { RaporDb } from '$lib/db/schema';

export interface DocumentDetails {
	jenis: DocumentKind | null;
	/** The unit (OPD or service unit) the record belongs to. */
	unit?: string;
	/** When it was recorded (a response or correction). */
	waktu?: string;
	periodeId?: string;
	profil?: Profil;
	/** A response recorded while the device clock was wrong. */
	jamPerangkat?: DeviceClock;
	/** The record's own name, for master data (a unit, an indicator, a service type). */
	nama?: string;
	/** The id, when nothing better is known. */
	id: string;
}

async function unitName(db: RaporDb, unitId: string | undefined): Promise<string | undefined> {
	if (!unitId) return undefined;
	const unit = await db.units.get(unitId);
	return unit ? unit.singkatan || unit.nama : unitId;
}

async function detailsOfOne(db: RaporDb, _id: string): Promise<DocumentDetails> {
	const parsed = parseDocumentId(_id);
	if (!parsed) return { jenis: null, id: _id };
	const { jenis: kind, id } = parsed;
	const base: DocumentDetails = { jenis: kind, id };
	switch (kind) {
		case 'response': {
			const r = await db.responses.get(id);
			if (!r) return base;
			return {
				...base,
				unit: await unitName(db, r.unitId),
				waktu: r.waktu,
				periodeId: r.periodeId,
				profil: r.profil,
				jamPerangkat: r.jamPerangkat
			};
		}
		case 'koreksi': {
			const k = await db.koreksi.get(id);
			const r = k ? await db.responses.get(k.responseId) : undefined;
			return { ...base, unit: await unitName(db, r?.unitId), waktu: k?.waktu };
		}
		case 'realisasi': {
			const r = await db.realisasi.get(id);
			if (!r) return base;
			return { ...base, unit: await unitName(db, r.unitId), periodeId: r.periodeId };
		}
		case 'unit': {
			const u = await db.units.get(id);
			return { ...base, nama: u?.nama };
		}
		case 'indikator': {
			const i = await db.indikator.get(id);
			return { ...base, nama: i?.nama, unit: await unitName(db, i?.unitId) };
		}
		case 'jenisLayanan': {
			const j = await db.jenisLayanan.get(id);
			return { ...base, nama: j?.nama, unit: await unitName(db, j?.unitId) };
		}
		case 'populasi': {
			const p = await db.populasi.get(id);
			return { ...base, unit: await unitName(db, p?.unitId), periodeId: p?.periodeId };
		}
		default:
			return base;
	}
}

/** The details of each listed record, by its document id (`response:…`). */
export async function documentDetails(
	db: RaporDb,
	ids: readonly string[]
): Promise<Map<string, DocumentDetails>> {
	const list = await Promise.all(ids.map((id) => detailsOfOne(db, id)));
	return new Map(ids.map((id, i) => [id, list[i]!]));
}
