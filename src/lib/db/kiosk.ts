/**
 * Kiosk mode on this device: the staff PIN that unlocks it (stored salted and hashed, never as
 * digits) and whether the device is locked in a kiosk for a unit. Both live in the meta table.
 */
import { z } from 'zod';
import { idSchema } from '$lib/domain/schemas';
import { pinSah } from '$lib/domain/kiosk';
import { digestSha256Hex, toHex } from '$lib/domain/sha256';
import type { RaporDb } from './schema';

export const META_KIOSK_PIN = 'kiosk-pin';
export const META_KIOSK_AKTIF = 'kiosk-aktif';

const pinTersimpanSchema = z.object({
	salt: z.string().min(16),
	hash: z.string().regex(/^[0-9a-f]{64}$/)
});

export const kioskAktifSchema = z.object({
	unitId: idSchema,
	sejak: z.string(),
	/** Seconds of inactivity before a half-filled survey is discarded (tests shorten it). */
	reset: z.number().int().min(1).max(3600).optional(),
	/** Seconds the thank-you screen stays. */
	terima: z.number().int().min(1).max(120).optional()
});
export type KioskAktif = z.infer<typeof kioskAktifSchema>;

/** SHA-256 of `salt:pin`; works without crypto.subtle (a phone on a plain-http LAN address). */
function hashPin(pin: string, salt: string): Promise<string> {
	return digestSha256Hex(new TextEncoder().encode(`${salt}:${pin}`));
}

export async function adaPin(db: RaporDb): Promise<boolean> {
	return pinTersimpanSchema.safeParse((await db.meta.get(META_KIOSK_PIN))?.value).success;
}

/** Sets (or replaces) the staff PIN: 4–8 digits. Returns false for a PIN of another shape. */
export async function setPin(db: RaporDb, pin: string): Promise<boolean> {
	if (!pinSah(pin)) return false;
	const salt = toHex(crypto.getRandomValues(new Uint8Array(16)));
	await db.meta.put({ key: META_KIOSK_PIN, value: { salt, hash: await hashPin(pin, salt) } });
	return true;
}

/** Whether `pin` is the staff PIN; false when none is set. */
export async function cekPin(db: RaporDb, pin: string): Promise<boolean> {
	const stored = pinTersimpanSchema.safeParse((await db.meta.get(META_KIOSK_PIN))?.value);
	if (!stored.success || !pinSah(pin)) return false;
	return (await hashPin(pin, stored.data.salt)) === stored.data.hash;
}

export async function getKioskAktif(db: RaporDb): Promise<KioskAktif | null> {
	const parsed = kioskAktifSchema.safeParse((await db.meta.get(META_KIOSK_AKTIF))?.value);
	return parsed.success ? parsed.data : null;
}

export async function setKioskAktif(db: RaporDb, aktif: KioskAktif): Promise<void> {
	await db.meta.put({ key: META_KIOSK_AKTIF, value: kioskAktifSchema.parse(aktif) });
}

/** Leaves kiosk mode, only with the right staff PIN; true when unlocked. */
export async function bukaKunci(db: RaporDb, pin: string): Promise<boolean> {
	if (!(await cekPin(db, pin))) return false;
	await db.meta.delete(META_KIOSK_AKTIF);
	return true;
}
