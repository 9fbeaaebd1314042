/** English of ./pesan-jam.ts (the same keys), loaded only when someone reads the app in English. */
import type { id } from './messages-clock';

export const en: Record<keyof typeof id, string> = {
	'jam.salah': 'The device clock looks wrong',
	'jam.server': 'Device {perangkat}, server {acuan}.',
	'jam.sinkron': 'Device {perangkat}, but the last sync was at {acuan}.',
	'jam.aplikasi': 'Device {perangkat}, but this app was built on {acuan}.',
	'jam.rekaman': 'Device {perangkat}, but the last survey was recorded at {acuan}.',
	'jam.caranya': 'Set the time/date in the phone Settings, then reopen.',
	'jam.dipakaiServer': 'Surveys saved now use the server time and are flagged.',
	'jam.ditandai': 'Surveys saved now are flagged "device clock wrong".',
	'jam.label': 'device clock wrong ±{n} min'
};
