/**
 * Generates the schema part of the validate_doc_update functions from the zod schemas themselves
 * (DOCUMENT_SCHEMAS in src/lib/domain/document.ts), so a schema change reaches the server with the
 * next setup and no hand copy can fall behind. The output is ES5 calling the helpers of lib.js
 * (checkText, checkChoice, …), so the server's refusals read as they always did.
 *
 * What zod's structure does not say (refinements: a function, not data) is written by hand in
 * refinements.js; REFINEMENTS below maps each refinement, by its error key and place, to its ES5
 * check. A refinement without one, or a zod feature this walker does not know (transforms,
 * exclusive bounds, …), stops the generation with its place named: the server never silently
 * accepts what the app refuses.
 */
import type { z } from 'zod';

type Skema = z.core.$ZodType;

interface CekDef {
	check: string;
	error?: (issue: never) => unknown;
	format?: string;
	pattern?: RegExp;
	minimum?: number;
	maximum?: number;
	length?: number;
	value?: number;
	inclusive?: boolean;
	tx?: (v: string) => unknown;
	fn?: (v: unknown) => unknown;
}

/** The parts of zod 4's definitions this walker reads (`schema._zod.def`). */
interface Def {
	type: string;
	error?: (issue: never) => unknown;
	checks?: readonly { _zod: { def: CekDef } }[];
	shape?: Record<string, Skema>;
	catchall?: Skema;
	element?: Skema;
	items?: readonly Skema[];
	rest?: Skema | null;
	keyType?: Skema;
	valueType?: Skema;
	options?: readonly Skema[];
	entries?: Record<string, string | number>;
	values?: readonly unknown[];
	innerType?: Skema;
	in?: Skema;
	out?: Skema;
	format?: string;
	pattern?: RegExp;
}

const defDari = (s: Skema): Def => s._zod.def as unknown as Def;

/**
 * The hand-written ES5 check (in refinements.js) of each refinement, by `<error key>@<path>`;
 * the path is where the refined schema first sits in a document, `*` for any list item or record
 * key, empty for the document itself.
 */
export const REFINEMEN: Readonly<Record<string, string>> = {
	'dokumen.terlaluBesar@': 'cekUkuran',
	'err.tanpaJawaban@': 'cekAdaJawaban',
	'err.alasanBatal@': 'cekAlasanBatal',
	'err.koreksiKosong@': 'cekKoreksiBerisi',
	'err.bobotTotal@bobotIndeks': 'cekBobotTotal',
	'err.zona@zona': 'cekZonaUrut',
	'err.tidakValid@jawabanTambahan': 'cekJumlahJawabanTambahan'
};

/** How a refused pattern reads, by zod string format or by regex source. */
const TEKS_POLA: Readonly<Record<string, string>> = {
	datetime: 'must be an ISO 8601 date-time with its offset',
	date: 'must be a date such as 2026-12-31',
	'^[A-Za-z0-9][A-Za-z0-9._:-]*$': 'must be an id: letters, digits, ".", "_", ":" or "-"',
	'^\\d{4}-TW[1-4]$': 'must be a period such as 2026-TW1',
	'^[a-z0-9-]{1,40}$': 'must be 1–40 of a–z, 0–9 and "-"'
};

export class SkemaTakDidukung extends Error {
	constructor(path: string, what: string) {
		super(`sync-server/design/schema.ts cannot mirror ${what} at "${path || '(document)'}"`);
	}
}

const js = (v: unknown) => JSON.stringify(v);

function kunciGalat(f: Def['error'] | CekDef['error']): string | undefined {
	if (!f) return undefined;
	const k = f({ code: 'custom', input: undefined } as never);
	return typeof k === 'string' ? k : undefined;
}

function cekDari(def: Def): CekDef[] {
	return (def.checks ?? []).map((c) => c._zod.def);
}

/** The i18n key a schema refuses with: its own, else its first check's. */
function kunciSendiri(def: Def): string | undefined {
	return (
		kunciGalat(def.error) ??
		cekDari(def)
			.filter((c) => c.check !== 'custom')
			.map((c) => kunciGalat(c.error))
			.find(Boolean)
	);
}

/** The key of a value schema, looking through optional/nullable/default. */
function kunciNilai(s: Skema): string | undefined {
	const def = defDari(s);
	if (def.innerType && ['optional', 'nullable', 'default'].includes(def.type)) {
		return kunciNilai(def.innerType);
	}
	return kunciSendiri(def);
}

