/** Messages of the device-user screens: Bahasa Indonesia first; English must have the same keys. */
export const id = {
	'perangkat.judul': 'Pengguna perangkat ini',
	'perangkat.penjelasan':
		'Nama ini dicatat pada setiap survei dan perubahan realisasi dari perangkat ini.',
	'perangkat.nama': 'Nama',
	'perangkat.peran': 'Peran',
	'perangkat.opd': 'OPD',
	'perangkat.unitSurvei': 'Unit layanan yang disurvei',
	'peran.admin': 'Admin (Bagian Organisasi / Bappeda)',
	'peran.enumerator': 'Enumerator SKM',
	'peran.opd': 'Staf OPD / kelurahan',
	'peran.reviewer': 'Pimpinan (hanya membaca)',
	'err.namaPengguna': 'Nama wajib diisi (maks. 100 karakter)',
	'err.peran': 'Pilih peran',
	'err.unitOpd': 'Staf OPD harus memilih satu OPD'
} as const;
