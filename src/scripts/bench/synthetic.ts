/**
 * Synthetic incidents for the scale benchmark: `count` events with a fixed seed, spread evenly
 * over the days, the event types and the region view, each at a place of its own (the worst case
 * for the map: no two share a symbol). Shaped exactly like the app's own map sources, so the
 * app's style draws them, and as plain points with a day index for the bare baseline page.
 */
import { randomInt, randomLcg, randomUniform } from 'd3-random';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { DAYS } from '#lib/data/days.ts';
import { EVENT_TYPES } from '#lib/data/vocabulary.ts';
import { dayToken, iconName, slotKey } from '#lib/map/features.ts';
import { VIEW_BOUNDS } from '#lib/map/views.ts';

export const SEED = 0.20220105;

export interface Synthetic {
	/** For the app's `incidents` source. */
	incidents: FeatureCollection<Point>;
	/** For the app's `history` source (earlier days, faded). */
	history: FeatureCollection<Point>;
	/** For the baseline: the same points with their day index. */
	points: FeatureCollection<Point>;
}

export function synthetic(count: number, seed = SEED): Synthetic {
	const source = randomLcg(seed);
	const [w, s, e, n] = VIEW_BOUNDS.region;
	const lon = randomUniform.source(source)(w, e);
	const lat = randomUniform.source(source)(s, n);
	const dayOf = randomInt.source(source)(0, DAYS.length);
	const typeOf = randomInt.source(source)(0, EVENT_TYPES.length);
	const incidents: Feature<Point>[] = [];
	const history: Feature<Point>[] = [];
	const points: Feature<Point>[] = [];
	for (let i = 0; i < count; i++) {
		const geometry: Point = { type: 'Point', coordinates: [lon(), lat()] };
		const day = dayOf();
		const type = EVENT_TYPES[typeOf()]!;
		const exact = i % 2 === 0;
		const place = `p${i}`;
		const properties = {
			key: `${place}|${day}|${type}`,
			place,
			day,
			type,
			count: 1,
			exact,
			icon: iconName(type, exact),
			slot: slotKey(1, 0),
			events: `e${i}`,
			// As a marker (features.ts typeCounts): one event of one type. Unnamed, so that the
			// story-labels layer draws no text for it.
			t0: type,
			[`n_${type}`]: 1,
			places: ` ${place} `
		};
		incidents.push({ type: 'Feature', geometry, properties });
		history.push({
			type: 'Feature',
			geometry,
			properties: { ...properties, key: `${place}|${type}`, firstDay: day, days: dayToken(day) }
		});
		points.push({ type: 'Feature', geometry, properties: { day } });
	}
	const fc = (features: Feature<Point>[]): FeatureCollection<Point> => ({
		type: 'FeatureCollection',
		features
	});
	return { incidents: fc(incidents), history: fc(history), points: fc(points) };
}
