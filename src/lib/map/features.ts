/**
 * The map's data, built once from the record: every day's incidents, the places' history, the
 * airlift arcs. Features carry day indexes so that scrubbing only changes a global-state value in
 * the style's filters; no source is rebuilt or re-uploaded per step.
 */
import along from '@turf/along';
import bearing from '@turf/bearing';
import greatCircle from '@turf/great-circle';
import length from '@turf/length';
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import { DAYS } from '#lib/data/days.ts';
import type { EventRecord, Place } from '#lib/data/schema.ts';
import { EVENT_TYPES, isExact, type EventType } from '#lib/data/vocabulary.ts';
import {
	eventsOn,
	labelPlaceOf,
	mainPlaceId,
	nationwideOn,
	placeById
} from '#lib/data/selectors.ts';
import { dayIndex } from './globals';

type Points = FeatureCollection<Point>;
type Lines = FeatureCollection<LineString>;

export interface MapData {
	/**
	 * One marker per place and day, drawn at city zoom: what happened where (never abroad, never
	 * the whole country).
	 */
	incidents: Points;
	/** One feature per place and event type, with the first day it happened there. */
	history: Points;
	/** Great-circle arcs of the airlift (and the road convoy home). */
	routes: Lines;
	/** Arrowheads near the end of each route, rotated along it. */
	arrows: Points;
	/** Named sites (buildings, squares, airfields) for labels in the city view. */
	sites: Points;
	/**
	 * The story's places: one per day and named place where something happened, a site standing
	 * for its city (labelPlaceOf): its name, and its one marker at region and country zoom.
	 */
	story: Points;
	/** Indexes of the days with events across the whole country: its outline is emphasised. */
	nationwide: number[];
}

export const iconName = (type: EventType, exact: boolean) =>
	`${type}-${exact ? 'solid' : 'hollow'}`;

/** Slot key for a symbol that shares its place with `count` others that day, e.g. "3-1". */
export const slotKey = (count: number, index: number) => `${count}-${index}`;

/**
 * Pixel offsets that spread up to nine co-located symbols around their place: one in the
 * centre, several on a small ring, so that different event types at one place stay legible.
 */
export function slotOffsets(count: number, radius = 11): [number, number][] {
	if (count <= 1) return [[0, 0]];
	return Array.from({ length: count }, (_, i) => {
		const a = -Math.PI / 2 + (2 * Math.PI * i) / count;
		return [Math.round(radius * Math.cos(a)), Math.round(radius * Math.sin(a))];
	});
}

function point<P>(coordinates: [number, number], properties: P): Feature<Point, P> {
	return { type: 'Feature', geometry: { type: 'Point', coordinates }, properties };
}

/**
 * What a marker says of the events at its place (or its city): how many of each type (`n_protest`,
 * …), the types by count, most first (`t0`, `t1`, …: the style draws the first one the type
 * filter shows), and the total.
 */
function typeCounts(types: Map<EventType, string[]>): Record<string, string | number> {
	const ordered = EVENT_TYPES.filter((t) => types.has(t)).sort(
		(a, b) => types.get(b)!.length - types.get(a)!.length
	);
	const props: Record<string, string | number> = { count: 0 };
	ordered.forEach((t, i) => {
		props[`t${i}`] = t;
		props[`n_${t}`] = types.get(t)!.length;
		props.count = (props.count as number) + types.get(t)!.length;
	});
	return props;
}

/** The day's events by the place they are drawn at, then by type (record order). */
function eventsByPlace(record: EventRecord, day: string, places: Map<string, Place>) {
	const byPlace = new Map<string, Map<EventType, string[]>>();
	for (const e of eventsOn(record, day)) {
		const at = mainPlaceId(e);
		const place = places.get(at)!;
		// A place abroad has no point on this map (it lies outside the basemap and the camera's
		// bounds): its events are listed in "Said abroad", never drawn at a stand-in coordinate.
		// Nor has the whole country: its events are listed as nationwide, with its outline drawn.
		if (place.offMap || place.precision === 'country') continue;
		const types = byPlace.get(at) ?? new Map<EventType, string[]>();
		types.set(e.type, [...(types.get(e.type) ?? []), e.id]);
		byPlace.set(at, types);
	}
	return byPlace;
}

/** One marker per place and day, for the city zoom: the main type, the count, the events. */
function incidentFeatures(record: EventRecord): Points {
	const places = placeById(record);
	const features: Feature<Point>[] = [];
	DAYS.forEach((day, index) => {
		for (const [placeId, types] of eventsByPlace(record, day, places)) {
			const place = places.get(placeId)!;
			const counts = typeCounts(types);
			const exact = isExact(place.precision);
			features.push(
				point(place.point, {
					key: `${placeId}|${day}`,
					place: placeId,
					day: index,
					type: counts.t0,
					...counts,
					exact,
					icon: iconName(counts.t0 as EventType, exact),
					types: ` ${[...types.keys()].join(' ')} `,
					events: [...types.values()].flat().join(' '),
					labelPlace: labelPlaceOf(place, places.values())?.id ?? ''
				})
			);
		}
	});
	return { type: 'FeatureCollection', features };
}

/** ` 3 4 7 `: the day indexes as a padded string, so a filter can test membership with `in`. */
export const dayToken = (day: number) => ` ${day} `;

