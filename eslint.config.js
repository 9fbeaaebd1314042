import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** Storage, sync and framework modules: none of them belongs in a pure layer. */
const FRAMEWORK = ['dexie', 'pouchdb*', 'svelte', 'svelte/*', '$app/*', '**/*.svelte'];

/**
 * Import patterns of the named src/lib folders. Modules reach another folder through `$lib/` only
 * (relative imports stay inside their folder), so the alias names the layer exactly.
 */
const layers = (...names) => names.flatMap((name) => [`$lib/${name}`, `$lib/${name}/**`]);

export default ts.config(
	{
		ignores: [
			'build/',
			'build-*/',
			'.svelte-kit/',
			'.svelte-kit-*/',
			'node_modules/',
			'data/',
			'.tmp/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	// Layers (docs/ARCHITECTURE.md "Layers"): each folder imports only the layers below it.
	{
		// The domain core stays pure: no storage, sync, UI, framework or any other app layer.
		files: ['src/lib/domain/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						...FRAMEWORK,
						...layers('db', 'sync', 'state', 'ui', 'view', 'report', 'import', 'demo', 'i18n')
					]
				}
			]
		}
	},
	{
		// View assembly is pure: domain results joined into what a screen or report shows. Message
		// types only from i18n (the messages themselves are rune state).
		files: ['src/lib/view/**/*.ts'],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: [
								...FRAMEWORK,
								...layers('db', 'sync', 'state', 'ui', 'report', 'import', 'demo')
							],
							message: 'view/ imports only domain/, other view/ modules and i18n types.'
						},
						{
							group: layers('i18n'),
							allowTypeImports: true,
							message: 'view/ may import only types from i18n/.'
						}
					]
				}
			]
		}
	},
	{
		// Reports are pure as well: they get what the state layer read (shaped by view/) and return
		// the file's bytes. The XLSX and CSV writers they share with the admin's export are in import/.
		files: ['src/lib/report/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: [...FRAMEWORK, ...layers('db', 'sync', 'state', 'ui', 'demo')] }
			]
		}
	},
	{
		// Parsers and writers of files: pure, on domain/ (and i18n's plain interpolation).
		files: ['src/lib/import/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [...FRAMEWORK, ...layers('db', 'sync', 'state', 'ui', 'view', 'report', 'demo')]
				}
			]
		}
	},
	{
		// Dexie on domain/ (db/demo.ts also writes the pure demo generator's data). Never sync/: the
		// outbox middleware (sync/pelacak.ts) is installed from state/app.svelte.ts, not by db/.
		files: ['src/lib/db/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						'pouchdb*',
						'svelte',
						'svelte/*',
						'$app/*',
						'**/*.svelte',
						...layers('sync', 'state', 'ui', 'view', 'report', 'import', 'i18n')
					]
				}
			]
		}
	},
	{
		// The sync engine: on db/ and domain/, no UI or page state.
		files: ['src/lib/sync/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						'svelte',
						'svelte/*',
						'$app/*',
						'**/*.svelte',
						...layers('state', 'ui', 'view', 'report', 'import', 'demo', 'i18n')
					]
				}
			]
		}
	},
	{
		// Page state may use every layer below it, never the components or pages above.
		files: ['src/lib/state/**/*.ts'],
		rules: {
			'no-restricted-imports': ['error', { patterns: layers('ui', 'routes') }]
		}
	},
	{
		// Components and pages go through state/ for anything stored or synced.
		files: ['src/lib/ui/**/*.{ts,svelte}', 'src/routes/**/*.{ts,svelte}'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['dexie', 'pouchdb*'], message: 'Read and write through $lib/state.' },
						{ group: layers('db', 'sync'), message: 'Read and write through $lib/state.' }
					]
				}
			]
		}
	}
);
