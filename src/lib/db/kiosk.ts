/**
 * Kiosk mode on this device: the staff PIN that unlocks it (stored salted and hashed, never as
 * digits) and whether the device is locked in a kiosk for a unit. Both live in the meta table.
 */
import { validId } from '$lib/domain/check';
import { validPin } from '$lib/domain/kiosk';
import { digestSha256Hex, toHex } from '$lib/domain/sha256';
import type { RaporDb } from './schema';

export const META_KIOSK_PIN = 'kiosk-pin';
export const META_KIOSK_ACTIVE = 'kiosk-aktif';

export interface ActiveKiosk {
	unitId: string;
	sejak: string;
	/** Seconds of inactivity before a half-filled survey is discarded (tests shorten it). */
	reset?: number;
	/** Seconds the thank-you screen stays. */
	terima?: number;
}

// Hand checks (no zod on the first page, where the kiosk guard runs); unknown fields are dropped.

function asObject(value: unknown): Record<string, unknown> | null {
	return typeof value === 'object' && value !== null && !Array.isArray(value)
		? (value as Record<string, unknown>)
		: null;
}

function storedPin(value: unknown): { salt: string; hash: string } | null {
	const o = asObject(value);
	if (!o || typeof o.salt !== 'string' || o.salt.length < 16) return null;
	if (typeof o.hash !== 'string' || !/^[0-9a-f]{64}$/.test(o.hash)) return null;
	return { salt: o.salt, hash: o.hash };
}

const validSeconds = (n: unknown, max: number) =>
	n === undefined || (Number.isInteger(n) && (n as number) >= 1 && (n as number) <= max);

/** The kiosk state as stored, or null when it is not a valid one. */
export function readActiveKiosk(value: unknown): ActiveKiosk | null {
	const o = asObject(value);
	if (!o || !validId(o.unitId) || typeof o.sejak !== 'string') return null;
	if (!validSeconds(o.reset, 3600) || !validSeconds(o.terima, 120)) return null;
	const active: ActiveKiosk = { unitId: o.unitId, sejak: o.sejak };
	if (o.reset !== undefined) active.reset = o.reset as number;
	if (o.terima !== undefined) active.terima = o.terima as number;
	return active;
}

/** SHA-256 of `salt:pin`; works without crypto.subtle (a phone on a plain-http LAN address). */
function hashPin(pin: string, salt: string): Promise<string> {
	return digestSha256Hex(new TextEncoder().encode(`${salt}:${pin}`));
}

export async function hasPin(db: RaporDb): Promise<boolean> {
	return storedPin((await db.meta.get(META_KIOSK_PIN))?.value) !== null;
}

/** Sets (or replaces) the staff PIN: 4–8 digits. Returns false for a PIN of another shape. */
export async function setPin(db: RaporDb, pin: string): Promise<boolean> {
	if (!validPin(pin)) return false;
	const salt = toHex(crypto.getRandomValues(new Uint8Array(16)));
	await db.meta.put({ key: META_KIOSK_PIN, value: { salt, hash: await hashPin(pin, salt) } });
	return true;
}

/** Whether `pin` is the staff PIN; false when none is set. */
export async function checkPin(db: RaporDb, pin: string): Promise<boolean> {
	const stored = storedPin((await db.meta.get(META_KIOSK_PIN))?.value);
	if (!stored || !validPin(pin)) return false;
	return (await hashPin(pin, stored.salt)) === stored.hash;
}

export async function getActiveKiosk(db: RaporDb): Promise<ActiveKiosk | null> {
	return readActiveKiosk((await db.meta.get(META_KIOSK_ACTIVE))?.value);
}

export async function setActiveKiosk(db: RaporDb, active: ActiveKiosk): Promise<void> {
	const bersih = readActiveKiosk(active);
	if (!bersih) throw new TypeError('invalid kiosk state');
	await db.meta.put({ key: META_KIOSK_ACTIVE, value: bersih });
}

/** Leaves kiosk mode, only with the right staff PIN; true when unlocked. */
export async function unlock(db: RaporDb, pin: string): Promise<boolean> {
	if (!(await checkPin(db, pin))) return false;
	await db.meta.delete(META_KIOSK_ACTIVE);
	return true;
}
