import type { Locale } from '$lib/domain/format';
import { interpolate } from '$lib/i18n/translate';
import type { ImportError, ImportErrorKey } from '../table/errors';
import { IMPORT_MESSAGES } from '../table/messages';

/**
 * Problems of master-data rows (units, jenis layanan, populasi, indikator) beyond the shared import
 * errors: i18n keys plus parameters, never prose. A message holds only the reason; the location
 * ("Row 4, kolom target_tw2: ") is put in front by formatMasterError, so that a form can show
 * the same reason next to its field.
 */
export const MASTER_ERROR_KEYS = [
	'master.tanpaBaris',
	'master.wajibDiisi',
	'master.idTidakValid',
	'master.idGanda',
	'master.kodeDipakai',
	'master.barisGanda',
	'master.sudahAda',
	'master.jenisUnitTidakDikenal',
	'master.yaTidak',
	'master.angkaNonNegatif',
	'master.jumlahTidakValid',
	'master.periodeTidakValid',
	'master.periodeTidakAda',
	'master.tahunTanpaPeriode',
	'master.unitTidakAda',
	'master.indukTidakAda',
	'master.indukDiriSendiri',
	'master.indukMelingkar'
] as const;
export type MasterOnlyKey = (typeof MASTER_ERROR_KEYS)[number];
export type MasterErrorKey = ImportErrorKey | MasterOnlyKey;

/** Same shape as ImportError, so file-level errors of the shared readers pass through as is. */
export interface MasterImportError extends Omit<ImportError, 'key'> {
	key: MasterErrorKey;
}

/** Placeholders: {value} (the cell), {lineLain}, {valueLain}, {pilihan}. */
export const MASTER_MESSAGES: Readonly<Record<MasterOnlyKey, Readonly<Record<Locale, string>>>> = {
	'master.tanpaBaris': {
		id: 'Berkas tidak berisi baris data di bawah baris judul',
		en: 'The file has no data rows below the header row'
	},
	'master.wajibDiisi': { id: 'wajib diisi', en: 'is required' },
	'master.idTidakValid': {
		id: 'kode "{value}" tidak valid: gunakan huruf, angka, titik, titik dua, garis bawah atau tanda hubung (awali dengan huruf atau angka, maks. 128)',
		en: 'code "{value}" is not valid: use letters, digits, dot, colon, underscore or hyphen (starting with a letter or digit, max. 128)'
	},
	'master.idGanda': {
		id: 'kode "{value}" sudah dipakai di baris {lineLain}',
		en: 'code "{value}" is already used on line {lineLain}'
	},
	'master.kodeDipakai': {
		id: 'kode "{value}" sudah dipakai oleh {valueLain}',
		en: 'code "{value}" is already used by {valueLain}'
	},
	'master.barisGanda': {
		id: '"{value}" sudah ada di baris {lineLain} ({pilihan} harus unik)',
		en: '"{value}" already appears on line {lineLain} ({pilihan} must be unique)'
	},
	'master.sudahAda': {
		id: '"{value}" sudah tersimpan dengan kode {valueLain}; pakai kode itu atau kosongkan kolom id',
		en: '"{value}" is already stored under code {valueLain}; use that code or leave the id column empty'
	},
	'master.jenisUnitTidakDikenal': {
		id: 'jenis "{value}" tidak dikenal ({pilihan})',
		en: 'type "{value}" not recognised ({pilihan})'
	},
	'master.yaTidak': {
		id: '"{value}" harus ya atau tidak (juga 1/0, true/false)',
		en: '"{value}" must be ya or tidak (yes/no; also 1/0, true/false)'
	},
	'master.angkaNonNegatif': {
		id: 'harus angka ≥ 0 (tertulis "{value}")',
		en: 'must be a number ≥ 0 (found "{value}")'
	},
	'master.jumlahTidakValid': {
		id: 'harus bilangan bulat ≥ 1 (tertulis "{value}")',
		en: 'must be a whole number ≥ 1 (found "{value}")'
	},
	'master.periodeTidakValid': {
		id: 'periode "{value}" harus ditulis seperti 2026-TW1',
		en: 'period "{value}" must be written like 2026-TW1'
	},
	'master.periodeTidakAda': {
		id: 'periode {value} belum ada; tambahkan tahunnya di Admin → Periode',
		en: 'period {value} does not exist yet; add its year in Admin → Periods'
	},
	'master.tahunTanpaPeriode': {
		id: 'tahun {value} belum ada di daftar periode; tambahkan tahunnya di Admin → Periode',
		en: 'year {value} is not in the list of periods; add it in Admin → Periods'
	},
	'master.unitTidakAda': {
		id: 'unit "{value}" tidak ada di perangkat ini (impor atau tambahkan unitnya dulu)',
		en: 'unit "{value}" does not exist on this device (import or add the unit first)'
	},
	'master.indukTidakAda': {
		id: 'unit induk "{value}" tidak ada di berkas maupun di perangkat ini',
		en: 'parent unit "{value}" is neither in the file nor on this device'
	},
	'master.indukDiriSendiri': {
		id: 'unit tidak boleh menjadi induk dirinya sendiri',
		en: 'a unit cannot be its own parent'
	},
	'master.indukMelingkar': {
		id: 'hierarki melingkar: {pilihan}',
		en: 'the hierarchy goes round in a circle: {pilihan}'
	}
};

const PREFIX: Readonly<Record<Locale, { baris: string; kolom: string }>> = {
	id: { baris: 'Baris {line}', kolom: 'kolom {column}' },
	en: { baris: 'Row {line}', kolom: 'column {column}' }
};

export function isMasterOnly(key: MasterErrorKey): key is MasterOnlyKey {
	return key in MASTER_MESSAGES;
}

function params(error: MasterImportError): Record<string, string | number> {
	const out: Record<string, string | number> = { ...error.params };
	if (error.line !== null) out.line = error.line;
	if (error.column !== undefined) out.column = error.column;
	if (error.value !== undefined) out.value = error.value;
	return out;
}

/** The reason alone, for a form field ("wajib diisi"); shared import keys give their sentence. */
export function masterReason(error: MasterImportError, locale: Locale = 'id'): string {
	if (!isMasterOnly(error.key)) {
		return interpolate(IMPORT_MESSAGES[error.key][locale], params(error));
	}
	return interpolate(MASTER_MESSAGES[error.key][locale], params(error));
}

/**
 * One error as a sentence naming its row and column: "Row 4, kolom target_tw2: harus angka ≥ 0
 * (tertulis "abc")". Shared import keys keep their own wording (formatImportError's).
 */
export function formatMasterError(error: MasterImportError, locale: Locale = 'id'): string {
	const reason = masterReason(error, locale);
	if (!isMasterOnly(error.key)) return reason;
	const p = PREFIX[locale];
	const lokasi = [
		error.line !== null ? p.baris : '',
		error.line !== null && error.column !== undefined ? p.kolom : ''
	]
		.filter(Boolean)
		.join(', ');
	if (lokasi === '') return reason;
	return `${interpolate(lokasi, params(error))}: ${reason}`;
}
