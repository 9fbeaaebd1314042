/**
 * The Unicode font of PDF reports (DejaVu Sans cut down by scripts/report-font.ts), fetched
 * when a report is made, never with the app's first page; the service worker keeps it with the
 * app's files, so reports work offline. When it cannot be had, reports still print and say which
 * characters they replaced.
 */
import urlFont from './fonts/DejaVuSans-Rapor.ttf?url';
import { readTtf, type TtfFont } from './ttf';

let loaded: Promise<TtfFont | undefined> | undefined;

async function fetchFont(): Promise<Uint8Array> {
	const answer = await fetch(urlFont);
	if (!answer.ok) throw new Error(`font ${answer.status}`);
	return new Uint8Array(await answer.arrayBuffer());
}

/** The font, read once per session; undefined when it could not be loaded. */
export function loadUnicodeFont(): Promise<TtfFont | undefined> {
	loaded ??= fetchFont()
		.then(readTtf)
		.catch((cause: unknown) => {
			console.warn('report font not loaded', cause);
			loaded = undefined;
			return undefined;
		});
	return loaded;
}
