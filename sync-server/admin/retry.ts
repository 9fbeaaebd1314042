/**
 * A read-then-write against an Apache CouchDB cluster can meet 409: the read was answered by a
 * node that had not yet seen the latest revision. The whole step (read, then write) is run again,
 * a few times with a short pause, before the conflict is reported.
 */
import { CouchError } from '../http/couch-client.ts';

export async function retryOnConflict<T>(step: () => Promise<T>, attempts = 6): Promise<T> {
	for (let attempt = 1; ; attempt++) {
		try {
			return await step();
		} catch (error) {
			if (!(error instanceof CouchError) || error.status !== 409 || attempt >= attempts)
				throw error;
			await new Promise((done) => setTimeout(done, 25 * 2 ** attempt));
		}
	}
}
