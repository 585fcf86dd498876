/**
 * The airlift and the way home: each route's line (dashed where its path is approximate) and its
 * arrowhead, shown from its first to its last day.
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { MapPalette } from '#lib/map/palette.ts';
import { dayNow } from './expressions';

export function routeLayers(p: MapPalette): LayerSpecification[] {
	const active: ExpressionSpecification = [
		'all',
		['<=', ['get', 'from'], dayNow],
		['>=', ['get', 'to'], dayNow]
	];
	const colour: ExpressionSpecification = [
		'match',
		['get', 'direction'],
		'withdrawal',
		p.routeBack,
		p.route
	];
	const line = (id: string, approximate: boolean): LayerSpecification => ({
		id,
		type: 'line',
		source: 'routes',
		filter: ['all', active, ['==', ['get', 'approximate'], approximate]] as FilterSpecification,
		layout: { 'line-cap': 'round' },
		paint: {
			'line-color': colour,
			'line-width': 1.8,
			...(approximate ? { 'line-dasharray': [2, 2] } : {})
		}
	});
	return [
		line('routes', false),
		line('routes-approximate', true),
		{
			id: 'route-arrows',
			type: 'symbol',
			source: 'arrows',
			filter: active as FilterSpecification,
			layout: {
				'icon-image': ['match', ['get', 'direction'], 'withdrawal', 'arrow-back', 'arrow'],
				'icon-rotate': ['get', 'bearing'],
				'icon-rotation-alignment': 'map',
				'icon-allow-overlap': true,
				'icon-ignore-placement': true
			}
		}
	];
}
