import type { DokumenMaster, JenisMaster } from '../../domain/master';
import type { FormatMaster } from './format';
import { FORMAT_INDIKATOR } from './indikator';
import { FORMAT_JENIS_LAYANAN } from './jenis-layanan';
import { FORMAT_POPULASI } from './populasi';
import { FORMAT_UNIT } from './unit';

/** The file format of each master table. */
export const FORMAT_MASTER: { readonly [J in JenisMaster]: FormatMaster<DokumenMaster[J]> } = {
	unit: FORMAT_UNIT,
	'jenis-layanan': FORMAT_JENIS_LAYANAN,
	populasi: FORMAT_POPULASI,
	indikator: FORMAT_INDIKATOR
};

export function formatMaster<J extends JenisMaster>(jenis: J): FormatMaster<DokumenMaster[J]> {
	return FORMAT_MASTER[jenis];
}
