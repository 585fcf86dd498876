/**
 * Which view each day opens with: an editorial choice, where that day's story happened. The
 * views' camera bounds are the map's business (map/views.ts); this is only the choice, so that the
 * URL state, the map and the embed read it from the floor. map/views.test.ts checks each day's
 * view against the record (it shows most of the day's events).
 */
import type { View } from './vocabulary';

/**
 * Authored default view per day. Days not listed open on Kazakhstan, where 5 and 7 January too
 * belong: Almaty burned, but so did half the country.
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

/** Cities with a view of their own: picking the city's marker at region or country zoom opens it. */
export const CITY_VIEWS: Readonly<Record<string, View>> = { almaty: 'almaty' };