/** A container's key: its own, else the one key every member shares (e.g. the target tuple). */
function kunciWadah(def: Def, anggota: readonly Skema[]): string {
	const sendiri = kunciSendiri(def);
	if (sendiri) return sendiri;
	const keys = anggota.map(kunciNilai);
	const pertama = keys[0];
	return pertama && keys.every((k) => k === pertama) ? pertama : 'err.tidakValid';
}

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const akses = (v: string, key: string) => (IDENT.test(key) ? `${v}.${key}` : `${v}[${js(key)}]`);

function adalahTrim(tx: CekDef['tx']): boolean {
	return typeof tx === 'function' && tx('  a b ') === 'a b';
}

/** One ES5 generator over one set of document schemas; shared sub-schemas become one function. */
class Generator {
	private readonly fungsi = new Map<Skema, string>();
	private readonly sumber: string[] = [];
	private readonly pola = new Map<string, string>();
	/** The document type being generated, for the comments. */
	jenis = '';

	/** The ES5 function name checking `s`, generated on first use. */
	fungsiUntuk(s: Skema, pathStatis: string): string {
		const ada = this.fungsi.get(s);
		if (ada) return ada;
		const nama = `skema${this.fungsi.size + 1}`;
		this.fungsi.set(s, nama);
		const slot = this.sumber.push('') - 1;
		const wadah = WADAH.includes(defDari(s).type);
		const isi = wadah ? this.badanWadah(s, pathStatis) : this.node(s, 'v', 'path', pathStatis);
		const badan = isi.map((l) => `\t${l}`);
		const label = `${this.jenis}${pathStatis ? ` ${pathStatis}` : ''}`;
		this.sumber[slot] = `// ${label}\nfunction ${nama}(v, path) {\n${badan.join('\n')}\n}`;
		return nama;
	}

	/** A pattern declared once (zod's date-time pattern is long), by its variable name. */
	private namaPola(re: RegExp): string {
		const ada = this.pola.get(re.source);
		if (ada) return ada;
		const nama = `POLA${this.pola.size + 1}`;
		this.pola.set(re.source, nama);
		return nama;
	}

	hasil(): string {
		const pola = [...this.pola].map(([source, nama]) => `var ${nama} = /${source}/;`);
		return [pola.join('\n'), ...this.sumber].join('\n\n');
	}

	/** ES5 statements checking value `v` (an expression) at `path` (an expression). */
	private node(s: Skema, v: string, path: string, statis: string): string[] {
		const def = defDari(s);
		if (WADAH.includes(def.type)) {
			if (def.type === 'union' && this.literalSemua(def)) return this.daun(s, v, path, statis);
			// A container's refinements run inside its own function.
			return [`${this.fungsiUntuk(s, statis)}(${v}, ${path});`];
		}
		if (PEMBUNGKUS.includes(def.type) && def.checks?.length) {
			throw new SkemaTakDidukung(statis, `a refinement on a zod ${def.type}`);
		}
		switch (def.type) {
			case 'nullable':
				return this.nullable(def, v, path, statis);
			case 'optional':
			case 'default':
				return [
					`if (${v} !== undefined) {`,
					...this.node(def.innerType!, v, path, statis).map((l) => `\t${l}`),
					'}'
				];
			case 'pipe':
				return [...this.node(def.in!, v, path, statis), ...this.node(def.out!, v, path, statis)];
			default:
				return [...this.daun(s, v, path, statis), ...this.refinemen(def, v, path, statis)];
		}
	}

	/** A value with no parts: text, a number, true/false, or one of listed values. */
	private daun(s: Skema, v: string, path: string, statis: string): string[] {
		const def = defDari(s);
		const key = js(kunciSendiri(def) ?? 'err.tidakValid');
		switch (def.type) {
			case 'unknown':
			case 'any':
				return [];
			case 'string':
				return this.teks(def, v, path, statis);
			case 'number':
				return [this.angka(def, v, path, statis)];
			case 'boolean':
				return [`cekBoolean(${v}, ${path}, ${key});`];
			case 'null':
			case 'enum':
			case 'literal':
			case 'union':
				return [`cekLiteral(${v}, ${js(this.literal(s, statis))}, ${path}, ${key});`];
			default:
				throw new SkemaTakDidukung(statis, `a zod ${def.type}`);
		}
	}