/** One faded symbol per place and type, with the first day it happened there and all its days. */
function historyFeatures(record: EventRecord): Points {
	const places = placeById(record);
	const byKey = new Map<string, Feature<Point>>();
	DAYS.forEach((day, index) => {
		for (const [placeId, types] of eventsByPlace(record, day, places))
			for (const type of types.keys()) {
				const key = `${placeId}|${type}`;
				const seen = byKey.get(key);
				if (seen) {
					seen.properties!.days += `${index} `;
					continue;
				}
				const place = places.get(placeId)!;
				const ordered = EVENT_TYPES.filter((t) => types.has(t));
				const exact = isExact(place.precision);
				byKey.set(
					key,
					point(place.point, {
						key,
						place: placeId,
						type,
						exact,
						icon: iconName(type, exact),
						slot: slotKey(ordered.length, ordered.indexOf(type)),
						firstDay: index,
						days: dayToken(index)
					})
				);
			}
	});
	return { type: 'FeatureCollection', features: [...byKey.values()] };
}

function routeFeatures(record: EventRecord): { routes: Lines; arrows: Points } {
	const places = placeById(record);
	const routes: Feature<LineString>[] = [];
	const arrows: Feature<Point>[] = [];
	for (const r of record.routes) {
		const from = places.get(r.from)!.point;
		const to = places.get(r.to)!.point;
		const arc = greatCircle(from, to, { npoints: 64 }) as Feature<LineString>;
		const properties = {
			id: r.id,
			state: r.state,
			direction: r.direction,
			mode: r.mode,
			approximate: r.certainty === 'approximate',
			from: dayIndex(r.date),
			to: dayIndex(r.endDate ?? r.date)
		};
		routes.push({ ...arc, properties });
		// The arrowhead sits short of the destination, so it never hides the airfield's symbol.
		const km = length(arc);
		const tip = along(arc, km * 0.88).geometry.coordinates as [number, number];
		const tail = along(arc, km * 0.86).geometry.coordinates as [number, number];
		arrows.push(point(tip, { ...properties, bearing: bearing(tail, tip) }));
	}
	return {
		routes: { type: 'FeatureCollection', features: routes },
		arrows: { type: 'FeatureCollection', features: arrows }
	};
}

/**
 * The story's places, one per day and named place (a site stands for its city, labelPlaceOf):
 * the label point, and at region and country zoom the one marker for all that happened there
 * ("Almaty · 12"), with the places it stands for.
 */
function storyFeatures(record: EventRecord): Points {
	const places = placeById(record);
	const features: Feature<Point>[] = [];
	DAYS.forEach((day, index) => {
		const byCity = new Map<string, { types: Map<EventType, string[]>; at: Set<string> }>();
		for (const [placeId, types] of eventsByPlace(record, day, places)) {
			const city = labelPlaceOf(places.get(placeId)!, places.values());
			if (!city) continue;
			const group = byCity.get(city.id) ?? { types: new Map(), at: new Set<string>() };
			for (const [type, ids] of types)
				group.types.set(type, [...(group.types.get(type) ?? []), ...ids]);
			group.at.add(placeId);
			byCity.set(city.id, group);
		}
		for (const [cityId, { types, at }] of byCity) {
			const city = places.get(cityId)!;
			const counts = typeCounts(types);
			// Solid only where every event it stands for has its exact site.
			const exact = [...at].every((id) => isExact(places.get(id)!.precision));
			features.push(
				point(city.point, {
					place: city.id,
					name_en: city.name.en,
					name_de: city.name.de,
					day: index,
					type: counts.t0,
					...counts,
					exact,
					icon: iconName(counts.t0 as EventType, exact),
					types: ` ${[...types.keys()].join(' ')} `,
					places: ` ${[...at].join(' ')} `,
					events: [...types.values()].flat().join(' ')
				})
			);
		}
	});
	for (const f of features) f.properties!.anchor = storyAnchor(f, features);
	return { type: 'FeatureCollection', features };
}

/** Story places closer than this (degrees of longitude, latitude) may crowd each other's names. */
const CROWD: [number, number] = [4, 2];

/**
 * Where a story name sits, decided here once rather than by MapLibre's variable anchors (which
 * remember the previous frame, so the same state could be drawn two ways): to the right of its
 * symbols, to the left when a place of the same day crowds it from the east, below when from both
 * sides (Taraz · Bishkek · Almaty).
 */
function storyAnchor(f: Feature<Point>, all: Feature<Point>[]): 'left' | 'right' | 'top' {
	const [x, y] = f.geometry.coordinates as [number, number];
	let west = false;
	let east = false;
	for (const g of all) {
		if (g === f || g.properties!.day !== f.properties!.day) continue;
		const [gx, gy] = g.geometry.coordinates as [number, number];
		if (Math.abs(gx - x) > CROWD[0] || Math.abs(gy - y) > CROWD[1]) continue;
		if (gx > x) east = true;
		else west = true;
	}
	return west && east ? 'top' : east ? 'right' : 'left';
}

function siteFeatures(record: EventRecord): Points {
	const features = record.places
		.filter((p) => (p.precision === 'building' || p.precision === 'site') && !p.offMap)
		.map((p) => point(p.point, { id: p.id, name_en: p.name.en, name_de: p.name.de, kind: p.kind }));
	return { type: 'FeatureCollection', features };
}

export function buildMapData(record: EventRecord): MapData {
	return {
		incidents: incidentFeatures(record),
		history: historyFeatures(record),
		...routeFeatures(record),
		sites: siteFeatures(record),
		story: storyFeatures(record),
		nationwide: DAYS.flatMap((day, i) => (nationwideOn(record, day).length > 0 ? [i] : []))
	};
}
