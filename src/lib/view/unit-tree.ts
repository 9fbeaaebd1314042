import { UNIT_KINDS, type Unit } from '$lib/domain/schemas';

export interface UnitNode {
	unit: Unit;
	anak: UnitNode[];
	/** Depth in the tree, 0 for a top-level unit. */
	tingkat: number;
}

const kindOrder = (u: Unit) => UNIT_KINDS.indexOf(u.jenis);

function compare(a: Unit, b: Unit): number {
	const name = a.nama.toLowerCase() < b.nama.toLowerCase() ? -1 : 1;
	return kindOrder(a) - kindOrder(b) || (a.nama === b.nama ? 0 : name);
}

/**
 * Units as a tree by parentId: a unit whose parent is missing (or whose chain of parents goes
 * round in a circle) is shown at the top level rather than left out.
 */
export function buildTree(units: readonly Unit[]): UnitNode[] {
	const perId = new Map(units.map((u) => [u.id, u]));
	const child = new Map<string, Unit[]>();
	const akar: Unit[] = [];
	for (const u of units) {
		const induk = u.indukId;
		if (induk === undefined || !perId.has(induk) || isCircular(u, perId)) akar.push(u);
		else child.set(induk, [...(child.get(induk) ?? []), u]);
	}
	const bangun = (list: Unit[], tingkat: number): UnitNode[] =>
		[...list]
			.sort(compare)
			.map((unit) => ({ unit, tingkat, anak: bangun(child.get(unit.id) ?? [], tingkat + 1) }));
	return bangun(akar, 0);
}

function isCircular(unit: Unit, perId: ReadonlyMap<string, Unit>): boolean {
	const dilihat = new Set([unit.id]);
	let parent = unit.indukId;
	while (parent !== undefined) {
		if (dilihat.has(parent)) return true;
		dilihat.add(parent);
		parent = perId.get(parent)?.indukId;
	}
	return false;
}

/** The ids of a unit and everything below it: none of them can become its parent. */
export function descendants(units: readonly Unit[], id: string): Set<string> {
	const out = new Set([id]);
	let bertambah = true;
	while (bertambah) {
		bertambah = false;
		for (const u of units) {
			if (u.indukId !== undefined && out.has(u.indukId) && !out.has(u.id)) {
				out.add(u.id);
				bertambah = true;
			}
		}
	}
	return out;
}
