/**
 * The two plain-JavaScript copies of the language and day lists (svelte.config.js's prerender
 * list and static/embed.js's frame finder cannot import TypeScript) agree with the one list.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DAYS } from '#lib/data/days.ts';
import { LANGS } from '#lib/data/vocabulary.ts';
import config from '../svelte.config.js';

describe('copies of LANGS and DAYS', () => {
	it('svelte.config.js prerenders every language and day, page and embed', () => {
		const entries = new Set(config.kit?.prerender?.entries);
		for (const lang of LANGS)
			for (const day of DAYS) {
				expect(entries).toContain(`/${lang}/${day}/`);
				expect(entries).toContain(`/${lang}/embed/${day}/`);
			}
		const langs = new Set([...entries].map((e) => e.split('/')[1]).filter(Boolean));
		expect([...langs].sort()).toEqual([...LANGS].sort());
	});

	it('static/embed.js finds frames in every language', () => {
		const found = readFileSync('static/embed.js', 'utf8').match(/\\\/\(([a-z|]+)\)\\\/embed/);
		expect(found?.[1]?.split('|').sort()).toEqual([...LANGS].sort());
	});
});
