/**
 * The MapLibre style, built from the record and the theme by pure functions. Everything that
 * changes while the reader scrubs (day, type filter, selection, earlier days) is a global-state
 * value (globals.ts) read by filters and paint expressions, so a step never touches a source.
 * The layer groups, bottom to top: water, countries, place names, routes, incidents, site names,
 * the names of the day's story.
 */
import type { SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { Member } from '#lib/data/schema.ts';
import type { Theme } from '#lib/data/vocabulary.ts';
import type { Lang } from '#lib/data/vocabulary.ts';
import type { MapData } from '#lib/map/features.ts';
import type { MapGlobals } from '#lib/map/globals.ts';
import { PALETTES } from '#lib/map/palette.ts';
import { countryLayers } from './countries';
import { incidentLayers } from './incidents';
import { placeNameLayers, siteLabelLayer, storyLabelLayer } from './labels';
import { routeLayers } from './routes';

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
			incidents: geojson(data.incidents),
			history: geojson(data.history),
			routes: geojson(data.routes),
			arrows: geojson(data.arrows),
			sites: geojson(data.sites),
			// Drawn at every zoom (the places' markers below city zoom, their names at all), so its
			// attribution is always shown.
			story: {
				...(geojson(data.story) as object),
				attribution: 'Qantar: sourced event record'
			} as SourceSpecification
		},
		layers: [
			{ id: 'water', type: 'background', paint: { 'background-color': p.water } },
			...countryLayers(p, input.members, data.nationwide),
			...placeNameLayers(p, input.lang, data.story),
			...routeLayers(p),
			...incidentLayers(p),
			siteLabelLayer(p, input.lang),
			storyLabelLayer(p, input.lang)
		]
	};
}
