/** Messages about a wrong device clock: Bahasa Indonesia first; English must have the same keys. */
const id = {
	'jam.salah': 'Jam perangkat tampaknya salah',
	'jam.server': 'Perangkat {perangkat}, server {acuan}.',
	'jam.sinkron': 'Perangkat {perangkat}, padahal sinkron terakhir {acuan}.',
	'jam.aplikasi': 'Perangkat {perangkat}, padahal aplikasi ini dibuat {acuan}.',
	'jam.rekaman': 'Perangkat {perangkat}, padahal survei terakhir tercatat {acuan}.',
	'jam.caranya': 'Atur jam/tanggal di Pengaturan ponsel, lalu buka ulang.',
	'jam.dipakaiServer': 'Survei yang disimpan memakai waktu server dan ditandai.',
	'jam.ditandai': 'Survei yang disimpan ditandai "jam perangkat salah".',
	'jam.label': 'jam perangkat salah ±{n} menit'
} as const;

const en: Record<keyof typeof id, string> = {
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

export const pesan = { id, en };
