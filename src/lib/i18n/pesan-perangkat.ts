/** Messages of the device-user screens: Bahasa Indonesia first; English must have the same keys. */
const id = {
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
	'err.unitOpd': 'Staf OPD harus memilih satu OPD',
	'https.tanpa': 'Alamat ini tanpa HTTPS:',
	'https.akibat': 'Rapor tidak bisa dibuka saat luring.',
	'https.caranya': 'Agar bisa luring, minta admin membuka lewat alamat https://…'
} as const;

const en: Record<keyof typeof id, string> = {
	'perangkat.judul': 'User of this device',
	'perangkat.penjelasan': 'This name is recorded on every survey and realisation change made here.',
	'perangkat.nama': 'Name',
	'perangkat.peran': 'Role',
	'perangkat.opd': 'OPD',
	'perangkat.unitSurvei': 'Service units surveyed',
	'peran.admin': 'Admin (Organisation Bureau / Bappeda)',
	'peran.enumerator': 'SKM enumerator',
	'peran.opd': 'OPD / kelurahan staff',
	'peran.reviewer': 'Official (read only)',
	'err.namaPengguna': 'Name is required (max. 100 characters)',
	'err.peran': 'Choose a role',
	'err.unitOpd': 'OPD staff must choose one OPD',
	'https.tanpa': 'This address has no HTTPS:',
	'https.akibat': 'Rapor cannot open while offline.',
	'https.caranya': 'For offline use, ask your admin to open it at https://…'
};

export const pesan = { id, en };
