/**
 * Every date, time and number a reader sees, formatted in one place: one locale per language,
 * one cached Intl formatter per language and style, and every calendar day pinned to noon in
 * Almaty (days.ts, `almatyNoon`), so the machine's own time zone can never move a date (the unit
 * tests run in UTC+14 to prove it).
 */
import { almatyNoon } from '#lib/data/days.ts';
import type { Event, Qualifier } from '#lib/data/schema.ts';
import type { Lang } from '#lib/data/vocabulary.ts';
import { STRINGS } from './strings.ts';

const LOCALES: Record<Lang, string> = { en: 'en-GB', de: 'de-DE' };

/** The BCP 47 locale the site formats a language's dates and numbers in. */
export function locale(lang: Lang): string {
	return LOCALES[lang];
}

/** The record's days are Almaty calendar days (README, "URL scheme"). */
const ZONE = 'Asia/Almaty';

export type DayStyle = 'long' | 'medium' | 'short' | 'day-month' | 'weekday';

const DAY_FORMATS: Record<DayStyle, Intl.DateTimeFormatOptions> = {
	long: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
	medium: { day: 'numeric', month: 'long', year: 'numeric' },
	short: { day: 'numeric', month: 'short' },
	'day-month': { day: 'numeric', month: 'long' },
	weekday: { weekday: 'short' }
};

export type MonthStyle = 'long' | 'short';

const MONTH_FORMATS: Record<MonthStyle, Intl.DateTimeFormatOptions> = {
	long: { month: 'long', year: 'numeric' },
	short: { month: 'short', year: 'numeric' }
};

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(lang: Lang, key: string, options: Intl.DateTimeFormatOptions) {
	const id = `${lang}:${key}`;
	let f = dateFormats.get(id);
	if (!f) {
		f = new Intl.DateTimeFormat(locale(lang), { ...options, timeZone: ZONE });
		dateFormats.set(id, f);
	}
	return f;
}

/**
 * A day (`YYYY-MM-DD`) as readers see it: "6 January 2022" / "6. Januar 2022" (medium),
 * "Thursday, 6 January 2022" (long), "6 Jan" (short), "6 January" (day-month), "Thu" (weekday).
 */
export function formatDay(day: string, lang: Lang, style: DayStyle = 'medium'): string {
	return dateFormat(lang, style, DAY_FORMATS[style]).format(almatyNoon(day));
}

/** The month of a day or of a `YYYY-MM` label: "May 2022" (long), "Aug 2022" (short). */
export function formatMonth(dayOrMonth: string, lang: Lang, style: MonthStyle = 'long'): string {
	const day = dayOrMonth.length === 7 ? `${dayOrMonth}-01` : dayOrMonth;
	return dateFormat(lang, `month-${style}`, MONTH_FORMATS[style]).format(almatyNoon(day));
}

/**
 * A source's own date as readers see it: a day ("6 Jan", with the year when it is not January
 * 2022), a month ("Aug 2022"), or, when the source carries none, null (the caller says so in the
 * reader's words).
 */
export function formatPublished(published: string | null, lang: Lang): string | null {
	if (published === null) return null;
	if (published.length === 7) return formatMonth(published, lang, 'short');
	return (
		formatDay(published, lang, 'short') +
		(published.startsWith('2022-01') ? '' : ` ${published.slice(0, 4)}`)
	);
}

const numberFormats = new Map<Lang, Intl.NumberFormat>();

/** "3,811" / "3.811"; "0.5" / "0,5". */
export function formatNumber(value: number, lang: Lang): string {
	let f = numberFormats.get(lang);
	if (!f) {
		f = new Intl.NumberFormat(locale(lang));
		numberFormats.set(lang, f);
	}
	return f.format(value);
}

/** A reported figure with its qualifier: "more than 3,000" / "mehr als 3.000". */
export function formatClaim(value: number, qualifier: Qualifier, lang: Lang): string {
	return `${STRINGS[lang].qualifiers[qualifier]}${formatNumber(value, lang)}`;
}

/**
 * When in its day an event happened, as precisely as the record knows it: "14:30",
 * "about 14:30", "evening" or "time unknown". The event list and the event card both write it.
 */
export function eventTime(
	e: Pick<Event, 'time' | 'timePrecision' | 'partOfDay'>,
	lang: Lang
): string {
	const t = STRINGS[lang];
	switch (e.timePrecision) {
		case 'exact':
			return e.time!;
		case 'approximate':
			return `${t.approx} ${e.time}`;
		case 'part-of-day':
			return t.partOfDay[e.partOfDay!];
		case 'day':
			return t.allDay;
	}
}
