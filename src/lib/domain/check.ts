/**
 * Hand-written read-time checks for the few documents the first page reads: the device's user,
 * the index weights and a period id. They accept exactly what the zod schemas of ./schemas.ts
 * accept and return the same parsed value (tests/unit/domain/check.test.ts compares them on
 * random input), so the first page needs no zod; writes still validate with zod, loaded then.
 */
import { ROLES, type Role } from './constants';
import type { BobotIndeks, Settings, User } from './schemas';

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
const PERIODE_ID = /^\d{4}-TW[1-4]$/;

function plainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** As `idSchema`. */
export function validId(value: unknown): value is string {
	return typeof value === 'string' && value.length <= 128 && ID.test(value);
}

/** As `periodeSchema.shape.id`: "2026-TW1". */
export function validPeriodeId(value: unknown): value is string {
	return typeof value === 'string' && PERIODE_ID.test(value);
}

/**
 * As `userSchema.safeParse`: the user with the name trimmed and unknown fields dropped, or
 * null when it is not a valid user.
 */
export function readUser(value: unknown): User | null {
	if (!plainObject(value)) return null;
	const { nama, peran: role, unitIds } = value;
	if (typeof nama !== 'string') return null;
	const namaBersih = nama.trim();
	if (namaBersih.length < 1 || namaBersih.length > 100) return null;
	if (!ROLES.includes(role as Role)) return null;
	if (!Array.isArray(unitIds) || unitIds.length > 200 || !unitIds.every(validId)) return null;
	if (role === 'opd' && unitIds.length !== 1) return null;
	return { nama: namaBersih, peran: role as Role, unitIds: [...unitIds] };
}

const KOMPONEN_BOBOT = ['anggaran', 'fisik', 'kinerja', 'p3dn'] as const;

/**
 * As `bobotIndeksSchema.safeParse`: null when valid, otherwise the message key zod would give
 * (`err.bobot` for a missing, unknown or out-of-range weight, `err.bobotTotal` when the four do
 * not sum to 100).
 */
export function invalidBobot(value: unknown): 'err.bobot' | 'err.bobotTotal' | null {
	if (!plainObject(value)) return 'err.bobot';
	const keys = Object.keys(value);
	if (keys.some((k) => !(KOMPONEN_BOBOT as readonly string[]).includes(k))) return 'err.bobot';
	for (const k of KOMPONEN_BOBOT) {
		const n = value[k];
		if (typeof n !== 'number' || !Number.isFinite(n) || n < 0 || n > 100) return 'err.bobot';
	}
	const b = value as BobotIndeks;
	return Math.abs(b.anggaran + b.fisik + b.kinerja + b.p3dn - 100) < 1e-9 ? null : 'err.bobotTotal';
}

const SETTINGS_CHOICES = {
	rumusNegatif: ['selisih', 'rasio'],
	rumusP3dn: ['komitmen', 'pangsa'],
	bobotSkm: ['eksak', 'dibulatkan'],
	ikmPemda: ['rerata-unit', 'gabungan'],
	penomoranUnsur: ['permen', 'kuesioner']
} as const;

const percent = (n: unknown): n is number =>
	typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= 100;

/** As `settingsSchema.safeParse`: the stored settings, or null when they are not valid. */
export function readSettings(value: unknown): Settings | null {
	if (!plainObject(value)) return null;
	const name = ['bobotIndeks', 'batasCapaian', 'zona', ...Object.keys(SETTINGS_CHOICES)];
	if (Object.keys(value).some((k) => !name.includes(k))) return null;
	if (invalidBobot(value.bobotIndeks) !== null) return null;
	const { batasCapaian: capaianLimit, zona } = value;
	if (typeof capaianLimit !== 'number' || !Number.isFinite(capaianLimit)) return null;
	if (capaianLimit < 100 || capaianLimit > 200) return null;
	if (!plainObject(zona) || Object.keys(zona).some((k) => k !== 'hijau' && k !== 'kuning')) {
		return null;
	}
	if (!percent(zona.hijau) || !percent(zona.kuning) || !(zona.kuning < zona.hijau)) return null;
	for (const [k, choice] of Object.entries(SETTINGS_CHOICES)) {
		if (!(choice as readonly unknown[]).includes(value[k])) return null;
	}
	return structuredClone(value) as Settings;
}

// zod's ISO date-time with an offset (`z.iso.datetime({ offset: true })`): seconds required,
// Z or ±hh:mm, real calendar dates (leap days included).
const DATE =
	'(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))';
const ISO_TIME = new RegExp(
	`^${DATE}T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$`
);

/** As `timeSchema`: an ISO 8601 date-time with Z or an explicit offset. */
export function validTime(value: unknown): value is string {
	return typeof value === 'string' && ISO_TIME.test(value);
}
