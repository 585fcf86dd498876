/**
 * The events: one marker per place (per city at region and country zoom) in the day's main type,
 * the ring round the selected event's place, and the faded symbols of places where something
 * happened on an earlier day.
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { globalState } from '#lib/map/globals.ts';
import type { MapPalette } from '#lib/map/palette.ts';
import { FONT, dayNow, mainIcon, shownCount, slotOffsetExpr, typeShown } from './expressions';

export function incidentLayers(p: MapPalette): LayerSpecification[] {
	const today: ExpressionSpecification = ['==', ['get', 'day'], dayNow];
	const activeToday: ExpressionSpecification = [
		'in',
		['concat', ' ', ['to-string', dayNow], ' '],
		['get', 'days']
	];
	return [
		{
			id: 'history',
			type: 'symbol',
			source: 'history',
			filter: [
				'all',
				globalState('earlier'),
				['<', ['get', 'firstDay'], dayNow],
				['!', activeToday],
				typeShown
			] as FilterSpecification,
			layout: {
				'icon-image': ['get', 'icon'],
				'icon-size': 0.7,
				'icon-offset': slotOffsetExpr(),
				'icon-allow-overlap': true,
				'icon-ignore-placement': true
			},
			paint: { 'icon-opacity': 0.4 }
		},
		// At region and country zoom one marker per city ("Almaty · 12", its name by
		// story-labels); at city zoom one per place. Either way, the day's main type shown.
		ring('selected-ring-city', 'story', ['in', placeSelected, ['get', 'places']], {
			maxzoom: CITY_ZOOM
		}),
		ring('selected-ring', 'incidents', ['==', ['get', 'place'], globalState('selected')], {
			minzoom: CITY_ZOOM
		}),
		{
			id: 'city-markers',
			type: 'symbol',
			source: 'story',
			maxzoom: CITY_ZOOM,
			filter: ['all', today, anyShown] as FilterSpecification,
			layout: markerLayout(false)
		},
		{
			id: 'incidents',
			type: 'symbol',
			source: 'incidents',
			minzoom: CITY_ZOOM,
			filter: ['all', today, anyShown] as FilterSpecification,
			layout: markerLayout(true),
			paint: {
				'text-color': p.label,
				'text-halo-color': p.halo,
				'text-halo-width': 2
			}
		}
	];

	function ring(
		id: string,
		source: string,
		selected: ExpressionSpecification,
		zooms: { minzoom?: number; maxzoom?: number }
	): LayerSpecification {
		return {
			id,
			type: 'circle',
			source,
			...zooms,
			filter: ['all', today, anyShown, selected] as FilterSpecification,
			paint: {
				'circle-radius': ['interpolate', ['linear'], shownCount, 1, 17, 12, 22],
				'circle-color': 'rgba(0,0,0,0)',
				'circle-stroke-color': p.selected,
				'circle-stroke-width': 2.5
			}
		};
	}
}

/** The zoom from which each place has its own marker (the city view is at about 11). */
export const CITY_ZOOM = 8;

const anyShown: ExpressionSpecification = ['>', shownCount, 0];
const placeSelected: ExpressionSpecification = ['concat', ' ', globalState('selected'), ' '];

function markerLayout(badge: boolean): LayerSpecification['layout'] {
	return {
		'icon-image': mainIcon,
		// Bigger with more events: a city of twelve outweighs a town of one.
		'icon-size': ['interpolate', ['linear'], shownCount, 1, 1, 12, 1.5],
		'icon-allow-overlap': true,
		// Names keep their place: capitals must stay labelled next to their symbols.
		'icon-ignore-placement': true,
		'symbol-sort-key': ['get', 'count'],
		// In the city view, the count where more than one event happened at a site (in the
		// region and country views the city's name says it: "Almaty · 12").
		...(badge
			? {
					'text-field': ['case', ['>', shownCount, 1], ['to-string', shownCount], ''],
					'text-font': FONT,
					'text-size': 11,
					'text-offset': [1, -1],
					'text-allow-overlap': true,
					'text-ignore-placement': true
				}
			: {})
	} as LayerSpecification['layout'];
}