	/** The body of a container's own function (value `v`, path `path`). */
	badanWadah(s: Skema, statis: string): string[] {
		const def = defDari(s);
		switch (def.type) {
			case 'object':
				return this.objek(def, statis);
			case 'array':
				return this.larik(def, statis);
			case 'tuple':
				return this.tupel(def, statis);
			case 'record':
				return this.rekam(def, statis);
			default:
				return this.gabungan(def, statis);
		}
	}

	private nullable(def: Def, v: string, path: string, statis: string): string[] {
		const inner = def.innerType!;
		if (this.adalahLiteral(inner)) {
			const key = kunciNilai(inner) ?? 'err.tidakValid';
			return [
				`cekLiteral(${v}, ${js([...this.literal(inner, statis), null])}, ${path}, ${js(key)});`
			];
		}
		return [`if (${v} !== null) {`, ...this.node(inner, v, path, statis).map((l) => `\t${l}`), '}'];
	}

	private adalahLiteral(s: Skema): boolean {
		const def = defDari(s);
		if (['enum', 'literal', 'null'].includes(def.type)) return true;
		return def.type === 'union' && this.literalSemua(def);
	}

	private literalSemua(def: Def): boolean {
		return (def.options ?? []).every((o) => this.adalahLiteral(o) && !defDari(o).checks?.length);
	}

	/** The values an enum, a literal, null or a union of them allows. */
	private literal(s: Skema, statis: string): unknown[] {
		const def = defDari(s);
		if (def.checks?.length) throw new SkemaTakDidukung(statis, 'a refined literal or enum');
		if (def.type === 'null') return [null];
		if (def.type === 'literal') return [...def.values!];
		if (def.type === 'enum') return Object.values(def.entries!);
		return def.options!.flatMap((o) => this.literal(o, statis));
	}

	private teks(def: Def, v: string, path: string, statis: string): string[] {
		const key = js(kunciSendiri(def) ?? 'err.tidakValid');
		let min = 0;
		let maks: number | null = null;
		let trim = false;
		const pola: { re: RegExp; teks: string }[] = [];
		const tambahPola = (re: RegExp, nama: string | undefined) => {
			if (re.flags) throw new SkemaTakDidukung(statis, `a pattern with flags /${re.flags}`);
			pola.push({
				re,
				teks: TEKS_POLA[nama ?? ''] ?? TEKS_POLA[re.source] ?? 'has the wrong form'
			});
		};
		if (def.format) {
			if (!def.pattern) throw new SkemaTakDidukung(statis, `the string format ${def.format}`);
			tambahPola(def.pattern, def.format);
		}
		for (const c of cekDari(def)) {
			if (c.check === 'overwrite' && adalahTrim(c.tx) && min === 0 && maks === null) trim = true;
			else if (c.check === 'min_length') min = Math.max(min, c.minimum!);
			else if (c.check === 'max_length') maks = Math.min(maks ?? Infinity, c.maximum!);
			else if (c.check === 'length_equals') [min, maks] = [c.length!, c.length!];
			else if (c.check === 'string_format' && c.pattern) {
				tambahPola(c.pattern, c.format === 'regex' ? undefined : c.format);
			} else if (c.check !== 'custom') {
				throw new SkemaTakDidukung(statis, `the string check ${c.format ?? c.check}`);
			}
		}
		const ukuran = `${path}, ${key}, ${min}, ${js(maks)}, ${trim}`;
		if (pola.length === 0) return [`cekTeks(${v}, ${ukuran});`];
		return pola.map(
			({ re, teks }) => `cekTeksPola(${v}, ${ukuran}, ${this.namaPola(re)}, ${js(teks)});`
		);
	}

	private angka(def: Def, v: string, path: string, statis: string): string {
		const key = js(kunciSendiri(def) ?? 'err.tidakValid');
		if (def.format !== undefined && def.format !== 'safeint') {
			throw new SkemaTakDidukung(statis, `the number format ${def.format}`);
		}
		let bulat = def.format === 'safeint';
		let min: number | null = null;
		let maks: number | null = null;
		for (const c of cekDari(def)) {
			if (c.check === 'number_format' && c.format === 'safeint') bulat = true;
			else if (c.check === 'greater_than' && c.inclusive)
				min = Math.max(min ?? -Infinity, c.value!);
			else if (c.check === 'less_than' && c.inclusive) maks = Math.min(maks ?? Infinity, c.value!);
			else if (c.check !== 'custom') {
				throw new SkemaTakDidukung(statis, `the number check ${c.format ?? c.check}`);
			}
		}
		return `${bulat ? 'cekBulat' : 'cekAngka'}(${v}, ${path}, ${key}, ${js(min)}, ${js(maks)});`;
	}

