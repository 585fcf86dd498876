import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fallbackInputsHash, importClosure, normalise } from './fallback-inputs';

/** A copy of what the hash reads, to move and edit freely. */
const root = mkdtempSync(join(tmpdir(), 'qantar-inputs-'));
for (const part of ['src', 'geo', 'package-lock.json'])
	cpSync(part, join(root, part), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

function edit(path: string, change: (text: string) => string) {
	const file = join(root, path);
	writeFileSync(file, change(readFileSync(file, 'utf8')));
}

describe('fallbackInputsHash', () => {
	const original = fallbackInputsHash(root);

	it('follows the embed page through its imports into the map, the panels and the copy', () => {
		const files = importClosure(
			['src/routes/[lang=lang]/(map)/embed/[[day=day]]/+page.svelte'],
			root
		);
		const names = files.map((f) => f.slice(root.length));
		for (const expected of [
			'/src/lib/pages/EmbedPage.svelte',
			'/src/lib/map/style/index.ts',
			'/src/lib/i18n/strings.ts',
			'/src/lib/ui/symbols.ts'
		])
			expect(names, expected).toContain(expected);
	});

	it('ignores comments and formatting', () => {
		expect(normalise('a.ts', '// why\nconst  a =\n 1; /* note */')).toBe(
			normalise('a.ts', 'const a = 1;')
		);
		expect(
			normalise('A.svelte', '<!-- c --><p>x</p>\n<style>/* c */ p { color: red; }</style>')
		).toBe(normalise('A.svelte', '<p>x</p> <style> p { color: red; }</style>'));
		edit('src/lib/map/palette.ts', (t) => `// A comment added for a reader.\n${t}`);
		expect(fallbackInputsHash(root)).toBe(original);
	});

	it('ignores a move, once the importers name the new place', () => {
		renameSync(join(root, 'src/lib/ui/TypeIcon.svelte'), join(root, 'src/lib/ui/Symbol.svelte'));
		for (const importer of [
			'src/lib/stage/MapLegend.svelte',
			'src/lib/stage/TypeFilter.svelte',
			'src/lib/panels/EventList.svelte',
			'src/lib/stage/EventCard.svelte',
			'src/lib/stage/SaidAbroad.svelte'
		])
			edit(importer, (t) => t.replaceAll('ui/TypeIcon.svelte', 'ui/Symbol.svelte'));
		expect(fallbackInputsHash(root)).toBe(original);
	});

	it('changes with a colour, a word of copy or a record text', () => {
		edit('src/lib/map/palette.ts', (t) => t.replace(/#[0-9a-f]{6}/i, '#123456'));
		const colour = fallbackInputsHash(root);
		expect(colour).not.toBe(original);
		edit('src/lib/i18n/strings/en.ts', (t) =>
			t.replace("saidAbroad: 'Said abroad'", "saidAbroad: 'Said elsewhere'")
		);
		const copy = fallbackInputsHash(root);
		expect(copy).not.toBe(colour);
		edit('geo/days.json', (t) => t.replace('Zhanaozen', 'Zhanaozen town'));
		expect(fallbackInputsHash(root)).not.toBe(copy);
	});
});
