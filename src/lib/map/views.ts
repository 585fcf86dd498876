/**
 * The three camera views and which one each day opens with. Bounds are [west, south, east, north]
 * in degrees; the camera fits them to whatever size the map has, so every width sees the same area.
 */
import type { View } from '#lib/state/url.ts';

export const VIEW_BOUNDS: Record<View, [number, number, number, number]> = {
	// Minsk/Machulishchy in the west to Kazakhstan's eastern border; Dushanbe to Ivanovo.
	region: [23.5, 37.2, 88, 58.2],
	// Kazakhstan with Mangystau in the west and East Kazakhstan.
	kazakhstan: [46.4, 40.4, 87.4, 55.6],
	// Central Almaty (Republic Square, city hall, the residence, Kok-Tobe) and the airport.
	almaty: [76.84, 43.205, 77.17, 43.372]
};

/**
 * Authored default view per day: where that day's story happened. Days not listed open on
 * Kazakhstan, where 5 and 7 January too belong: Almaty burned, but so did half the country.
 * views.test.ts checks each day's view against the record (it shows most of the day's events).
 */
export const DAY_VIEWS: Readonly<Record<string, View>> = {
	'2022-01-06': 'region', // the CSTO decision and the first airlift
	'2022-01-10': 'region', // the CSTO online summit
	'2022-01-12': 'almaty', // joint patrols on Republic Square, the airport to reopen
	'2022-01-13': 'region', // withdrawal begins
	'2022-01-14': 'region',
	'2022-01-15': 'region',
	'2022-01-16': 'region',
	'2022-01-17': 'almaty', // detentions in Almaty
	'2022-01-19': 'region' // the last troops leave
};

export function defaultView(day: string): View {
	return DAY_VIEWS[day] ?? 'kazakhstan';
}

export function inView(view: View, [lon, lat]: [number, number]): boolean {
	const [w, s, e, n] = VIEW_BOUNDS[view];
	return lon >= w && lon <= e && lat >= s && lat <= n;
}
