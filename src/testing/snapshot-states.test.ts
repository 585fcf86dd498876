import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DAYS } from '#lib/data/days.ts';
import { VIEWS } from '#lib/data/vocabulary.ts';
import { STATES, snapshotUrl } from './snapshot-states';

describe('the list of named states', () => {
	it('has 40–80 states with unique names', () => {
		expect(STATES.length).toBeGreaterThanOrEqual(40);
		expect(STATES.length).toBeLessThanOrEqual(80);
		expect(new Set(STATES.map((s) => s.name)).size).toBe(STATES.length);
	});

	it('shows every day in each of the three views', () => {
		for (const day of DAYS)
			for (const view of VIEWS)
				expect(
					STATES.some((s) => s.day === day && s.view === view),
					`${day} ${view}`
				).toBe(true);
	});

	it('covers both languages, both themes, page and embed, phone and desktop', () => {
		const has = (f: (s: (typeof STATES)[number]) => boolean) => STATES.some(f);
		expect(has((s) => s.lang === 'en') && has((s) => s.lang === 'de')).toBe(true);
		expect(has((s) => s.theme === 'light') && has((s) => s.theme === 'dark')).toBe(true);
		expect(has((s) => s.route === 'page') && has((s) => s.route === 'embed')).toBe(true);
		expect(has((s) => s.viewport.width === 320) && has((s) => s.viewport.width >= 1000)).toBe(true);
		expect(has((s) => !!s.event) && has((s) => !!s.types)).toBe(true);
	});

	it('names only events of the record, on their own day', () => {
		const events = JSON.parse(readFileSync('geo/events.json', 'utf8')) as {
			id: string;
			date: string;
		}[];
		for (const s of STATES.filter((x) => x.event))
			expect(events.find((e) => e.id === s.event)?.date, s.name).toBe(s.day);
	});

	it('addresses each state in screenshot mode', () => {
		const s = STATES.find((x) => x.types)!;
		expect(snapshotUrl(s)).toBe(
			`/${s.lang}/embed/${s.day}/?view=${s.view}&theme=${s.theme}&types=clash,attack&static=1`
		);
	});
});
