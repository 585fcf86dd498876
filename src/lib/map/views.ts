/**
 * The three camera views. Bounds are [west, south, east, north] in degrees; the camera fits them
 * to whatever size the map has, so every width sees the same area. Which view a day opens with is
 * an editorial choice kept in data/day-views.ts.
 */
import type { View } from '#lib/data/vocabulary.ts';

export const VIEW_BOUNDS: Record<View, [number, number, number, number]> = {
	// Minsk/Machulishchy in the west to Kazakhstan's eastern border; Dushanbe to Ivanovo.
	region: [23.5, 37.2, 88, 58.2],
	// Kazakhstan with Mangystau in the west and East Kazakhstan.
	kazakhstan: [46.4, 40.4, 87.4, 55.6],
	// Central Almaty (Republic Square, city hall, the residence, Kok-Tobe) and the airport.
	almaty: [76.84, 43.205, 77.17, 43.372]
};

export function inView(view: View, [lon, lat]: [number, number]): boolean {
	const [w, s, e, n] = VIEW_BOUNDS[view];
	return lon >= w && lon <= e && lat >= s && lat <= n;
}
