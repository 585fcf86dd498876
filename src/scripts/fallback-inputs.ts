/**
 * What the fallback images are made of: the record, the map's code and style, the page parts
 * they show, the basemap code and the locked dependencies. Their hash, stored beside the images,
 * tells a test whether the committed images still match the code.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const INPUTS = [
	'geo',
	'src/lib/map',
	'src/lib/style',
	'src/lib/geo',
	'src/lib/data',
	'src/lib/i18n',
	'src/lib/panels',
	'src/lib/timeline',
	'src/lib/embed/EmbedPage.svelte',
	'src/lib/MapStage.svelte',
	'src/lib/state',
	'package-lock.json'
];

function files(path: string): string[] {
	if (statSync(path).isFile()) return [path];
	return readdirSync(path)
		.flatMap((name) => files(join(path, name)))
		.filter((f) => !/\.test\.ts$|README\.md$/.test(f));
}

export function fallbackInputsHash(root = '.'): string {
	const hash = createHash('sha256');
	const all = INPUTS.flatMap((p) => files(join(root, p))).sort();
	for (const file of all) {
		hash.update(relative(root, file));
		hash.update(readFileSync(file));
	}
	return hash.digest('hex');
}
