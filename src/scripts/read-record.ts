/**
 * The record in a geo/ folder, read from disk and validated: for scripts that run outside
 * SvelteKit (the data check, the benchmark). Imports stay relative: these scripts run before
 * `svelte-kit sync` on a fresh clone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRecord } from '#lib/data/load.ts';
import { FILES, README, type Validation } from '#lib/data/validate/index.ts';

export function readRecord(dir: string): Validation {
	const texts = Object.fromEntries(
		[...Object.values(FILES), README].map((f) => {
			const path = join(dir, f);
			return [f, existsSync(path) ? readFileSync(path, 'utf8') : undefined];
		})
	);
	return loadRecord(texts);
}
