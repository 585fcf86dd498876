/** The validated record, read from geo/ the same way `npm run check:data` does, for assertions. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRecord } from '#lib/data/load.ts';
import { FILES, README } from '#lib/data/validate/index.ts';

const texts = Object.fromEntries(
	[...Object.values(FILES), README].map((f) => [
		f,
		readFileSync(join(import.meta.dirname, '../../geo', f), 'utf8')
	])
);
const result = loadRecord(texts);
if (!result.ok) throw new Error('geo/ is invalid: run npm run check:data');

export const record = result.record;
