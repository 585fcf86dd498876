/**
 * The timeline's words, per language: the names of its controls, the slider's value text, the
 * speed labels and the month under the ticks. A module of its own (not strings.ts) so that the
 * timeline's copy is edited in one place beside the rest of the copy.
 */
import { almatyNoon, formatDay } from '#lib/data/days.ts';
import type { Lang } from '#lib/data/vocabulary.ts';

export interface TimelineStrings {
	timeline: string;
	day: string;
	previousDay: string;
	nextDay: string;
	play: string;
	speed: string;
	eventCount: (n: number) => string;
}

export const TIMELINE_STRINGS: Record<Lang, TimelineStrings> = {
	en: {
		timeline: 'Timeline',
		day: 'Day',
		previousDay: 'Previous day',
		nextDay: 'Next day',
		play: 'Play through the days',
		speed: 'Speed',
		eventCount: (n) => (n === 0 ? 'no events' : `${n} ${n === 1 ? 'event' : 'events'}`)
	},
	de: {
		timeline: 'Zeitleiste',
		day: 'Tag',
		previousDay: 'Vorheriger Tag',
		nextDay: 'Nächster Tag',
		play: 'Die Tage abspielen',
		speed: 'Tempo',
		eventCount: (n) =>
			n === 0 ? 'keine Ereignisse' : `${n} ${n === 1 ? 'Ereignis' : 'Ereignisse'}`
	}
};

/** "0.5×" / "0,5×". */
export function speedLabel(factor: number, lang: Lang): string {
	return `${new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB').format(factor)}×`;
}

/** What a screen reader hears for the slider: "6 January 2022: 7 events". */
export function valueText(day: string, count: number, lang: Lang): string {
	return `${formatDay(day, lang)}: ${TIMELINE_STRINGS[lang].eventCount(count)}`;
}

const monthFormats = new Map<Lang, Intl.DateTimeFormat>();

/** "Jan 2022" / "Jan. 2022": the month under the first tick of each month. */
export function formatMonth(day: string, lang: Lang): string {
	let f = monthFormats.get(lang);
	if (!f) {
		f = new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', {
			month: 'short',
			year: 'numeric',
			timeZone: 'Asia/Almaty'
		});
		monthFormats.set(lang, f);
	}
	return f.format(almatyNoon(day));
}
