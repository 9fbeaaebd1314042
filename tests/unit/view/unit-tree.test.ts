import { describe, expect, it } from 'vitest';
import type { Unit } from '$lib/domain/schemas';
import { descendants, buildTree, type UnitNode } from '$lib/view/unit-tree';

const u = (id: string, kind: Unit['jenis'], parentId?: string): Unit => ({
	id,
	nama: id.toUpperCase(),
	singkatan: '',
	jenis: kind,
	dinilaiIndeks: false,
	layananSkm: false,
	...(parentId === undefined ? {} : { indukId: parentId })
});

const shape = (tree: UnitNode[]): unknown[] =>
	tree.map((s) => (s.anak.length ? [s.unit.id, shape(s.anak)] : s.unit.id));

describe('the unit tree', () => {
	it('puts units under their parents, ordered by type then name', () => {
		const tree = buildTree([
			u('kel-b', 'kelurahan', 'kec'),
			u('kec', 'kecamatan'),
			u('kel-a', 'kelurahan', 'kec'),
			u('dinkes', 'dinas'),
			u('pkm', 'puskesmas', 'dinkes'),
			u('setda', 'sekretariat')
		]);
		expect(shape(tree)).toEqual(['setda', ['dinkes', ['pkm']], ['kec', ['kel-a', 'kel-b']]]);
		expect(tree[1]?.anak[0]?.tingkat).toBe(1);
	});

	it('shows a unit with a missing parent or in a circle at the top rather than losing it', () => {
		const tree = buildTree([
			u('yatim', 'kelurahan', 'hilang'),
			u('a', 'dinas', 'b'),
			u('b', 'dinas', 'a')
		]);
		expect(shape(tree).sort()).toEqual(['a', 'b', 'yatim']);
	});

	it('knows every unit below a unit, which cannot become its parent', () => {
		const units = [u('kec', 'kecamatan'), u('kel', 'kelurahan', 'kec'), u('rw', 'upt', 'kel')];
		expect([...descendants(units, 'kec')].sort()).toEqual(['kec', 'kel', 'rw']);
		expect([...descendants(units, 'rw')]).toEqual(['rw']);
	});
});
