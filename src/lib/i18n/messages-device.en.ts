/** English of ./pesan-perangkat.ts (the same keys), loaded only when someone reads the app in English. */
import type { id } from './messages-device';

export const en: Record<keyof typeof id, string> = {
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
	'err.unitOpd': 'OPD staff must choose one OPD'
};
