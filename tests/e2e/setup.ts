/** Setup file of every browser test file: the file starts once its app is built and served. */
import { inject } from 'vitest';
import { waitForApp } from './app-ready.ts';

await waitForApp(inject('appReadyFile'));
