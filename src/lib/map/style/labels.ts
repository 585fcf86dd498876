/**
 * Names on the map, in the page's language: countries and cities under the routes and symbols,
 * and the incident sites of the city view above everything (they explain the symbols).
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { Lang } from '#lib/data/vocabulary.ts';
import type { MapPalette } from '#lib/map/palette.ts';
import { FONT, dayNow, labelName, shownCount } from './expressions';
import { CITY_ZOOM } from './incidents';

/** A basemap city this close to a story label is the same place: the story names it, in metres. */
const SAME_PLACE_M = 20_000;

/**
 * True (as an expression) for a feature within SAME_PLACE_M of a story label of the current day:
 * one `distance` test per day, against that day's label points.
 */
function nearStoryToday(story: FeatureCollection<Point>): ExpressionSpecification {
	const byDay = new Map<number, [number, number][]>();
	for (const f of story.features) {
		const day = f.properties!.day as number;
		byDay.set(day, [...(byDay.get(day) ?? []), f.geometry.coordinates as [number, number]]);
	}
	const cases = [...byDay].flatMap(([day, coordinates]) => [
		['==', dayNow, day],
		['<', ['distance', { type: 'MultiPoint', coordinates }], SAME_PLACE_M]
	]);
	return (cases.length ? ['case', ...cases, false] : false) as ExpressionSpecification;
}

/**
 * Country and city names: under the routes and symbols, context for the story. A city the day's
 * story names (storyLabelLayer) is left to it.
 */
export function placeNameLayers(
	p: MapPalette,
	lang: Lang,
	story: FeatureCollection<Point>
): LayerSpecification[] {
	const name = labelName(lang);
	return [
		{
			id: 'country-labels',
			type: 'symbol',
			source: 'labels',
			maxzoom: 7,
			filter: ['==', ['get', 'kind'], 'country'],
			layout: {
				'text-field': ['upcase', name],
				'text-font': FONT,
				'text-size': ['interpolate', ['linear'], ['zoom'], 2, 9, 5, 12],
				'text-letter-spacing': 0.12,
				'text-max-width': 8,
				'text-optional': true
			},
			paint: {
				'text-color': p.labelMuted,
				'text-halo-color': p.halo,
				'text-halo-width': 1.2
			}
		},
		{
			id: 'city-labels',
			type: 'symbol',
			source: 'labels',
			maxzoom: 9.5,
			filter: [
				'all',
				['==', ['get', 'kind'], 'city'],
				['any', ['<=', ['get', 'rank'], 2], ['>=', ['zoom'], 4.5]],
				['!', nearStoryToday(story)]
			] as FilterSpecification,
			layout: {
				'text-field': name,
				'text-font': FONT,
				'text-size': ['match', ['get', 'rank'], 1, 13, 12],
				'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
				// Clear of a symbol at the city (its icons are about 24 px).
				'text-radial-offset': 1.1,
				'text-justify': 'auto',
				'text-optional': true,
				'symbol-sort-key': ['get', 'rank']
			},
			paint: {
				// Context, a step back from the story's names.
				'text-color': p.labelMuted,
				'text-halo-color': p.halo,
				'text-halo-width': 1.5
			}
		}
	];
}

/**
 * The names of the places where something happened on the day, in the reader's language: the
 * topmost text layer, so MapLibre places them before any basemap name (which gives way), beside
 * the place's symbols (right of them), never on them.
 */
export function storyLabelLayer(p: MapPalette, lang: Lang): LayerSpecification {
	return {
		id: 'story-labels',
		type: 'symbol',
		source: 'story',
		filter: ['all', ['==', ['get', 'day'], dayNow], ['>', shownCount, 0]] as FilterSpecification,
		layout: {
			// "Almaty · 12": the place, and how many of the shown events happened there; at city zoom
			// the name alone, where its sites' names and count badges say the rest.
			'text-field': [
				'step',
				['zoom'],
				[
					'case',
					['>', shownCount, 1],
					['concat', labelName(lang), ' · ', ['to-string', shownCount]],
					labelName(lang)
				],
				CITY_ZOOM,
				labelName(lang)
			],
			'text-font': FONT,
			'text-size': 13.5,
			// The side decided with the data (features.ts, storyAnchor), and always drawn: a name
			// free to move would remember where the previous frame put it, and tiles load in no
			// fixed order, so the same state could be drawn two ways. Basemap names still give way
			// to it (drawn names enter the collision index).
			'text-anchor': ['get', 'anchor'],
			'text-offset': [
				'match',
				['get', 'anchor'],
				'right',
				['literal', [-1.6, 0]],
				'top',
				['literal', [0, 1.5]],
				['literal', [1.6, 0]]
			],
			'text-allow-overlap': true,
			'text-max-width': 9,
			'symbol-sort-key': ['-', ['get', 'count']]
		},
		paint: {
			'text-color': p.label,
			'text-halo-color': p.halo,
			'text-halo-width': 2
		}
	};
}

/** Names of the incident sites in the city view: above everything, they explain the symbols. */
export function siteLabelLayer(p: MapPalette, lang: Lang): LayerSpecification {
	return {
		id: 'site-labels',
		type: 'symbol',
		source: 'sites',
		minzoom: 9,
		layout: {
			'text-field': labelName(lang),
			'text-font': FONT,
			'text-size': 12.5,
			'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
			'text-radial-offset': 1.4,
			'text-justify': 'auto',
			'text-max-width': 10
		},
		paint: {
			'text-color': p.label,
			'text-halo-color': p.halo,
			'text-halo-width': 2
		}
	};
}
