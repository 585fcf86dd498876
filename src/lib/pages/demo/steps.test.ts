import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { isTimelineDay } from '#lib/data/days.ts';
import { STEPS } from './steps';

const sources = JSON.parse(readFileSync('geo/sources.json', 'utf8')) as { url?: string }[];
const cited = new Set(sources.map((s) => s.url).filter(Boolean));

describe('the demo story', () => {
	it('has 6–10 steps on timeline days, in order', () => {
		expect(STEPS.length).toBeGreaterThanOrEqual(6);
		expect(STEPS.length).toBeLessThanOrEqual(10);
		for (const s of STEPS) expect(isTimelineDay(s.day), s.day).toBe(true);
		expect(STEPS.map((s) => s.day)).toEqual([...STEPS.map((s) => s.day)].sort());
	});

	it('cites only sources of the record, in both languages', () => {
		for (const s of STEPS) {
			expect(s.sources.length, s.day).toBeGreaterThan(0);
			for (const src of s.sources) expect(cited.has(src.url), src.url).toBe(true);
			expect(s.text.en && s.text.de, s.day).toBeTruthy();
		}
	});
});
