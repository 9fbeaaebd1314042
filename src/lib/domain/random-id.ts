/**
 * Random ids for documents made on the device. `crypto.randomUUID` exists only in a secure
 * context, and a phone may open the app over plain http on the office LAN; `getRandomValues`
 * exists everywhere, so the UUID is built from it.
 */

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** A random RFC 4122 version 4 UUID, e.g. `3b241101-e2bb-4255-8caf-4136c566a962`. */
export function randomId(): string {
	const b = crypto.getRandomValues(new Uint8Array(16));
	b[6] = (b[6]! & 0x0f) | 0x40; // version 4
	b[8] = (b[8]! & 0x3f) | 0x80; // variant 10xx
	const h = [...b].map((byte) => HEX[byte]!);
	return `${h.slice(0, 4).join('')}-${h.slice(4, 6).join('')}-${h.slice(6, 8).join('')}-${h
		.slice(8, 10)
		.join('')}-${h.slice(10).join('')}`;
}
