import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { muatBahasa } from '$lib/i18n/tabel';

// The app loads English before switching to it; tests switch synchronously, so it is loaded here.
await muatBahasa('en');
