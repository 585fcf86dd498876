/**
 * What the timeline says beyond its strings (strings/en.ts, `timeline`): the slider's value text,
 * the speed labels and the month under the ticks, formatted as everything else is (format.ts).
 */
import type { Lang } from '#lib/data/vocabulary.ts';
import { formatDay, formatMonth, locale } from './format';
import { STRINGS } from './strings';

/** "0.5×" / "0,5×". */
export function speedLabel(factor: number, lang: Lang): string {
	return `${new Intl.NumberFormat(locale(lang)).format(factor)}×`;
}

/** What a screen reader hears for the slider: "6 January 2022: 7 events". */
export function valueText(day: string, count: number, lang: Lang): string {
	return `${formatDay(day, lang)}: ${STRINGS[lang].timeline.eventCount(count)}`;
}

/** "Jan 2022" / "Jan. 2022": the month under the first tick of each month. */
export function tickMonth(day: string, lang: Lang): string {
	return formatMonth(day, lang, 'short');
}
