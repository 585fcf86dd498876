/**
 * The sentences the site writes from the record: a day in one line, the figures chart's text
 * alternative, the embed code's title. Their words are in strings/, their numbers and dates in
 * format.ts; what they select from the record comes from data/selectors.ts.
 */
import type { Event, EventRecord, Figure, Metric, Place } from '#lib/data/schema.ts';
import {
	claimsByDay,
	dayLead,
	laterOfficialFigure,
	placesOf,
	visibleClaims,
	visibleRetractions
} from '#lib/data/selectors.ts';
import type { Lang } from '#lib/data/vocabulary.ts';
import { formatClaim, formatDay, formatMonth } from './format';
import { STRINGS } from './strings.ts';

/**
 * The day in one line, for screen readers and image descriptions: the date and the headline,
 * e.g. "6 January 2022 — First Russian troops land in Almaty".
 */
export function dayLine(record: EventRecord, day: string, lang: Lang): string {
	return `${formatDay(day, lang)} — ${dayLead(record, day).headline[lang]}`;
}

/** Where an event happened, its places in order: "Almaty → Kapchagay". */
export function placesLine(
	e: Pick<Event, 'places'>,
	places: Map<string, Place>,
	lang: Lang
): string {
	return placesOf(e, places)
		.map((p) => p.name[lang])
		.join(' → ');
}

/**
 * One sentence per chart series, as of `day`:
 * "Detained, reported by 7 January 2022: from 20 on 4 January to 3,811 on 7 January", with the
 * claims withdrawn by then ("; withdrawn: 164 on 9 January"), and the series' latest official
 * figure when it was given after the timeline, whatever the day, as the chart always shows it
 * (". Killed (all), final official toll: 238, August 2022, repeated December 2022").
 */
export function seriesSummary(
	label: string,
	figures: Figure[],
	days: readonly string[],
	day: string,
	lang: Lang,
	metric?: Metric
): string {
	const t = STRINGS[lang].series;
	const shownDay = days.length > 0 && day > days.at(-1)! ? days.at(-1)! : day;
	const date = formatDay(shownDay, lang);
	const groups = claimsByDay(visibleClaims(figures, days, day));
	const claim = (f: Figure) => formatClaim(f.value, f.qualifier, lang);
	const withdrawn = visibleRetractions(figures, days, day).map((f) =>
		t.on(claim(f), formatDay(f.asOf, lang, 'day-month'))
	);
	const retracted = withdrawn.length > 0 ? `; ${t.withdrawn(withdrawn.join('; '))}` : '';
	const later = laterOfficialFigure(figures, days);
	const when = (f: Figure) =>
		f.asOfPrecision === 'month' ? formatMonth(f.asOf, lang) : formatDay(f.asOf, lang);
	const final = later
		? `. ${(metric?.startsWith('killed') ? t.finalToll : t.finalFigure)(
				label,
				claim(later.figure),
				when(later.figure),
				later.lastStated === later.figure ? null : when(later.lastStated)
			)}`
		: '';
	if (groups.length === 0) return `${t.nothing(label, date)}${retracted}${final}`;
	const top = (fs: Figure[]) => fs.at(-1)!;
	const [firstDay, firstClaims] = groups[0]!;
	const [lastDay, lastClaims] = groups.at(-1)!;
	const latest = t.on(claim(top(lastClaims)), formatDay(lastDay, lang, 'day-month'));
	const span =
		groups.length > 1
			? t.span(t.on(claim(top(firstClaims)), formatDay(firstDay, lang, 'day-month')), latest)
			: latest;
	const distinct = [...new Set([...lastClaims].reverse().map(claim))];
	const others = distinct.length > 1 ? ` (${t.claimsThatDay}: ${distinct.join('; ')})` : '';
	return `${t.head(label, date)}: ${span}${others}${retracted}${final}`;
}

/** The figures chart's text alternative: the summaries of its series, one sentence each. */
export function chartSummary(
	series: { metric?: Metric; label: string; figures: Figure[] }[],
	days: readonly string[],
	day: string,
	lang: Lang
): string {
	return series.map((s) => seriesSummary(s.label, s.figures, days, day, lang, s.metric)).join('. ');
}

/** The iframe title of the embed code: "Map: the unrest in Kazakhstan on 7 January 2022 (Qantar)". */
export function snippetTitle(day: string, lang: Lang): string {
	return STRINGS[lang].snippetTitle(formatDay(day, lang));
}
