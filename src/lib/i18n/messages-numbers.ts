/**
 * Figures as true for the role looking: the server's respondent counts, and what a role's device
 * does not hold. Bahasa Indonesia first; English must have the same keys.
 */
export const id = {
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
	'angka.unitAnda': 'unit Anda'
} as const;
