/**
 * Imported first by the page (src/main.ts), before any zod schema is built: zod probes
 * `new Function` when a schema is constructed to decide whether to compile parsers, and under the
 * page's CSP (`script-src 'self'`) that probe is reported as a violation even though zod catches
 * it. Interpreted parsing is fast enough for scenario files.
 */
import { z } from 'zod';

z.config({ jitless: true });
