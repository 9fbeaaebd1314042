/**
 * Writes to `_users` that carry a clear-text `password` (the admin CLI sends one, as CouchDB
 * expects) are hashed here with PBKDF2-SHA256, before pouchdb-auth's own wrapper would hash them
 * with SHA-1 and 10 iterations: this wrapper runs outermost, so pouchdb-auth never sees `password`.
 * Documents without `password` (a restore from a backup, an upgrade at login) keep their hash.
 */
import type { PouchDoc, Wrapper, WrapperArgs } from '../couch/pouchdb.ts';
import { hashPassword } from './passwords.ts';

class BadPassword extends Error {
	readonly status = 400;
	override readonly name = 'bad_request';
	constructor() {
		super('password must be a string');
	}
}

async function hashIn(doc: PouchDoc | undefined): Promise<void> {
	if (!doc || doc.password === undefined || doc.password === null) return;
	if (typeof doc.password !== 'string') throw new BadPassword();
	const hash = await hashPassword(doc.password);
	delete doc.password;
	delete doc.password_sha;
	Object.assign(doc, hash);
}

const hashOne: Wrapper = async (original, args: WrapperArgs) => {
	await hashIn(args.doc);
	return original();
};

const hashMany: Wrapper = async (original, args: WrapperArgs) => {
	await Promise.all((args.docs ?? []).map(hashIn));
	return original();
};

export const passwordHashingWrappers = { put: hashOne, post: hashOne, bulkDocs: hashMany };
