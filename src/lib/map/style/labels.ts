/**
 * Names on the map, in the page's language: countries and cities under the routes and symbols,
 * and the incident sites of the city view above everything (they explain the symbols).
 */
import type { LayerSpecification } from 'maplibre-gl';
import type { Lang } from '#lib/data/vocabulary.ts';
import type { MapPalette } from '#lib/map/palette.ts';
import { FONT, labelName } from './expressions';

/** Country and city names: under the routes and symbols. */
export function placeNameLayers(p: MapPalette, lang: Lang): LayerSpecification[] {
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
				['any', ['<=', ['get', 'rank'], 2], ['>=', ['zoom'], 4.5]]
			],
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
				'text-color': p.label,
				'text-halo-color': p.halo,
				'text-halo-width': 1.5
			}
		}
	];
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
