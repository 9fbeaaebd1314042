/**
 * Runs once when the app starts, before any page. The server's Content-Security-Policy forbids
 * eval (sync-server/http/security-headers.ts); zod would otherwise probe `new Function` on its
 * first parse to decide whether to compile its parsers, and even caught, that probe is reported
 * as a CSP violation. Without eval zod parses the same, only without that compilation.
 */
import { z } from 'zod';

z.config({ jitless: true });
