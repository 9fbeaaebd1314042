import type { MasterDocument, MasterKind } from '$lib/domain/master';
import type { MasterFormat } from './format';
import { FORMAT_INDIKATOR } from './indikator';
import { FORMAT_JENIS_LAYANAN } from './jenis-layanan';
import { FORMAT_POPULASI } from './populasi';
import { FORMAT_UNIT } from './unit';

/** The file format of each master table. */
export const FORMAT_MASTER: { readonly [J in MasterKind]: MasterFormat<MasterDocument[J]> } = {
	unit: FORMAT_UNIT,
	'jenis-layanan': FORMAT_JENIS_LAYANAN,
	populasi: FORMAT_POPULASI,
	indikator: FORMAT_INDIKATOR
};

export function formatMaster<J extends MasterKind>(kind: J): MasterFormat<MasterDocument[J]> {
	return FORMAT_MASTER[kind];
}
