import { describe, expect, it } from 'vitest';
import {
	DAYS,
	almatyNoon,
	addDays,
	daysBetween,
	isDay,
	isTimelineDay,
	nearestTimelineDay
} from './days';

describe('days', () => {
	it('lists the 18 days from 2 to 19 January 2022 in order', () => {
		expect(DAYS).toHaveLength(18);
		expect(DAYS[0]).toBe('2022-01-02');
		expect(DAYS.at(-1)).toBe('2022-01-19');
		expect([...DAYS].sort()).toEqual(DAYS);
	});

	it('accepts only real calendar dates', () => {
		expect(isDay('2022-01-06')).toBe(true);
		expect(isDay('2022-02-30')).toBe(false);
		expect(isDay('2022-1-6')).toBe(false);
		expect(isDay('06.01.2022')).toBe(false);
		expect(isDay('2022-01-06T00:00:00Z')).toBe(false);
		expect(isDay(20220106)).toBe(false);
	});

	it('does day arithmetic across month ends', () => {
		expect(addDays('2022-01-31', 1)).toBe('2022-02-01');
		expect(addDays('2022-01-02', -2)).toBe('2021-12-31');
		expect(daysBetween('2022-01-02', '2022-01-19')).toBe(17);
	});

	it('clamps real dates outside the timeline to its ends and rejects non-dates', () => {
		expect(nearestTimelineDay('2021-12-31')).toBe('2022-01-02');
		expect(nearestTimelineDay('2022-03-08')).toBe('2022-01-19');
		expect(nearestTimelineDay('2022-01-10')).toBe('2022-01-10');
		expect(nearestTimelineDay('2022-02-30')).toBeNull();
		expect(isTimelineDay('2022-01-01')).toBe(false);
	});

	it('pins a day to noon in Almaty (06:00 UTC), whatever the machine time zone', () => {
		expect(almatyNoon('2022-01-06').toISOString()).toBe('2022-01-06T06:00:00.000Z');
	});
});
