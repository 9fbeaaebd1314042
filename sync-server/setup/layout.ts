/**
 * The databases of Rapor and who may read each (CouchDB grants reads per database; writes are
 * decided by each database's validate_doc_update). See
 * docs/decisions/0002-database-layout-and-roles.md.
 */
import { DATABASE, type DatabaseName } from '../../src/lib/domain/document.ts';
import type { Role } from '../../src/lib/domain/schemas.ts';
import type { SecurityObject } from '../http/schemas.ts';

/** The roles that may read each database. Database admins: server admins only. */
export const READERS: Readonly<Record<DatabaseName, readonly Role[]>> = {
	[DATABASE.master]: ['admin', 'enumerator', 'opd', 'reviewer'],
	[DATABASE.skm]: ['admin', 'enumerator', 'reviewer'],
	[DATABASE.realisasi]: ['admin', 'opd', 'reviewer']
};

export function securityObject(db: DatabaseName): SecurityObject {
	return {
		admins: { names: [], roles: [] },
		members: { names: [], roles: [...READERS[db]] }
	};
}

/** System databases that must exist: `_users` holds the accounts and is not always created. */
export const SYSTEM_DATABASES = ['_users'] as const;

export const RAPOR_DATABASES: readonly DatabaseName[] = Object.values(DATABASE);