	/** The hand-written checks of a schema's refinements; Number.isFinite is zod's number itself. */
	private refinemen(def: Def, v: string, path: string, statis: string): string[] {
		const out: string[] = [];
		for (const c of cekDari(def)) {
			if (c.check !== 'custom' || c.fn === Number.isFinite) continue;
			const id = `${kunciGalat(c.error) ?? 'err.tidakValid'}@${statis}`;
			const fungsi = REFINEMEN[id];
			if (!fungsi) throw new SkemaTakDidukung(statis, `the refinement ${id} (add it to REFINEMEN)`);
			out.push(`${fungsi}(${v}, ${path});`);
		}
		return out;
	}

	private objek(def: Def, statis: string): string[] {
		const shape = def.shape!;
		const keys = Object.keys(shape);
		const catchall = def.catchall ? defDari(def.catchall).type : undefined;
		if (catchall !== undefined && catchall !== 'never') {
			throw new SkemaTakDidukung(statis, 'an object with a catchall');
		}
		const out = [`cekObjek(v, path, ${js(kunciWadah(def, Object.values(shape)))});`];
		// zod's strictObject refuses unknown fields; z.object drops them, which a server cannot.
		if (catchall === 'never') out.push(`cekKunci(v, ${js(keys)}, path);`);
		else throw new SkemaTakDidukung(statis, 'a non-strict object (zod drops its unknown fields)');
		for (const k of keys) {
			const field = shape[k]!;
			const fd = defDari(field);
			const sub = statis ? `${statis}.${k}` : k;
			const opsional = fd.type === 'optional' || fd.type === 'default';
			if (opsional && fd.checks?.length) {
				throw new SkemaTakDidukung(sub, `a refinement on a zod ${fd.type}`);
			}
			const lines = this.node(
				opsional ? fd.innerType! : field,
				akses('v', k),
				`jalur(path, ${js(k)})`,
				sub
			);
			if (!opsional) out.push(...lines);
			else if (lines.length)
				out.push(`if (ada(v, ${js(k)})) {`, ...lines.map((l) => `\t${l}`), '}');
		}
		return [...out, ...this.refinemen(def, 'v', 'path', statis)];
	}

	private larik(def: Def, statis: string): string[] {
		const key = js(kunciSendiri(def) ?? 'err.tidakValid');
		let min = 0;
		let maks: number | null = null;
		for (const c of cekDari(def)) {
			if (c.check === 'min_length') min = c.minimum!;
			else if (c.check === 'max_length') maks = c.maximum!;
			else if (c.check === 'length_equals') [min, maks] = [c.length!, c.length!];
			else if (c.check !== 'custom')
				throw new SkemaTakDidukung(statis, `the list check ${c.check}`);
		}
		const item = this.node(def.element!, 'v[i]', 'jalur(path, i)', `${statis}.*`);
		return [
			`cekLarik(v, path, ${key}, ${min}, ${js(maks)});`,
			...(item.length
				? ['for (var i = 0; i < v.length; i++) {', ...item.map((l) => `\t${l}`), '}']
				: []),
			...this.refinemen(def, 'v', 'path', statis)
		];
	}

	private tupel(def: Def, statis: string): string[] {
		if (def.rest) throw new SkemaTakDidukung(statis, 'a tuple with a rest');
		const items = def.items!;
		const out = [`cekDaftar(v, path, ${js(kunciWadah(def, items))}, ${items.length});`];
		items.forEach((item, i) => {
			if (defDari(item).type === 'optional') {
				throw new SkemaTakDidukung(statis, 'a tuple with optional items');
			}
			out.push(...this.node(item, `v[${i}]`, `jalur(path, ${i})`, `${statis}.${i}`));
		});
		return [...out, ...this.refinemen(def, 'v', 'path', statis)];
	}

