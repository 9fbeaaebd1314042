import { describe, expect, it } from 'vitest';
import { generateDemo } from '$lib/demo/generate';
import { readTableFile } from '$lib/import/table/file';
import { template } from '$lib/import/master/file';
import { exampleForDevice } from '$lib/import/master/example';
import { MASTER_KINDS } from '$lib/domain/master';
import { formatMaster } from '$lib/import/master/kinds';
import { reference, message, plan } from './helpers';

const demo = generateDemo();
const device = { units: demo.units, periodeIds: demo.periode.map((p) => p.id) };
/** What a device with only the demo holds: none of the generic example's units. */
const demoReference = reference({
	unitIds: new Set(demo.units.map((u) => u.id)),
	periodeIds: new Set(device.periodeIds),
	tahun: new Set([2026])
});

describe('the template of a device with the demo', () => {
	for (const kind of MASTER_KINDS) {
		it(`for ${kind} imports as downloaded, in CSV and XLSX`, () => {
			for (const ext of ['csv', 'xlsx'] as const) {
				const file = template(kind, ext, device);
				const read = readTableFile(file.nama, file.isi);
				if (!read.ok) throw new Error('unreadable');
				expect(message(plan(kind, read.tabel, demoReference).errors)).toEqual([]);
			}
		});
	}

	it("names the demo's Dinkes and year in the indicator example, like the generic one", () => {
		expect(exampleForDevice('indikator', device).slice(0, 4)).toEqual([
			'',
			'demo-dinkes',
			2026,
			'Persentase balita stunting'
		]);
	});

	it('puts the new kelurahan of the unit example under a kecamatan of the device', () => {
		const parent = exampleForDevice('unit', device)[4];
		expect(demo.units.find((u) => u.id === parent)?.jenis).toBe('kecamatan');
	});

	it('gives the population example a service unit and the latest triwulan of the device', () => {
		const [unitId, periodeId] = exampleForDevice('populasi', device);
		expect(demo.units.find((u) => u.id === unitId)?.layananSkm).toBe(true);
		expect(periodeId).toBe('2026-TW4');
	});

	it('keeps the generic example on a device without units', () => {
		for (const jenis of MASTER_KINDS) {
			expect(exampleForDevice(jenis, { units: [], periodeIds: [] })).toEqual(
				formatMaster(jenis).contoh
			);
		}
	});
});
