/**
 * The key-figures strip as prerendering writes it (Svelte's server renderer), on the record
 * itself: what was known by the end of a day, in the reader's language, and a link to the figures.
 */
import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { loadRecord } from '#lib/data/load.ts';
import { FILES } from '#lib/data/validate/index.ts';
import type { Lang } from '#lib/data/vocabulary.ts';
import KeyFigures from './KeyFigures.svelte';

const geo = loadRecord(
	Object.fromEntries(Object.values(FILES).map((f) => [f, readFileSync(`geo/${f}`, 'utf8')]))
);
if (!geo.ok) throw new Error('geo/ is invalid: run npm run check:data');
const record = geo.record;

/** Each item's text, tags removed and spaces collapsed, by its key. */
function strip(day: string, lang: Lang) {
	const html = render(KeyFigures, { props: { record, day, lang } }).body.replace(/<!--.*?-->/g, '');
	const items = Object.fromEntries(
		[...html.matchAll(/<div class="item[^"]*" data-key="(\w+)"[^>]*>(.*?)<\/div>/gs)].map((m) => [
			m[1],
			m[2]!
				.replace(/<[^>]+>/g, ' ')
				.replace(/\s+/g, ' ')
				.trim()
		])
	);
	return { html, items };
}

describe('KeyFigures', () => {
	it('says "not yet reported" before the first report, and no contingent yet', () => {
		const { items } = strip('2022-01-03', 'en');
		expect(items.killed).toBe('Killed not yet reported');
		expect(items.detained).toBe('Detained not yet reported');
		expect(items.troops).toBe('CSTO troops not yet reported');
	});

	it('keeps the more than 40 of 8 January on 9 January: the 164 was withdrawn', () => {
		const { items } = strip('2022-01-09', 'en');
		expect(items.killed).toBe('Killed more than 40 8 Jan · Officials, as reported by MDR');
		expect(items.killed).not.toContain('164');
		// Detentions on 9 January: 5,969, about 5,800 and 5,135 — they differ.
		expect(items.detained).toMatch(/^Detained 5,969 9 Jan · Interior Ministry claims differ$/);
	});

	it('writes German numbers and words, and counts the contingents present', () => {
		const { items, html } = strip('2022-01-10', 'de');
		expect(items.detained).toBe('Festnahmen 7.939 10. Jan. · Innenministerium');
		// Five contingents on 10 January (Russia, Belarus, Armenia, Kyrgyzstan, Tajikistan).
		expect(items.troops).toContain('5 Kontingente im Land');
		expect(html).toContain('aria-label="Eckdaten, Stand 10. Januar 2022"');
		expect(html).toContain('href="#figures"');
	});

	it('shows the 225 of 15 January as the toll on 19 January, and the troops all withdrawn', () => {
		const { items } = strip('2022-01-19', 'en');
		expect(items.killed).toContain('225');
		expect(items.troops).toBe('CSTO troops all withdrawn');
	});

	it('marks conflicting claims in German as the brief words it', () => {
		expect(strip('2022-01-07', 'de').items.troops).toContain('Angaben gehen auseinander');
	});
});
