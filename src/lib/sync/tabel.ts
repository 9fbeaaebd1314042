/**
 * Where each synced document type lives on the device: its Dexie table, and how a row of that table
 * becomes the domain document the server stores (src/lib/domain/dokumen.ts) and back. Rows are
 * the domain documents themselves except the settings, which the device keeps as `{ id, value }`.
 */
import type { IsiDokumen } from '$lib/domain/dokumen';
import {
	DATABASE_JENIS,
	JENIS_DOKUMEN,
	type JenisDokumen,
	type KunciDatabase
} from '$lib/domain/dokumen-id';
import type { Pengaturan } from '$lib/domain/schemas';

export const TABEL_JENIS = {
	unit: 'units',
	periode: 'periode',
	populasi: 'populasi',
	indikator: 'indikator',
	jenisLayanan: 'jenisLayanan',
	kuesioner: 'kuesioner',
	pengaturan: 'pengaturan',
	response: 'responses',
	koreksi: 'koreksi',
	realisasi: 'realisasi',
	catatanRakor: 'catatanRakor'
} as const satisfies Record<JenisDokumen, string>;
export type TabelSinkron = (typeof TABEL_JENIS)[JenisDokumen];

const JENIS_TABEL = new Map<string, JenisDokumen>(
	JENIS_DOKUMEN.map((jenis) => [TABEL_JENIS[jenis], jenis])
);

/** The document type a Dexie table holds, or undefined for tables that do not sync. */
export function jenisTabel(tabel: string): JenisDokumen | undefined {
	return JENIS_TABEL.get(tabel);
}

export const TABEL_SINKRON: readonly TabelSinkron[] = JENIS_DOKUMEN.map((j) => TABEL_JENIS[j]);

/** The tables of the documents one server database holds. */
export function tabelDatabase(db: KunciDatabase): TabelSinkron[] {
	return JENIS_DOKUMEN.filter((j) => DATABASE_JENIS[j] === db).map((j) => TABEL_JENIS[j]);
}

type Baris = Record<string, unknown> & { id: string };

/** The domain document of a row (the koreksi envelope is added at push time, see push.ts). */
export function barisKeIsi(jenis: JenisDokumen, row: Baris): Record<string, unknown> {
	if (jenis === 'pengaturan') {
		const { id, value } = row as { id: string; value: Pengaturan };
		return { id, ...value };
	}
	return row;
}

/** The row to store for a domain document read from the server. */
export function isiKeBaris<J extends JenisDokumen>(jenis: J, isi: IsiDokumen[J]): Baris {
	if (jenis === 'pengaturan') {
		const { id, ...value } = isi as IsiDokumen['pengaturan'];
		return { id, value };
	}
	if (jenis === 'koreksi') {
		// The envelope (the response's unit and enumerator) is the server's, not the row's. The rest
		// was validated with it (dariDokumen), so it is a valid correction as it stands.
		return Object.fromEntries(
			Object.entries(isi).filter(([k]) => k !== 'unitId' && k !== 'enumerator')
		) as Baris;
	}
	return isi as Baris;
}
