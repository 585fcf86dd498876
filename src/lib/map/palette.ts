/**
 * Map colours per theme: a quiet basemap, one warm accent family for the alliance, Kazakhstan
 * set apart by its outline. Event colours come from ui/symbols.ts.
 */
import type { Theme } from '#lib/data/vocabulary.ts';

export interface MapPalette {
	water: string;
	land: string;
	landOutside: string;
	border: string;
	cstoMember: string;
	cstoDeployed: string;
	cstoOutline: string;
	hostFill: string;
	hostOutline: string;
	label: string;
	labelMuted: string;
	halo: string;
	route: string;
	routeBack: string;
	iconOutline: string;
	selected: string;
}

export const PALETTES: Record<Theme, MapPalette> = {
	light: {
		water: '#dfe7ec',
		land: '#f3f1ec',
		landOutside: '#f7f6f3',
		border: '#a9a59c',
		cstoMember: '#f6eadb',
		cstoDeployed: '#eec894',
		cstoOutline: '#9a6423',
		hostFill: '#ebe6dc',
		hostOutline: '#3b3934',
		label: '#2b2a27',
		labelMuted: '#6b6860',
		halo: '#ffffff',
		route: '#7a4a12',
		routeBack: '#5b6f80',
		iconOutline: '#ffffff',
		selected: '#1d1d1b'
	},
	dark: {
		water: '#14191e',
		land: '#2a2c2f',
		landOutside: '#232527',
		border: '#5e6166',
		cstoMember: '#3f372e',
		cstoDeployed: '#7d5d33',
		cstoOutline: '#e0a95a',
		hostFill: '#34332f',
		hostOutline: '#e8e4da',
		label: '#ecebe6',
		labelMuted: '#a7a49c',
		halo: '#16181b',
		route: '#f0b45c',
		routeBack: '#9fb6c9',
		iconOutline: '#16181b',
		selected: '#ffffff'
	}
};
