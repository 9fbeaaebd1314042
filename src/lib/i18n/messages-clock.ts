/** Messages about a wrong device clock: Bahasa Indonesia first; English must have the same keys. */
export const id = {
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
