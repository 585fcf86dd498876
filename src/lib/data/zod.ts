/**
 * zod, set up for the browser's Content-Security-Policy (no eval): without `jitless`, zod probes
 * `new Function` on its first parse, and a strict policy reports that probe as a violation even
 * though zod catches it. Every module imports z from here.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
