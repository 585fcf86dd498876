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
import { eventsOn, mainPlaceId, placeById } from '#lib/data/selectors.ts';
import { dayIndex } from './globals';

type Points = FeatureCollection<Point>;
type Lines = FeatureCollection<LineString>;

export interface MapData {
	/** One feature per place, day and event type: what happened where on each day (never abroad). */
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
	 * The story's places: one label point per day and named place where something happened,
	 * a site standing for its city (labelPlaceOf), with the event types found there.
	 */
	story: Points;
}

/** How far a site may lie from a city of the record and still be named by it, in km. */
const SITE_TO_CITY_KM = 40;

/** Distance in km on a sphere, equirectangular: exact enough at tens of kilometres. */
function km(a: [number, number], b: [number, number]): number {
	const rad = Math.PI / 180;
	const x = (b[0] - a[0]) * rad * Math.cos(((a[1] + b[1]) / 2) * rad);
	return Math.hypot(x, (b[1] - a[1]) * rad) * 6371;
}

/**
 * The place whose name labels an event's place on the map: a city or region itself; a building
 * or site the nearest city of the record within SITE_TO_CITY_KM (Republic Square: Almaty), else
 * itself; nothing for the country, which its country label names.
 */
function labelPlaceOf(place: Place, places: Iterable<Place>): Place | null {
	if (place.precision === 'country') return null;
	if (place.precision === 'city' || place.precision === 'region') return place;
	let best: Place | null = null;
	let bestKm = SITE_TO_CITY_KM;
	for (const city of places) {
		if (city.precision !== 'city' || city.offMap) continue;
		const d = km(place.point, city.point);
		if (d < bestKm) [best, bestKm] = [city, d];
	}
	return best ?? place;
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

function incidentFeatures(record: EventRecord): Points {
	const places = placeById(record);
	const features: Feature<Point>[] = [];
	DAYS.forEach((day, index) => {
		// place id → type → event ids, in record order
		const byPlace = new Map<string, Map<EventType, string[]>>();
		for (const e of eventsOn(record, day)) {
			const at = mainPlaceId(e);
			// A place abroad has no point on this map (it lies outside the basemap and the camera's
			// bounds): its events are listed in "Said abroad", never drawn at a stand-in coordinate.
			if (places.get(at)!.offMap) continue;
			const types = byPlace.get(at) ?? new Map<EventType, string[]>();
			types.set(e.type, [...(types.get(e.type) ?? []), e.id]);
			byPlace.set(at, types);
		}
		for (const [placeId, types] of byPlace) {
			const place = places.get(placeId)!;
			const label = labelPlaceOf(place, places.values());
			const ordered = EVENT_TYPES.filter((t) => types.has(t));
			ordered.forEach((type, i) => {
				const ids = types.get(type)!;
				const exact = isExact(place.precision);
				features.push(
					point(place.point, {
						key: `${placeId}|${day}|${type}`,
						place: placeId,
						day: index,
						type,
						count: ids.length,
						exact,
						icon: iconName(type, exact),
						slot: slotKey(ordered.length, i),
						events: ids.join(' '),
						labelPlace: label?.id ?? ''
					})
				);
			});
		}
	});
	return { type: 'FeatureCollection', features };
}

/** ` 3 4 7 `: the day indexes as a padded string, so a filter can test membership with `in`. */
export const dayToken = (day: number) => ` ${day} `;

function historyFeatures(incidents: Points): Points {
	const byKey = new Map<string, Feature<Point>>();
	for (const f of incidents.features) {
		const p = f.properties!;
		const key = `${p.place}|${p.type}`;
		const seen = byKey.get(key);
		if (seen) seen.properties!.days += `${p.day} `;
		else
			byKey.set(
				key,
				point(f.geometry.coordinates as [number, number], {
					...p,
					key,
					firstDay: p.day,
					days: dayToken(p.day)
				})
			);
	}
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

/** Label points of the story's places, from the day's incidents (labelPlace), one per day and place. */
function storyFeatures(record: EventRecord, incidents: Points): Points {
	const places = placeById(record);
	const byKey = new Map<string, Feature<Point>>();
	for (const f of incidents.features) {
		const p = f.properties!;
		if (!p.labelPlace) continue;
		const key = `${p.labelPlace}|${p.day}`;
		const seen = byKey.get(key);
		if (seen) {
			seen.properties!.types += `${p.type} `;
			seen.properties!.count += p.count;
			continue;
		}
		const label = places.get(p.labelPlace)!;
		byKey.set(
			key,
			point(label.point, {
				place: label.id,
				name_en: label.name.en,
				name_de: label.name.de,
				day: p.day,
				types: ` ${p.type} `,
				count: p.count
			})
		);
	}
	const features = [...byKey.values()];
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
	const incidents = incidentFeatures(record);
	return {
		incidents,
		history: historyFeatures(incidents),
		...routeFeatures(record),
		sites: siteFeatures(record),
		story: storyFeatures(record, incidents)
	};
}
