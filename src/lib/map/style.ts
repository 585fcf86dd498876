/**
 * The MapLibre style, built from the record and the theme by pure functions. Everything that
 * changes while the reader scrubs (day, type filter, selection, earlier days) is a global-state
 * value read by filters and paint expressions, so a step never touches a source.
 * Text uses the self-hosted Noto Sans: the style has no `glyphs`, so MapLibre draws labels locally.
 */
import type {
	ExpressionSpecification,
	FilterSpecification,
	LayerSpecification,
	SourceSpecification,
	StyleSpecification
} from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { Member } from '#lib/data/schema.ts';
import { EVENT_TYPES, type EventType, type Lang } from '#lib/data/vocabulary.ts';
import { DAYS } from '#lib/data/days.ts';
import type { Theme } from '#lib/state/url.ts';
import { slotKey, slotOffsets, type MapData } from './features';
import { PALETTES, type MapPalette } from './palette';

/** The values the style reads with `["global-state", …]`. */
export interface MapGlobals {
	/** Index of the current day in DAYS. */
	day: number;
	/** Event types shown, as a padded string (` protest clash `) for substring tests. */
	types: string;
	/** Place id of the selected event, or "". */
	selected: string;
	/** Whether places of earlier days are drawn (faded). */
	earlier: boolean;
}

export const typesToken = (types: readonly EventType[] | null) =>
	` ${(types ?? EVENT_TYPES).join(' ')} `;

export interface StyleInput {
	theme: Theme;
	lang: Lang;
	data: MapData;
	members: Member[];
	/** Country polygons and label points: a URL or the data itself. */
	countries: string | FeatureCollection;
	labels: string | FeatureCollection;
	globals: MapGlobals;
}

export const FONT = ['Noto Sans'];
const g = (name: keyof MapGlobals) => ['global-state', name] as ExpressionSpecification;
const dayNow = g('day');

/** True (as an expression) on the days a member's troops are in Kazakhstan. */
function deployedExpr(members: Member[]): ExpressionSpecification {
	const cases = members
		.filter((m) => m.contingent)
		.map(
			(m) =>
				[
					'all',
					['==', ['get', 'iso2'], m.iso2],
					['>=', dayNow, DAYS.indexOf(m.contingent!.arrived)],
					// `departed` may lie after the timeline: then they stay to its end.
					[
						'<',
						dayNow,
						DAYS.includes(m.contingent!.departed)
							? DAYS.indexOf(m.contingent!.departed)
							: DAYS.length
					]
				] as ExpressionSpecification
		);
	return cases.length ? (['any', ...cases] as ExpressionSpecification) : ['boolean', false];
}

function isoIn(codes: string[]): ExpressionSpecification {
	return ['in', ['get', 'iso2'], ['literal', codes]];
}

/** Icon offsets by slot, so that several event types at one place sit side by side. */
function slotOffsetExpr(): ExpressionSpecification {
	const pairs: unknown[] = [];
	for (let n = 2; n <= EVENT_TYPES.length; n++)
		slotOffsets(n).forEach((o, i) => pairs.push(slotKey(n, i), ['literal', o]));
	return [
		'match',
		['get', 'slot'],
		...pairs,
		['literal', [0, 0]]
	] as unknown as ExpressionSpecification;
}

const typeShown: ExpressionSpecification = [
	'in',
	['concat', ' ', ['get', 'type'], ' '],
	g('types')
];

function countryLayers(p: MapPalette, members: Member[]): LayerSpecification[] {
	const host = members.filter((m) => m.role === 'host').map((m) => m.iso2);
	const csto = members.map((m) => m.iso2);
	const contributors = members.filter((m) => m.contingent).map((m) => m.iso2);
	const deployed = deployedExpr(members);
	return [
		{
			id: 'countries-fill',
			type: 'fill',
			source: 'countries',
			paint: {
				'fill-color': [
					'case',
					isoIn(host),
					p.hostFill,
					deployed,
					p.cstoDeployed,
					isoIn(csto),
					p.cstoMember,
					p.landOutside
				]
			}
		},
		{
			id: 'countries-border',
			type: 'line',
			source: 'countries',
			paint: { 'line-color': p.border, 'line-width': 0.6 }
		},
		{
			id: 'csto-outline',
			type: 'line',
			source: 'countries',
			filter: isoIn(contributors) as FilterSpecification,
			paint: {
				'line-color': p.cstoOutline,
				'line-width': ['case', deployed, 2, 1]
			}
		},
		{
			id: 'host-outline',
			type: 'line',
			source: 'countries',
			filter: isoIn(host) as FilterSpecification,
			paint: { 'line-color': p.hostOutline, 'line-width': 2.2 }
		}
	];
}

function routeLayers(p: MapPalette): LayerSpecification[] {
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

function incidentLayers(p: MapPalette): LayerSpecification[] {
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
				g('earlier'),
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
			filter: ['all', today, ['==', ['get', 'place'], g('selected')]] as FilterSpecification,
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

const labelName = (lang: Lang): ExpressionSpecification => [
	'coalesce',
	['get', `name_${lang}`],
	['get', 'name']
];

/** Country and city names: under the routes and symbols. */
function placeNameLayers(p: MapPalette, lang: Lang): LayerSpecification[] {
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
function siteLabelLayer(p: MapPalette, lang: Lang): LayerSpecification {
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

function geojson(data: string | FeatureCollection, promoteId?: string): SourceSpecification {
	return { type: 'geojson', data, ...(promoteId ? { promoteId } : {}) };
}

export function buildStyle(input: StyleInput): StyleSpecification {
	const p = PALETTES[input.theme];
	const { data } = input;
	return {
		version: 8,
		name: `qantar-${input.theme}`,
		state: {
			day: { default: input.globals.day },
			types: { default: input.globals.types },
			selected: { default: input.globals.selected },
			earlier: { default: input.globals.earlier }
		},
		sources: {
			countries: {
				...(geojson(input.countries) as object),
				attribution: 'Natural Earth'
			} as SourceSpecification,
			labels: geojson(input.labels),
			incidents: {
				...(geojson(data.incidents) as object),
				attribution: 'Qantar: sourced event record'
			} as SourceSpecification,
			history: geojson(data.history),
			routes: geojson(data.routes),
			arrows: geojson(data.arrows),
			sites: geojson(data.sites)
		},
		layers: [
			{ id: 'water', type: 'background', paint: { 'background-color': p.water } },
			...countryLayers(p, input.members),
			...placeNameLayers(p, input.lang),
			...routeLayers(p),
			...incidentLayers(p),
			siteLabelLayer(p, input.lang)
		]
	};
}
