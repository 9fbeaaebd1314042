/** English of ./pesan-angka.ts (the same keys), loaded only when someone reads the app in English. */
import type { id } from './messages-numbers';

export const en: Record<keyof typeof id, string> = {
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
	'angka.unitAnda': 'your unit'
};
