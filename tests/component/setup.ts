import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { loadFullMessages } from '$lib/i18n/locale.svelte';
import { loadLanguage } from '$lib/i18n/table';

// The app loads English before switching to it, and every route but the first screen waits for
// the whole Indonesian table (src/routes/+layout.ts); components rendered alone get both here.
await Promise.all([loadLanguage('en'), loadFullMessages()]);
