import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

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
	{
		// The domain core stays pure: no storage, sync, UI or framework imports.
		files: ['src/lib/domain/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						'dexie',
						'pouchdb*',
						'svelte',
						'svelte/*',
						'$app/*',
						'**/db/**',
						'**/sync/**',
						'**/ui/**',
						'**/state/**'
					]
				}
			]
		}
	},
	{
		// Reports are pure as well: they get what the state layer read and return the file's bytes.
		files: ['src/lib/laporan/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						'dexie',
						'pouchdb*',
						'svelte',
						'svelte/*',
						'$app/*',
						'**/db/**',
						'**/sync/**',
						'**/ui/**',
						'**/*.svelte'
					]
				}
			]
		}
	}
);
