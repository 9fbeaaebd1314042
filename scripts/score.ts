/**
 * Scores a spreadsheet from the command line, without the app:
 *   npm run skor -- skm FILE.csv|FILE.xlsx [--per-triwulan] [--bobot 0,111] [--json] [--en]
 *   npm run skor -- indeks FILE.csv|FILE.xlsx [--bobot-indeks 20,20,50,10] [--json] [--en]
 * Parsing and validation live in src/lib/import, scoring in src/lib/domain; this file only reads
 * the file, picks the settings and prints. Exit codes: 0 ok, 1 invalid rows, 2 file or options.
 */
import { parseArgs } from 'node:util';
import {
	bobotIndeksSchema,
	DEFAULT_SETTINGS,
	settingsSchema,
	type Settings
} from '../src/lib/domain/schemas';
import { parseNumber, type Locale } from '../src/lib/domain/format';
import { runIndeks } from './score/indeks';
import { readTable, CliFailure, EXIT, type Context } from './score/io';
import { runSkm } from './score/skm';
import { translator, type Translate, type TextKey } from './score/text';

const OPTIONS = {
	json: { type: 'boolean' },
	en: { type: 'boolean' },
	'skip-invalid': { type: 'boolean' },
	'per-triwulan': { type: 'boolean' },
	semua: { type: 'boolean' },
	bobot: { type: 'string' },
	'ikm-pemda': { type: 'string' },
	penomoran: { type: 'string' },
	'bobot-indeks': { type: 'string' },
	'batas-capaian': { type: 'string' },
	negatif: { type: 'string' },
	p3dn: { type: 'string' },
	help: { type: 'boolean', short: 'h' }
} as const;

/** One of the allowed values of an option (aliases map to the canonical value). */
function choice<T extends string>(
	opsi: string,
	nilai: string | undefined,
	bawaan: T,
	alias: Readonly<Record<string, T>>,
	t: Translate
): T {
	if (nilai === undefined) return bawaan;
	const v = alias[nilai.trim().toLowerCase()];
	if (v !== undefined) return v;
	const list = Object.keys(alias).join(', ');
	throw new CliFailure(
		t('cli.opsiNilai', { nilai, opsi: `--${opsi}`, pilihan: list }),
		EXIT.berkas
	);
}

function bobotIndeks(value: string | undefined, t: Translate): Settings['bobotIndeks'] {
	if (value === undefined) return DEFAULT_SETTINGS.bobotIndeks;
	// "20,20,50,10" or "20;20;50;10"; decimals as "12.5" (a comma separates the four).
	const part = value.split(/[,;/]/).map((s) => parseNumber(s, 'en'));
	const [anggaran, fisik, kinerja, p3dn] = part;
	if (part.length !== 4 || part.some((b) => b === null)) {
		throw new CliFailure(t('cli.bobotIndeks'), EXIT.berkas);
	}
	const result = bobotIndeksSchema.safeParse({ anggaran, fisik, kinerja, p3dn });
	if (!result.success) {
		const key = (result.error.issues[0]?.message ?? 'err.bobotTotal') as TextKey;
		throw new CliFailure(`${t('cli.bobotIndeks')}: ${t(key)}`, EXIT.berkas);
	}
	return result.data;
}

function indeksSettings(v: Record<string, string | boolean | undefined>, t: Translate): Settings {
	const s = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : undefined);
	const textLimit = s('batas-capaian');
	const limit = textLimit === undefined ? DEFAULT_SETTINGS.batasCapaian : parseNumber(textLimit);
	const kandidat = {
		...DEFAULT_SETTINGS,
		bobotIndeks: bobotIndeks(s('bobot-indeks'), t),
		batasCapaian: limit,
		rumusNegatif: choice(
			'negatif',
			s('negatif'),
			DEFAULT_SETTINGS.rumusNegatif,
			{ selisih: 'selisih', rasio: 'rasio' },
			t
		),
		rumusP3dn: choice(
			'p3dn',
			s('p3dn'),
			DEFAULT_SETTINGS.rumusP3dn,
			{ komitmen: 'komitmen', pangsa: 'pangsa' },
			t
		)
	};
	const result = settingsSchema.safeParse(kandidat);
	if (!result.success) {
		const key = (result.error.issues[0]?.message ?? 'err.tidakValid') as TextKey;
		throw new CliFailure(t(key), EXIT.berkas);
	}
	return result.data;
}

async function main(argv: readonly string[]): Promise<number> {
	const locale: Locale = argv.includes('--en') ? 'en' : 'id';
	const t = translator(locale);
	const kx: Context = { locale, t, peringatan: (text) => process.stderr.write(text + '\n') };
	try {
		let parsed;
		try {
			parsed = parseArgs({
				args: [...argv],
				options: OPTIONS,
				allowPositionals: true,
				strict: true
			});
		} catch (e) {
			throw new CliFailure(
				t('cli.opsiTidakValid', { pesan: (e as Error).message }) + '\n\n' + t('cli.pakai'),
				EXIT.berkas
			);
		}
		const { values: v, positionals } = parsed;
		const [perintah, file] = positionals;
		if (v.help || perintah === undefined) {
			process.stdout.write(t('cli.pakai') + '\n');
			return v.help ? EXIT.ok : EXIT.berkas;
		}
		if (perintah !== 'skm' && perintah !== 'indeks') {
			throw new CliFailure(
				t('cli.perintahTidakDikenal', { perintah }) + '\n\n' + t('cli.pakai'),
				EXIT.berkas
			);
		}
		if (file === undefined) throw new CliFailure(t('cli.berkasBelumDisebut'), EXIT.berkas);
		const json = v.json === true;
		const lewati = v['skip-invalid'] === true;

		let keluaran: string;
		if (perintah === 'skm') {
			const opsi = {
				bobotSkm: choice(
					'bobot',
					v.bobot,
					DEFAULT_SETTINGS.bobotSkm,
					{
						eksak: 'eksak',
						'1/9': 'eksak',
						dibulatkan: 'dibulatkan',
						'0,111': 'dibulatkan',
						'0.111': 'dibulatkan'
					},
					t
				),
				ikmPemda: choice(
					'ikm-pemda',
					v['ikm-pemda'],
					DEFAULT_SETTINGS.ikmPemda,
					{
						'rerata-unit': 'rerata-unit',
						gabungan: 'gabungan'
					},
					t
				),
				penomoran: choice(
					'penomoran',
					v.penomoran,
					DEFAULT_SETTINGS.penomoranUnsur,
					{
						permen: 'permen',
						kuesioner: 'kuesioner'
					},
					t
				),
				perTriwulan: v['per-triwulan'] === true,
				lewati,
				json,
				berkas: file
			};
			const table = await readTable(file, kx);
			keluaran = runSkm(table, opsi, kx);
		} else {
			const settings = indeksSettings(v, t);
			const tabel = await readTable(file, kx);
			keluaran = runIndeks(tabel, { pengaturan: settings, lewati, json }, kx);
		}
		process.stdout.write(keluaran);
		return EXIT.ok;
	} catch (e) {
		if (!(e instanceof CliFailure)) throw e;
		process.stderr.write(e.message + '\n');
		return e.code;
	}
}

process.exitCode = await main(process.argv.slice(2));
