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
	PENGATURAN_BAWAAN,
	pengaturanSchema,
	type Pengaturan
} from '../src/lib/domain/schemas';
import { parseAngka, type Locale } from '../src/lib/domain/format';
import { jalankanIndeks } from './skor/indeks';
import { bacaTabel, GagalCli, KELUAR, type Konteks } from './skor/io';
import { jalankanSkm } from './skor/skm';
import { penerjemah, type Terjemah, type TeksKey } from './skor/teks';

const OPSI = {
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
function pilihan<T extends string>(
	opsi: string,
	nilai: string | undefined,
	bawaan: T,
	alias: Readonly<Record<string, T>>,
	t: Terjemah
): T {
	if (nilai === undefined) return bawaan;
	const v = alias[nilai.trim().toLowerCase()];
	if (v !== undefined) return v;
	const daftar = Object.keys(alias).join(', ');
	throw new GagalCli(
		t('cli.opsiNilai', { nilai, opsi: `--${opsi}`, pilihan: daftar }),
		KELUAR.berkas
	);
}

function bobotIndeks(nilai: string | undefined, t: Terjemah): Pengaturan['bobotIndeks'] {
	if (nilai === undefined) return PENGATURAN_BAWAAN.bobotIndeks;
	// "20,20,50,10" or "20;20;50;10"; decimals as "12.5" (a comma separates the four).
	const bagian = nilai.split(/[,;/]/).map((s) => parseAngka(s, 'en'));
	const [anggaran, fisik, kinerja, p3dn] = bagian;
	if (bagian.length !== 4 || bagian.some((b) => b === null)) {
		throw new GagalCli(t('cli.bobotIndeks'), KELUAR.berkas);
	}
	const hasil = bobotIndeksSchema.safeParse({ anggaran, fisik, kinerja, p3dn });
	if (!hasil.success) {
		const key = (hasil.error.issues[0]?.message ?? 'err.bobotTotal') as TeksKey;
		throw new GagalCli(`${t('cli.bobotIndeks')}: ${t(key)}`, KELUAR.berkas);
	}
	return hasil.data;
}

function pengaturanIndeks(
	v: Record<string, string | boolean | undefined>,
	t: Terjemah
): Pengaturan {
	const s = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : undefined);
	const batasTeks = s('batas-capaian');
	const batas = batasTeks === undefined ? PENGATURAN_BAWAAN.batasCapaian : parseAngka(batasTeks);
	const kandidat = {
		...PENGATURAN_BAWAAN,
		bobotIndeks: bobotIndeks(s('bobot-indeks'), t),
		batasCapaian: batas,
		rumusNegatif: pilihan(
			'negatif',
			s('negatif'),
			PENGATURAN_BAWAAN.rumusNegatif,
			{ selisih: 'selisih', rasio: 'rasio' },
			t
		),
		rumusP3dn: pilihan(
			'p3dn',
			s('p3dn'),
			PENGATURAN_BAWAAN.rumusP3dn,
			{ komitmen: 'komitmen', pangsa: 'pangsa' },
			t
		)
	};
	const hasil = pengaturanSchema.safeParse(kandidat);
	if (!hasil.success) {
		const key = (hasil.error.issues[0]?.message ?? 'err.tidakValid') as TeksKey;
		throw new GagalCli(t(key), KELUAR.berkas);
	}
	return hasil.data;
}

async function utama(argv: readonly string[]): Promise<number> {
	const locale: Locale = argv.includes('--en') ? 'en' : 'id';
	const t = penerjemah(locale);
	const kx: Konteks = { locale, t, peringatan: (teks) => process.stderr.write(teks + '\n') };
	try {
		let parsed;
		try {
			parsed = parseArgs({ args: [...argv], options: OPSI, allowPositionals: true, strict: true });
		} catch (e) {
			throw new GagalCli(
				t('cli.opsiTidakValid', { pesan: (e as Error).message }) + '\n\n' + t('cli.pakai'),
				KELUAR.berkas
			);
		}
		const { values: v, positionals } = parsed;
		const [perintah, berkas] = positionals;
		if (v.help || perintah === undefined) {
			process.stdout.write(t('cli.pakai') + '\n');
			return v.help ? KELUAR.ok : KELUAR.berkas;
		}
		if (perintah !== 'skm' && perintah !== 'indeks') {
			throw new GagalCli(
				t('cli.perintahTidakDikenal', { perintah }) + '\n\n' + t('cli.pakai'),
				KELUAR.berkas
			);
		}
		if (berkas === undefined) throw new GagalCli(t('cli.berkasBelumDisebut'), KELUAR.berkas);
		const json = v.json === true;
		const lewati = v['skip-invalid'] === true;

		let keluaran: string;
		if (perintah === 'skm') {
			const opsi = {
				bobotSkm: pilihan(
					'bobot',
					v.bobot,
					PENGATURAN_BAWAAN.bobotSkm,
					{
						eksak: 'eksak',
						'1/9': 'eksak',
						dibulatkan: 'dibulatkan',
						'0,111': 'dibulatkan',
						'0.111': 'dibulatkan'
					},
					t
				),
				ikmPemda: pilihan(
					'ikm-pemda',
					v['ikm-pemda'],
					PENGATURAN_BAWAAN.ikmPemda,
					{
						'rerata-unit': 'rerata-unit',
						gabungan: 'gabungan'
					},
					t
				),
				penomoran: pilihan(
					'penomoran',
					v.penomoran,
					PENGATURAN_BAWAAN.penomoranUnsur,
					{
						permen: 'permen',
						kuesioner: 'kuesioner'
					},
					t
				),
				perTriwulan: v['per-triwulan'] === true,
				lewati,
				json,
				berkas
			};
			const tabel = await bacaTabel(berkas, kx);
			keluaran = jalankanSkm(tabel, opsi, kx);
		} else {
			const pengaturan = pengaturanIndeks(v, t);
			const tabel = await bacaTabel(berkas, kx);
			keluaran = jalankanIndeks(tabel, { pengaturan, lewati, json }, kx);
		}
		process.stdout.write(keluaran);
		return KELUAR.ok;
	} catch (e) {
		if (!(e instanceof GagalCli)) throw e;
		process.stderr.write(e.message + '\n');
		return e.kode;
	}
}

process.exitCode = await utama(process.argv.slice(2));
