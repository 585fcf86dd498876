import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { DAYS } from '#lib/data/days.ts';
import { LANGS } from '#lib/data/vocabulary.ts';
import { fallbackImagePath, mapImagePath } from '#lib/state/links.ts';
import { fallbackInputsHash } from './fallback-inputs';

const manifest = JSON.parse(readFileSync('static/fallback/manifest.json', 'utf8')) as {
	inputs: string;
	count: number;
};

describe('fallback images (static/fallback)', () => {
	it('exist for every day in both languages, as JPEG', () => {
		for (const lang of LANGS)
			for (const day of DAYS)
				for (const url of [
					fallbackImagePath(lang, day),
					mapImagePath(lang, day, 'wide'),
					mapImagePath(lang, day, 'tall')
				]) {
					const path = `static${url}`;
					expect(existsSync(path), path).toBe(true);
					const bytes = readFileSync(path);
					expect([bytes[0], bytes[1]], path).toEqual([0xff, 0xd8]);
				}
		// A social card and the map in its two shapes.
		expect(manifest.count).toBe(3 * LANGS.length * DAYS.length);
	});

	it('were made from the current record and map code (else: npm run build && npm run fallbacks)', () => {
		expect(manifest.inputs).toBe(fallbackInputsHash());
	});
});
