/**
 * The public result poster of one unit's SKM, on request: the unit's publication when the admin
 * published one, otherwise the same figures the /skm/[id] screen shows (as publishing builds them) with its
 * RTL and no saran (only published saran are public), marked as not yet published. Without a unit,
 * the pemda's poster: its publication, or the pemda page built as publishing would build it
 * (state/publikasi.svelte.ts), named as last published. The report writers load only now, with a
 * dynamic import, like every report file (state/report.ts).
 */
import { readPublikasi } from '$lib/db/publikasi';
import type { RaporDb } from '$lib/db/schema';
import { getSettings } from '$lib/db/settings';
import type { Locale } from '$lib/domain/format';
import { timeNow } from '$lib/domain/local-time';
import { publikasiId } from '$lib/domain/publikasi';
import type { PublikasiSkm } from '$lib/domain/schemas';
import { loadFullMessages } from '$lib/i18n/locale.svelte';
import type { PageSize } from '$lib/report/pdf-file';
import type { ReportFile } from '$lib/report/files';
import { database } from './app.svelte';
import { lastPemdaName, pemdaPublikasi, unitPublikasi } from './publikasi.svelte';

export type { PageSize } from '$lib/report/pdf-file';

/**
 * The unit's publication, or one built from its figures on this device (`sementara`). Without a
 * unit, the pemda's: `namaPemda` names it when no pemda page was ever published.
 */
export async function readPublicPoster(
	db: RaporDb,
	unitId: string | undefined,
	periodeId: string,
	namaPemda = ''
): Promise<{ publikasi: PublikasiSkm; sementara: boolean } | null> {
	const published = await readPublikasi(db, publikasiId(unitId, periodeId));
	if (published) return { publikasi: published, sementara: false };
	if (unitId === undefined) {
		const nama = (await lastPemdaName(db)) ?? namaPemda;
		const publikasi = await pemdaPublikasi(db, periodeId, nama, { oleh: '', waktu: timeNow() });
		return publikasi ? { publikasi, sementara: true } : null;
	}
	// Only published saran are public: a poster before publication carries none.
	const publikasi = await unitPublikasi(db, { unitId, periodeId }, [], {
		oleh: '',
		waktu: timeNow()
	});
	return publikasi ? { publikasi, sementara: true } : null;
}

/**
 * The poster as a PDF on A4 or A3 (the pemda's without `unitId`); `kioskBase` is the absolute
 * address of /kiosk.
 */
export async function publicPosterFile(
	unitId: string | undefined,
	periodeId: string,
	size: PageSize,
	kioskBase: string,
	locale: Locale
): Promise<ReportFile> {
	const [[m, { textFor }], db] = await Promise.all([
		Promise.all([import('$lib/report/files'), import('$lib/report/text'), loadFullMessages()]),
		database()
	]);
	const namaPemda = textFor(locale).t('posterPublik.namaPemda');
	const [model, pengaturan, font] = await Promise.all([
		readPublicPoster(db, unitId, periodeId, namaPemda),
		getSettings(db),
		m.loadUnicodeFont()
	]);
	if (!model) throw new Error(`SKM of ${unitId ?? 'the pemda'} not on this device`);
	return m.publicPosterFile({ ...model, pengaturan, kioskBase }, size, {
		locale,
		dibuat: timeNow(),
		font
	});
}
