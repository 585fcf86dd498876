import { describe, expect, it } from 'vitest';
import type { Event } from '#lib/data/schema.ts';
import {
	eventTime,
	formatClaim,
	formatDay,
	formatMonth,
	formatNumber,
	formatPublished,
	locale
} from './format';

describe('format', () => {
	it('runs where a naive local parse would shift dates (UTC+14, vite.config.ts)', () => {
		expect(new Date().getTimezoneOffset()).toBe(-14 * 60);
	});

	it('has one locale per language', () => {
		expect(locale('en')).toBe('en-GB');
		expect(locale('de')).toBe('de-DE');
	});

	it('formats the Almaty calendar day in every style', () => {
		expect(formatDay('2022-01-06', 'en')).toBe('6 January 2022');
		expect(formatDay('2022-01-06', 'de')).toBe('6. Januar 2022');
		expect(formatDay('2022-01-02', 'en', 'long')).toBe('Sunday, 2 January 2022');
		expect(formatDay('2022-01-02', 'de', 'long')).toBe('Sonntag, 2. Januar 2022');
		expect(formatDay('2022-01-19', 'en', 'short')).toBe('19 Jan');
		expect(formatDay('2022-01-19', 'de', 'short')).toBe('19. Jan.');
		expect(formatDay('2022-01-04', 'en', 'day-month')).toBe('4 January');
		expect(formatDay('2022-01-04', 'de', 'day-month')).toBe('4. Januar');
		expect(formatDay('2022-01-02', 'en', 'weekday')).toBe('Sun');
	});

	it('keeps the first and last day of a month in their month', () => {
		// Noon in Almaty is 06:00 UTC and 20:00 at UTC+14: the same calendar day everywhere.
		expect(formatDay('2022-01-01', 'en')).toBe('1 January 2022');
		expect(formatDay('2021-12-31', 'de')).toBe('31. Dezember 2021');
		expect(formatMonth('2022-05-01', 'en')).toBe('May 2022');
		expect(formatMonth('2022-12-01', 'de')).toBe('Dezember 2022');
		expect(formatMonth('2022-08', 'en', 'short')).toBe('Aug 2022');
		expect(formatMonth('2022-01-31', 'de', 'short')).toBe('Jan. 2022');
	});

	it('writes a source’s date with the year only when it is not January 2022', () => {
		expect(formatPublished('2022-01-06', 'en')).toBe('6 Jan');
		expect(formatPublished('2023-03-02', 'de')).toBe('2. März 2023');
		expect(formatPublished('2022-08', 'en')).toBe('Aug 2022');
		expect(formatPublished(null, 'en')).toBeNull();
	});

	it('formats numbers and claims for each language', () => {
		expect(formatNumber(3811, 'en')).toBe('3,811');
		expect(formatNumber(3811, 'de')).toBe('3.811');
		expect(formatNumber(0.5, 'de')).toBe('0,5');
		expect(formatClaim(3000, 'more-than', 'en')).toBe('more than 3,000');
		expect(formatClaim(3000, 'more-than', 'de')).toBe('mehr als 3.000');
		expect(formatClaim(26, 'exact', 'en')).toBe('26');
	});

	it('writes an event’s time as precisely as the record knows it', () => {
		const at = (e: Partial<Event>) =>
			eventTime({ timePrecision: 'day', ...e } as Pick<Event, 'timePrecision'>, 'en');
		expect(at({ timePrecision: 'exact', time: '14:30' })).toBe('14:30');
		expect(at({ timePrecision: 'approximate', time: '14:30' })).toBe('about 14:30');
		expect(at({ timePrecision: 'part-of-day', partOfDay: 'evening' })).toBe('evening');
		expect(at({})).toBe('time unknown');
		expect(eventTime({ timePrecision: 'approximate', time: '09:00' }, 'de')).toBe('gegen 09:00');
		expect(eventTime({ timePrecision: 'part-of-day', partOfDay: 'night' }, 'de')).toBe('nachts');
	});
});
