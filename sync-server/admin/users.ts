/**
 * Accounts in CouchDB's `_users` database: one document per user, `org.couchdb.user:<name>`,
 * whose `roles` carry a Rapor role and `unit:<unitId>` for each unit the user works for. The
 * server hashes the password (PBKDF2); it is never stored or printed here.
 */
import { z } from 'zod';
import { akunDariRoles, DATABASE, idDokumen, rolesAkun } from '../../src/lib/domain/dokumen.ts';
import { idSchema, PERAN, type Peran } from '../../src/lib/domain/schemas.ts';
import { docPath, type CouchClient } from '../http/couch-client.ts';
import { allDocsSchema, putResultSchema, userDocSchema, type UserDoc } from '../http/schemas.ts';
import { retryOnConflict } from './retry.ts';

const USERS_DB = '_users';
const USER_PREFIX = 'org.couchdb.user:';
export const PASSWORD_MIN = 8;

/** A user name that stays readable in logs and in the `enumerator` field of responses. */
export const namaAkunSchema = z.string().regex(/^[a-z0-9][a-z0-9._-]{1,63}$/, {
	error: 'use 2–64 characters: lower-case letters, digits, ".", "_" or "-"'
});

export const akunSchema = z
	.object({
		name: namaAkunSchema,
		peran: z.array(z.enum(PERAN)).min(1, { error: 'give at least one --role' }),
		unitIds: z.array(idSchema)
	})
	.refine((a) => !a.peran.includes('opd') || a.unitIds.length === 1, {
		error: 'an opd account reports for exactly one unit (--unit)'
	})
	.refine((a) => !a.peran.includes('enumerator') || a.unitIds.length >= 1, {
		error: 'an enumerator needs at least one --unit to survey'
	});
export type Akun = z.infer<typeof akunSchema>;

export interface RingkasanAkun {
	name: string;
	peran: Peran[];
	unitIds: string[];
	/** Roles that are neither Rapor roles nor units. */
	lain: string[];
}

const userPath = (name: string) => docPath(USERS_DB, USER_PREFIX + name);

export class AkunError extends Error {
	override readonly name = 'AkunError';
}

function checkPassword(password: string): void {
	if (password.length < PASSWORD_MIN) {
		throw new AkunError(`the password needs at least ${PASSWORD_MIN} characters`);
	}
}

function parseAkun(input: Akun): Akun {
	const parsed = akunSchema.safeParse(input);
	if (!parsed.success) {
		throw new AkunError(parsed.error.issues.map((i) => i.message).join('; '));
	}
	return parsed.data;
}

async function getUser(client: CouchClient, name: string): Promise<UserDoc | null> {
	const { body } = await client.request('GET', userPath(name), userDocSchema, { allow: [404] });
	return body;
}

export async function addUser(client: CouchClient, akun: Akun, password: string): Promise<void> {
	const valid = parseAkun(akun);
	checkPassword(password);
	if (await getUser(client, valid.name)) throw new AkunError(`user ${valid.name} already exists`);
	const doc = {
		_id: USER_PREFIX + valid.name,
		type: 'user',
		name: valid.name,
		roles: rolesAkun(valid.peran, valid.unitIds),
		password
	};
	await client.request('PUT', userPath(valid.name), putResultSchema, { body: doc });
}

export async function setPassword(
	client: CouchClient,
	name: string,
	password: string
): Promise<void> {
	return retryOnConflict(async () => {
		checkPassword(password);
		const user = await getUser(client, name);
		if (!user) throw new AkunError(`no user ${name}`);
		await client.request('PUT', userPath(name), putResultSchema, { body: { ...user, password } });
	});
}

export async function setRoles(client: CouchClient, akun: Akun): Promise<void> {
	return retryOnConflict(async () => {
		const valid = parseAkun(akun);
		const user = await getUser(client, valid.name);
		if (!user) throw new AkunError(`no user ${valid.name}`);
		const roles = rolesAkun(valid.peran, valid.unitIds);
		await client.request('PUT', userPath(valid.name), putResultSchema, {
			body: { ...user, roles }
		});
	});
}

export async function removeUser(client: CouchClient, name: string): Promise<void> {
	return retryOnConflict(async () => {
		const user = await getUser(client, name);
		if (!user?._rev) throw new AkunError(`no user ${name}`);
		await client.request('DELETE', userPath(name), z.unknown(), { query: { rev: user._rev } });
	});
}

export async function listUsers(client: CouchClient): Promise<RingkasanAkun[]> {
	const { body } = await client.request('GET', `/${USERS_DB}/_all_docs`, allDocsSchema, {
		query: { include_docs: true, startkey: USER_PREFIX, endkey: `${USER_PREFIX}\ufff0` }
	});
	const users: RingkasanAkun[] = [];
	for (const row of body?.rows ?? []) {
		const parsed = userDocSchema.safeParse(row.doc);
		if (!parsed.success) continue;
		const { peran, unitIds } = akunDariRoles(parsed.data.roles);
		const lain = parsed.data.roles.filter(
			(r) => !(PERAN as readonly string[]).includes(r) && !r.startsWith('unit:')
		);
		users.push({ name: parsed.data.name, peran, unitIds, lain });
	}
	return users;
}

/** Units of `unitIds` that rapor-master does not hold (yet): worth a warning, not an error. */
export async function unknownUnits(
	client: CouchClient,
	unitIds: readonly string[]
): Promise<string[]> {
	if (unitIds.length === 0) return [];
	const keys = unitIds.map((id) => idDokumen('unit', id));
	const { body } = await client.request('POST', `/${DATABASE.master}/_all_docs`, allDocsSchema, {
		body: { keys }
	});
	const found = new Set(
		(body?.rows ?? []).filter((r) => r.value && !r.value.deleted).map((r) => r.id)
	);
	return unitIds.filter((id) => !found.has(idDokumen('unit', id)));
}
