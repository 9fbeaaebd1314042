/** Both languages at once, for checks and tests that compare them; the app loads English lazily (./tabel.ts). */
import { id } from './messages';
import { en } from './messages.en';

export const messages = { id, en } as const;
