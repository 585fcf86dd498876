/**
 * `npm run check:data`: validates geo/ and prints every problem as
 * `file › record id › field: what is wrong`. Exits 1 on any problem.
 * Runs before `svelte-kit sync` on a fresh clone, so what it imports must not use the `$lib` alias.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadRecord } from '../lib/data/load';
import { FILES, formatProblem } from '../lib/data/validate';

const dir = resolve(process.argv[2] ?? 'geo');
const texts = Object.fromEntries(
	Object.values(FILES).map((f) => {
		const path = join(dir, f);
		return [f, existsSync(path) ? readFileSync(path, 'utf8') : undefined];
	})
);

const result = loadRecord(texts);
if (!result.ok) {
	for (const p of result.problems) console.error(formatProblem(p));
	console.error(`\ncheck:data: ${result.problems.length} problem(s) in ${dir}`);
	process.exit(1);
}
const r = result.record;
console.log(
	`check:data: ok — ${r.events.length} events, ${r.places.length} places, ${r.figures.length} figures, ` +
		`${r.sources.length} sources, ${r.members.length} states, ${r.routes.length} routes`
);
