// PouchDB ships no types; remote.ts types the HTTP calls the engine makes.
declare module 'pouchdb' {
	const PouchDB: unknown;
	export default PouchDB;
}
