/**
 * events.json: dates on the timeline, time fields that agree with their precision, known places
 * (drawn on the map unless a reaction from abroad), and sources that may support the claim.
 */
import { DAYS, FIRST_DAY, LAST_DAY } from '#lib/data/days.ts';
import { eventSchema, type Event, type Place } from '#lib/data/schema.ts';
import { confirmedProblem } from '#lib/data/sourcing.ts';
import type { Collector } from './collector';
import { FILES, type RawFiles } from './files';
import type { Sourcing } from './sources';

/** The valid events, and the seed articles they cite (for the completeness check). */
export function checkEvents(
	c: Collector,
	raw: RawFiles,
	places: Place[],
	sourcing: Sourcing
): { events: Event[]; seedsCited: Set<string> } {
	const placeIds = new Set(places.map((p) => p.id));
	const events = c.parseList(eventSchema, raw.events, FILES.events);
	const seedsCited = new Set<string>();
	for (const e of events) {
		const f = FILES.events;
		if (!DAYS.includes(e.date))
			c.add(f, e.id, 'date', `${e.date} is outside the timeline ${FIRST_DAY} … ${LAST_DAY}`);
		if (e.endDate !== undefined) {
			if (e.endDate <= e.date) c.add(f, e.id, 'endDate', `must be after date ${e.date}`);
			else if (!DAYS.includes(e.endDate))
				c.add(
					f,
					e.id,
					'endDate',
					`${e.endDate} is outside the timeline ${FIRST_DAY} … ${LAST_DAY}`
				);
		}
		const timed = e.timePrecision === 'exact' || e.timePrecision === 'approximate';
		if (timed && e.time === undefined)
			c.add(f, e.id, 'time', `is required when timePrecision is "${e.timePrecision}"`);
		if (!timed && e.time !== undefined)
			c.add(f, e.id, 'time', `must be absent when timePrecision is "${e.timePrecision}"`);
		if ((e.timePrecision === 'part-of-day') !== (e.partOfDay !== undefined))
			c.add(f, e.id, 'partOfDay', 'is required exactly when timePrecision is "part-of-day"');
		c.refs(f, e.id, 'places', e.places, placeIds, 'place');
		const drawnAt = places.find((p) => p.id === e.places[0]);
		if (drawnAt?.offMap && e.type !== 'reaction')
			c.add(
				f,
				e.id,
				'places.0',
				`"${drawnAt.id}" lies outside the map region: only a reaction from abroad can be placed there`
			);
		sourcing.cite(f, e.id, 'sources', e.sources);
		sourcing.notBefore(f, e.id, e.sources, e.date, "the event's date");
		sourcing.onCopies(f, e.id, e.sources, e.singleReport);
		if (e.certainty === 'confirmed') {
			const why = confirmedProblem(e.type, sourcing.of(e.sources));
			if (why) c.add(f, e.id, 'certainty', why);
		}
		for (const s of e.sources) {
			const seed = sourcing.seedOf(s);
			if (seed) seedsCited.add(seed);
		}
		if (e.seedClaim && !e.sources.some((s) => sourcing.seedOf(s)))
			c.add(f, e.id, 'seedClaim', 'is true but no seed article is among the sources');
	}
	return { events, seedsCited };
}
