/** The validated record, read from geo/ the same way `npm run check:data` does, for assertions. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRecord } from '../../src/lib/data/load';
import { FILES, README } from '../../src/lib/data/validate';

const texts = Object.fromEntries(
	[...Object.values(FILES), README].map((f) => [
		f,
		readFileSync(join(import.meta.dirname, '../../geo', f), 'utf8')
	])
);
const result = loadRecord(texts);
if (!result.ok) throw new Error('geo/ is invalid: run npm run check:data');

export const record = result.record;
