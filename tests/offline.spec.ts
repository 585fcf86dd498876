/**
 * Nothing in the built site points the browser at another host. Every browser test already fails
 * on a request that leaves the origin (support/fixtures.ts); this reads the build itself, so a
 * resource on another host is caught even where no test happens to go.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { expect, test } from './support/fixtures';

const BUILD = join(import.meta.dirname, '../build');
const GEO = join(import.meta.dirname, '../geo');

function files(dir: string, exts: string[]): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile() && exts.includes(extname(e.name)))
		.map((e) => join(e.parentPath, e.name));
}

const hostOf = (url: string) => new URL(url).host;

/**
 * Hosts named in the build that no browser ever fetches from, and why. A new host here needs a
 * look: is it a reference, or something the page would load?
 */
const NAMED_NOT_FETCHED: Record<string, string> = {
	'www.w3.org': 'XML namespaces (SVG, XHTML)',
	'svelte.dev': 'links in Svelte’s error messages',
	'github.com': 'comments and licence notes in MapLibre',
	'json-schema.org': 'schema ids in zod’s JSON Schema export',
	'maplibre.invalid': 'a dummy base for URL parsing in MapLibre',
	'maplibre.org': 'MapLibre’s attribution link',
	'wiki.openstreetmap.org': 'a help link in MapLibre’s no-WebGL message'
};

test('the build names no other host except as a link to a source or a reference', async () => {
	// The record's sources are links a reader may follow (<a href>), never loaded by the page.
	const sourceHosts = new Set(
		[...readFileSync(join(GEO, 'sources.json'), 'utf8').matchAll(/https?:\/\/[\w.-]+/g)].map((m) =>
			hostOf(m[0])
		)
	);
	const unexpected = new Set<string>();
	for (const file of files(BUILD, ['.html', '.js', '.mjs', '.css', '.json'])) {
		for (const [url] of readFileSync(file, 'utf8').matchAll(/https?:\/\/[\w.-]+/g)) {
			const host = hostOf(url);
			if (!sourceHosts.has(host) && !(host in NAMED_NOT_FETCHED))
				unexpected.add(`${host} (${relative(BUILD, file)})`);
		}
	}
	expect([...unexpected]).toEqual([]);
});

test('pages and styles load nothing from another host', async () => {
	const foreign: string[] = [];
	const isForeign = (url: string) => /^(https?:)?\/\//i.test(url.trim());
	for (const file of files(BUILD, ['.html'])) {
		const html = readFileSync(file, 'utf8');
		const name = relative(BUILD, file);
		// Everything an HTML page loads by itself: src, srcset, data, poster, and <link> resources.
		for (const [, attr, value] of html.matchAll(/\s(src|srcset|data|poster)="([^"]*)"/g))
			for (const part of value!.split(','))
				if (isForeign(part)) foreign.push(`${name}: ${attr}=${part}`);
		for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
			const rel = /rel="([^"]*)"/.exec(tag)?.[1] ?? '';
			const href = /href="([^"]*)"/.exec(tag)?.[1] ?? '';
			// canonical and alternate name addresses; they load nothing.
			if (!/^(canonical|alternate)$/.test(rel) && isForeign(href))
				foreign.push(`${name}: <link rel=${rel} href=${href}>`);
		}
		for (const [, url] of html.matchAll(/http-equiv="refresh" content="[^"]*url=([^"]*)"/g))
			if (isForeign(url!)) foreign.push(`${name}: refresh to ${url}`);
	}
	for (const file of files(BUILD, ['.css'])) {
		const css = readFileSync(file, 'utf8');
		for (const [, url] of css.matchAll(/(?:url\(\s*["']?|@import\s+["'])([^"')]+)/g))
			if (isForeign(url!)) foreign.push(`${relative(BUILD, file)}: ${url}`);
	}
	expect(foreign).toEqual([]);
});
