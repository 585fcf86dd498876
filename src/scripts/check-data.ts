/**
 * `npm run check:data`: validates geo/ and prints every problem as
 * `file › record id › field: what is wrong`. Exits 1 on any problem.
 * Runs before `svelte-kit sync` on a fresh clone, so what it imports must not use the `$lib` alias.
 */
import { resolve } from 'node:path';
import { formatProblem } from '#lib/data/validate/index.ts';
import { readRecord } from './read-record';

const dir = resolve(process.argv[2] ?? 'geo');
const result = readRecord(dir);
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
