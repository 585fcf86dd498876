import { describe, expect, it } from 'vitest';
import { DAYS } from '#lib/data/days.ts';
import { barLayout, nextPlayDay, playStartDay, stepDay, thumbCentre, tickLabels } from './slider';

const FIRST = DAYS[0]!;
const LAST = DAYS.at(-1)!;

describe('stepping', () => {
	it('steps one day either way', () => {
		expect(stepDay(DAYS, '2022-01-06', 1)).toBe('2022-01-07');
		expect(stepDay(DAYS, '2022-01-06', -1)).toBe('2022-01-05');
	});

	it('clamps at both ends', () => {
		expect(stepDay(DAYS, FIRST, -1)).toBe(FIRST);
		expect(stepDay(DAYS, LAST, 1)).toBe(LAST);
		expect(stepDay(DAYS, '2022-01-06', -100)).toBe(FIRST);
		expect(stepDay(DAYS, '2022-01-06', 100)).toBe(LAST);
	});

	it('treats a day off the timeline as the first day', () => {
		expect(stepDay(DAYS, '2021-12-31', 1)).toBe('2022-01-03');
	});
});

describe('play', () => {
	it('moves to the next day and stops at the end', () => {
		expect(nextPlayDay(DAYS, '2022-01-06')).toBe('2022-01-07');
		expect(nextPlayDay(DAYS, DAYS.at(-2)!)).toBe(LAST);
		expect(nextPlayDay(DAYS, LAST)).toBeNull();
	});

	it('walks through every day once from the first', () => {
		const seen = [FIRST];
		for (let d = nextPlayDay(DAYS, FIRST); d !== null; d = nextPlayDay(DAYS, d)) seen.push(d);
		expect(seen).toEqual([...DAYS]);
	});

	it('starts from the current day, or from the first when pressed on the last', () => {
		expect(playStartDay(DAYS, '2022-01-06')).toBe('2022-01-06');
		expect(playStartDay(DAYS, LAST)).toBe(FIRST);
	});
});

describe('tick labels', () => {
	it('numbers the days and names the month once', () => {
		const ticks = tickLabels(DAYS, 'en');
		expect(ticks.map((t) => t.label)).toEqual(DAYS.map((_, i) => String(i + 2)));
		expect(ticks.filter((t) => t.month !== null)).toHaveLength(1);
		expect(ticks[0]!.month).toBe('Jan 2022');
		expect(tickLabels(DAYS, 'de')[0]!.month).toBe('Jan. 2022');
	});

	it('names a new month where it begins', () => {
		const ticks = tickLabels(['2022-01-31', '2022-02-01'], 'en');
		expect(ticks.map((t) => t.month)).toEqual(['Jan 2022', 'Feb 2022']);
	});

	it('marks every other tick as minor, keeping the first', () => {
		const ticks = tickLabels(DAYS, 'en');
		expect(ticks[0]!.minor).toBe(false);
		expect(ticks[1]!.minor).toBe(true);
		expect(ticks.filter((t) => !t.minor)).toHaveLength(Math.ceil(DAYS.length / 2));
	});
});

describe('bar layout', () => {
	const n = DAYS.length;

	it('centres each bar on the thumb position of its day', () => {
		for (const [width, thumb] of [
			[640, 28],
			[288, 28],
			[1000, 20]
		] as const) {
			const bars = barLayout(n, width, thumb);
			expect(bars).toHaveLength(n);
			const first = bars[0]!;
			const middle = bars[Math.floor(n / 2)]!;
			const last = bars[n - 1]!;
			expect(first.centre).toBeCloseTo(thumb / 2, 6);
			expect(last.centre).toBeCloseTo(width - thumb / 2, 6);
			expect(middle.centre).toBeCloseTo(thumbCentre(middle.index, n, width, thumb), 6);
			for (const b of bars) {
				expect(b.x + b.width / 2).toBeCloseTo(thumbCentre(b.index, n, width, thumb), 6);
			}
		}
	});

	it('keeps bars apart and inside the step', () => {
		const bars = barLayout(n, 640, 28);
		const step = (640 - 28) / (n - 1);
		expect(bars[0]!.width).toBeGreaterThan(0);
		expect(bars[0]!.width).toBeLessThan(step);
		expect(bars[1]!.x).toBeGreaterThan(bars[0]!.x + bars[0]!.width);
	});

	it('handles one day and none', () => {
		expect(barLayout(1, 300, 28)[0]!.centre).toBeCloseTo(14, 6);
		expect(barLayout(0, 300, 28)).toEqual([]);
	});
});