	private rekam(def: Def, statis: string): string[] {
		const kd = defDari(def.keyType!);
		const out = [`cekObjek(v, path, ${js(kunciSendiri(def) ?? 'err.tidakValid')});`];
		if (kd.type === 'enum') {
			// zod 4's record over an enum is exhaustive: every key, and no other.
			const keys = Object.values(kd.entries!).map(String);
			out.push(`cekKunci(v, ${js(keys)}, path);`);
			for (const k of keys) {
				out.push(
					...this.node(def.valueType!, akses('v', k), `jalur(path, ${js(k)})`, `${statis}.${k}`)
				);
			}
		} else if (kd.type === 'string') {
			const sub = `${statis}.*`;
			out.push(
				'for (var k in v) {',
				'\tif (!Object.prototype.hasOwnProperty.call(v, k)) continue;',
				...this.node(def.keyType!, 'k', 'jalur(path, k)', sub).map((l) => `\t${l}`),
				...this.node(def.valueType!, 'v[k]', 'jalur(path, k)', sub).map((l) => `\t${l}`),
				'}'
			);
		} else throw new SkemaTakDidukung(statis, `a record keyed by ${kd.type}`);
		return [...out, ...this.refinemen(def, 'v', 'path', statis)];
	}

	/**
	 * A union of different kinds of value: the option whose kind matches decides (its refusal is
	 * the most useful); options of one kind are tried in turn.
	 */
	private gabungan(def: Def, statis: string): string[] {
		const options = def.options!;
		const byJenis = new Map<string, Skema[]>();
		for (const o of options) {
			const jenis = this.jenisDasar(o, statis);
			byJenis.set(jenis, [...(byJenis.get(jenis) ?? []), o]);
		}
		const out: string[] = [];
		for (const [jenis, opts] of byJenis) {
			const fungsi = opts.map((o, i) => this.fungsiUntuk(o, `${statis}|${jenis}${i}`));
			out.push(`if (${JAGA[jenis]!('v')}) {`);
			if (fungsi.length === 1) out.push(`\t${fungsi[0]}(v, path);`);
			else {
				out.push(`\tcobaSalahSatu([${fungsi.join(', ')}], v, path);`);
			}
			out.push('\treturn;', '}');
		}
		const nama = [...byJenis.keys()].map((j) => NAMA_JENIS[j]).join(', ');
		out.push(`tolak(${js(kunciWadah(def, options))}, path, ${js(`must be one of: ${nama}`)});`);
		return out;
	}

	private jenisDasar(s: Skema, statis: string): string {
		const def = defDari(s);
		if (def.type in JAGA) return def.type;
		if (def.type === 'enum' || def.type === 'literal') {
			const kinds = new Set(this.literal(s, statis).map((v) => (v === null ? 'null' : typeof v)));
			if (kinds.size === 1) return [...kinds][0]!;
		}
		throw new SkemaTakDidukung(statis, `a union option of type ${def.type}`);
	}
}

/** Kinds of schema checked by a function of their own (their parts, then their refinements). */
const WADAH = ['object', 'array', 'tuple', 'record', 'union'];
/** Kinds that only wrap another schema. */
const PEMBUNGKUS = ['nullable', 'optional', 'default', 'pipe'];

/** ES5 tests of a value's kind, for the options of a union. */
const JAGA: Readonly<Record<string, (v: string) => string>> = {
	string: (v) => `typeof ${v} === 'string'`,
	number: (v) => `typeof ${v} === 'number'`,
	boolean: (v) => `typeof ${v} === 'boolean'`,
	null: (v) => `${v} === null`,
	array: (v) => `adalahLarik(${v})`,
	tuple: (v) => `adalahLarik(${v})`,
	object: (v) => `adalahObjek(${v})`,
	record: (v) => `adalahObjek(${v})`
};

const NAMA_JENIS: Readonly<Record<string, string>> = {
	string: 'text',
	number: 'a number',
	boolean: 'true or false',
	null: 'null',
	array: 'a list',
	tuple: 'a list',
	object: 'an object',
	record: 'an object'
};

/**
 * ES5 source declaring `var SKEMA = { <jenis>: function (doc, path) … }`, one check per document
 * type, each throwing { forbidden } with lib.js's tolak on the first problem, and `JENIS_SKEMA`,
 * the types.
 */
export function schemaSource(skema: Readonly<Record<string, Skema>>): string {
	const g = new Generator();
	const entri = Object.entries(skema).map(([jenis, s]) => {
		g.jenis = jenis;
		return `\t${js(jenis)}: ${g.fungsiUntuk(s, '')}`;
	});
	return [
		'/* Generated from the zod schemas by sync-server/design/schema.ts at setup; not stored. */',
		g.hasil(),
		`var SKEMA = {\n${entri.join(',\n')}\n};`,
		`var JENIS_SKEMA = ${js(Object.keys(skema))};`
	].join('\n\n');
}
