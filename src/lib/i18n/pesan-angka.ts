/**
 * Figures as true for the role looking: the server's respondent counts, and what a role's device
 * does not hold. Bahasa Indonesia first; English must have the same keys.
 */
const id = {
	'angka.responden': '{n} responden',
	'angka.per': 'per {saat}',
	'angka.luring': '(luring)',
	'angka.gagal': '(server tidak menjawab)',
	'angka.memuat': 'mengambil jumlah dari server…',
	'angka.belumDiambil': 'jumlah dari server belum pernah diambil',
	'angka.belumDiambilLuring': 'jumlah dari server belum pernah diambil (luring)',
	'angka.judulSkm': 'Responden per unit layanan',
	'angka.catatanSkm':
		'Jumlah responden semua enumerator, menurut server. IKM dan mutu dihitung di perangkat reviewer dan admin, yang menerima semua respons.',
	'angka.unitAnda': 'unit Anda',
	'angka.peringkatBukanPeran':
		'Peringkat OPD dihitung dari realisasi, yang dikirim ke perangkat staf OPD, reviewer, dan admin, tidak ke perangkat enumerator.',
	'angka.keSurvei': 'Buka Survei',
	'angka.keSkm': 'Jumlah responden per unit'
} as const;

const en: Record<keyof typeof id, string> = {
	'angka.responden': '{n} respondents',
	'angka.per': 'as of {saat}',
	'angka.luring': '(offline)',
	'angka.gagal': '(the server did not answer)',
	'angka.memuat': 'fetching the count from the server…',
	'angka.belumDiambil': 'count never fetched from the server',
	'angka.belumDiambilLuring': 'count never fetched from the server (offline)',
	'angka.judulSkm': 'Respondents per service unit',
	'angka.catatanSkm':
		'Respondents of all enumerators, as the server counts them. IKM and grades are computed on reviewers’ and admins’ devices, which receive every response.',
	'angka.unitAnda': 'your unit',
	'angka.peringkatBukanPeran':
		'The OPD ranking is computed from realisation, which is sent to OPD staff, reviewers and admins, not to enumerator devices.',
	'angka.keSurvei': 'Open Survey',
	'angka.keSkm': 'Respondents per unit'
};

export const pesan = { id, en };
