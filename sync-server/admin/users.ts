/**
 * Accounts in CouchDB's `_users` database: one document per user, `org.couchdb.user:<name>`,
 * whose `roles` carry a Rapor role and `unit:<unitId>` for each unit the user works for. The
 * server hashes the password (PBKDF2); it is never stored or printed here.
 */
import { z } from 'zod';
import {
	accountFromRoles,
	DATABASE,
	documentId,
	accountRoles
} from '../../src/lib/domain/document.ts';
import { idSchema, ROLES, type Role } from '../../src/lib/domain/schemas.ts';
import { docPath, type CouchClient } from '../http/couch-client.ts';
import { allDocsSchema, putResultSchema, userDocSchema, type UserDoc } from '../http/schemas.ts';
import { retryOnConflict } from './retry.ts';

const USERS_DB = '_users';
const USER_PREFIX = 'org.couchdb.user:';
export const PASSWORD_MIN = 8;

/** A user name that stays readable in logs and in the `enumerator` field of responses. */
export const accountNameSchema = z.string().regex(/^[a-z0-9][a-z0-9._-]{1,63}$/, {
	error: 'use 2–64 characters: lower-case letters, digits, ".", "_" or "-"'
});

export const accountSchema = z
	.object({
		name: accountNameSchema,
		peran: z.array(z.enum(ROLES)).min(1, { error: 'give at least one --role' }),
		unitIds: z.array(idSchema)
	})
	.refine((a) => !a.peran.includes('opd') || a.unitIds.length === 1, {
		error: 'an opd account reports for exactly one unit (--unit)'
	})
	.refine((a) => !a.peran.includes('enumerator') || a.unitIds.length >= 1, {
		error: 'an enumerator needs at least one --unit to survey'
	});
export type UserAccount = z.infer<typeof accountSchema>;

export interface AccountSummary {
	name: string;
	peran: Role[];
	unitIds: string[];
	/** Roles that are neither Rapor roles nor units. */
	lain: string[];
}

const userPath = (name: string) => docPath(USERS_DB, USER_PREFIX + name);

export class AccountError extends Error {
	override readonly name = 'AccountError';
}

function checkPassword(password: string): void {
	if (password.length < PASSWORD_MIN) {
		throw new AccountError(`the password needs at least ${PASSWORD_MIN} characters`);
	}
}

function parseAccount(input: UserAccount): UserAccount {
	const parsed = accountSchema.safeParse(input);
	if (!parsed.success) {
		throw new AccountError(parsed.error.issues.map((i) => i.message).join('; '));
	}
	return parsed.data;
}

async function getUser(client: CouchClient, name: string): Promise<UserDoc | null> {
	const { body } = await client.request('GET', userPath(name), userDocSchema, { allow: [404] });
	return body;
}

export async function addUser(
	client: CouchClient,
	account: UserAccount,
	password: string
): Promise<void> {
	const valid = parseAccount(account);
	checkPassword(password);
	if (await getUser(client, valid.name))
		throw new AccountError(`user ${valid.name} already exists`);
	const doc = {
		_id: USER_PREFIX + valid.name,
		type: 'user',
		name: valid.name,
		roles: accountRoles(valid.peran, valid.unitIds),
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
		if (!user) throw new AccountError(`no user ${name}`);
		await client.request('PUT', userPath(name), putResultSchema, { body: { ...user, password } });
	});
}

export async function setRoles(client: CouchClient, account: UserAccount): Promise<void> {
	return retryOnConflict(async () => {
		const valid = parseAccount(account);
		const user = await getUser(client, valid.name);
		if (!user) throw new AccountError(`no user ${valid.name}`);
		const roles = accountRoles(valid.peran, valid.unitIds);
		await client.request('PUT', userPath(valid.name), putResultSchema, {
			body: { ...user, roles }
		});
	});
}

export async function removeUser(client: CouchClient, name: string): Promise<void> {
	return retryOnConflict(async () => {
		const user = await getUser(client, name);
		if (!user?._rev) throw new AccountError(`no user ${name}`);
		await client.request('DELETE', userPath(name), z.unknown(), { query: { rev: user._rev } });
	});
}

export async function listUsers(client: CouchClient): Promise<AccountSummary[]> {
	const { body } = await client.request('GET', `/${USERS_DB}/_all_docs`, allDocsSchema, {
		query: { include_docs: true, startkey: USER_PREFIX, endkey: `${USER_PREFIX}\ufff0` }
	});
	const users: AccountSummary[] = [];
	for (const row of body?.rows ?? []) {
		const parsed = userDocSchema.safeParse(row.doc);
		if (!parsed.success) continue;
		const { peran: role, unitIds } = accountFromRoles(parsed.data.roles);
		const other = parsed.data.roles.filter(
			(r) => !(ROLES as readonly string[]).includes(r) && !r.startsWith('unit:')
		);
		users.push({ name: parsed.data.name, peran: role, unitIds, lain: other });
	}
	return users;
}

/** Units of `unitIds` that rapor-master does not hold (yet): worth a warning, not an error. */
export async function unknownUnits(
	client: CouchClient,
	unitIds: readonly string[]
): Promise<string[]> {
	if (unitIds.length === 0) return [];
	const keys = unitIds.map((id) => documentId('unit', id));
	const { body } = await client.request('POST', `/${DATABASE.master}/_all_docs`, allDocsSchema, {
		body: { keys }
	});
	const found = new Set(
		(body?.rows ?? []).filter((r) => r.value && !r.value.deleted).map((r) => r.id)
	);
	return unitIds.filter((id) => !found.has(documentId('unit', id)));
}
