/**
 * The validated event record, for prerendering. Importing this module with a broken record
 * throws with every problem listed, so the build fails before a page is written.
 */
import { loadRecord } from '#lib/data/load.ts';
import { formatProblem } from '#lib/data/validate/index.ts';
import type { EventRecord } from '#lib/data/schema.ts';

const files = import.meta.glob('/geo/*.{json,geojson,md}', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

const texts = Object.fromEntries(
	Object.entries(files).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1), text])
);

const result = loadRecord(texts);
if (!result.ok) {
	throw new Error(
		`geo/ has ${result.problems.length} problem(s):\n${result.problems.map(formatProblem).join('\n')}`
	);
}

export const record: EventRecord = result.record;
