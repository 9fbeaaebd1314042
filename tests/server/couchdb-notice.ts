/**
 * Says, once per run of the server tests, which back end they run against: the embedded server
 * alone, or also Apache CouchDB behind the guard (COUCHDB_URL; see README "Apache CouchDB").
 */
export default function couchdbNotice(): void {
	const url = process.env.COUCHDB_URL;
	if (!url) {
		console.log(
			'Server tests: embedded server. The Apache CouchDB part was not run ' +
				'(set COUCHDB_URL, e.g. from ../shared/couchdb/couchdb start; .ci/run does).'
		);
		return;
	}
	const { protocol, host } = new URL(url);
	console.log(`Server tests: Apache CouchDB at ${protocol}//${host}, behind the guard.`);
}
