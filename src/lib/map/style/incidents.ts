/**
 * The events: today's symbols (with a count badge), the ring round the selected event's place,
 * and the faded symbols of places where something happened on an earlier day.
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { globalState } from '#lib/map/globals.ts';
import type { MapPalette } from '#lib/map/palette.ts';
import { FONT, dayNow, slotOffsetExpr, typeShown } from './expressions';

export function incidentLayers(p: MapPalette): LayerSpecification[] {
	const today: ExpressionSpecification = ['==', ['get', 'day'], dayNow];
	const activeToday: ExpressionSpecification = [
		'in',
		['concat', ' ', ['to-string', dayNow], ' '],
		['get', 'days']
	];
	const iconSize: ExpressionSpecification = [
		'interpolate',
		['linear'],
		['get', 'count'],
		1,
		1,
		4,
		1.35
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
		{
			id: 'selected-ring',
			type: 'circle',
			source: 'incidents',
			filter: [
				'all',
				today,
				['==', ['get', 'place'], globalState('selected')]
			] as FilterSpecification,
			paint: {
				'circle-radius': 19,
				'circle-color': 'rgba(0,0,0,0)',
				'circle-stroke-color': p.selected,
				'circle-stroke-width': 2.5
			}
		},
		{
			id: 'incidents',
			type: 'symbol',
			source: 'incidents',
			filter: ['all', today, typeShown] as FilterSpecification,
			layout: {
				'icon-image': ['get', 'icon'],
				'icon-size': iconSize,
				'icon-offset': slotOffsetExpr(),
				'icon-allow-overlap': true,
				// Names keep their place: capitals must stay labelled next to their symbols.
				'icon-ignore-placement': true,
				'symbol-sort-key': ['get', 'count'],
				// The count badge, only where more than one event of a type happened at a place.
				'text-field': ['case', ['>', ['get', 'count'], 1], ['to-string', ['get', 'count']], ''],
				'text-font': FONT,
				'text-size': 11,
				'text-offset': [0.9, -0.9],
				'text-allow-overlap': true,
				'text-ignore-placement': true
			},
			paint: {
				'text-color': p.label,
				'text-halo-color': p.halo,
				'text-halo-width': 2
			}
		}
	];
}
