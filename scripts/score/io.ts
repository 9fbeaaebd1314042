import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Locale } from '../../src/lib/domain/format';
import { problemRows, isFileError, type ImportError } from '../../src/lib/import/table/errors';
import { readTableFile } from '../../src/lib/import/table/file';
import { formatImportError } from '../../src/lib/import/table/messages';
import type { Table } from '../../src/lib/import/table/table';
import type { Translate } from './text';

/** 0 success; 1 invalid rows; 2 the file or the options. */
export const EXIT = { ok: 0, barisTidakValid: 1, berkas: 2 } as const;

export class CliFailure extends Error {
	constructor(
		message: string,
		readonly code: number
	) {
		super(message);
	}
}

export interface Context {
	locale: Locale;
	t: Translate;
	/** Lines for stderr, written as they come. */
	peringatan: (teks: string) => void;
}

/** Reads a .csv or .xlsx file from disk into a table, or fails with exit code 2. */
export async function readTable(path: string, k: Context): Promise<Table> {
	let bytes: Uint8Array;
	try {
		bytes = await readFile(path);
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code ?? String(e);
		const message =
			code === 'ENOENT'
				? k.t('cli.berkasTidakAda', { berkas: path })
				: k.t('cli.berkasTidakTerbaca', { berkas: path, sebab: code });
		throw new CliFailure(message, EXIT.berkas);
	}
	const result = readTableFile(basename(path), bytes);
	if (!result.ok) throw new CliFailure(formatImportError(result.error, k.locale), EXIT.berkas);
	return result.tabel;
}

/**
 * Reports import errors on stderr. File-level errors end the run with 2; row errors end it with
 * 1 unless invalid rows are to be skipped, when their count is reported and the rest is scored.
 */
export function checkErrors(
	errors: readonly ImportError[],
	jumlahValid: number,
	lewati: boolean,
	k: Context
): void {
	const file = errors.filter(isFileError);
	if (file.length > 0) {
		throw new CliFailure(file.map((e) => formatImportError(e, k.locale)).join('\n'), EXIT.berkas);
	}
	for (const e of errors) k.peringatan(formatImportError(e, k.locale));
	const n = problemRows(errors).length;
	if (n > 0 && !lewati) {
		throw new CliFailure(k.t('cli.barisTidakValid', { n }), EXIT.barisTidakValid);
	}
	if (n > 0) k.peringatan(k.t('cli.barisDilewati', { n, sisa: jumlahValid }));
	if (jumlahValid === 0) {
		throw new CliFailure(k.t('cli.tanpaData'), n > 0 ? EXIT.barisTidakValid : EXIT.berkas);
	}
}

/** Plain-text table with padded columns; `kanan` marks right-aligned (numeric) columns. */
export function textTable(row: readonly (readonly string[])[], kanan: readonly boolean[]): string {
	const width = (s: string) => [...s].length;
	const w: number[] = [];
	for (const b of row) b.forEach((s, i) => (w[i] = Math.max(w[i] ?? 0, width(s))));
	return row
		.map((b) =>
			b
				.map((s, i) => {
					const pad = ' '.repeat((w[i] ?? 0) - width(s));
					return kanan[i] ? pad + s : s + pad;
				})
				.join('  ')
				.trimEnd()
		)
		.join('\n');
}

export function periodeName(periodeId: string, t: Translate): string {
	const m = /^(\d{4})-TW([1-4])$/.exec(periodeId);
	if (!m) return periodeId;
	return t('periode.nama', { tw: ['I', 'II', 'III', 'IV'][Number(m[2]) - 1]!, tahun: m[1]! });
}
