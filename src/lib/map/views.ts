/**
 * The three camera views and how each is framed on a map of a given size. Bounds are
 * [west, south, east, north] in degrees. Which view a day opens with is an editorial choice kept
 * in data/day-views.ts.
 *
 * A view is fitted to the map's actual size. Where the whole view cannot be shown (a phone's tall,
 * narrow map in the region view: the camera may not leave the basemap's region, so it cannot
 * zoom out far enough), the view's subject must be: the part of the story the view exists for.
 * The camera then zooms out as far as the region lets it and slides as close to the view's
 * centre as it can while keeping the subject in frame.
 */
import type { View } from '#lib/data/vocabulary.ts';
import { REGION_BBOX, type BBox } from '#lib/data/region.ts';

export const VIEW_BOUNDS: Record<View, BBox> = {
	// Minsk/Machulishchy in the west to Kazakhstan's eastern border, with room east of Almaty for
	// its name ("Almaty · 12"); Dushanbe to Ivanovo.
	region: [23.5, 37.2, 91, 58.2],
	// Kazakhstan with Mangystau in the west and East Kazakhstan, and room east of it for the names
	// of Ust-Kamenogorsk and Taldykorgan (written right of their symbols).
	kazakhstan: [46.4, 40.4, 90.5, 55.6],
	// Central Almaty (Republic Square, city hall, the residence, Kok-Tobe) and the airport.
	almaty: [76.84, 43.205, 77.17, 43.372]
};

/** What each view must show on any map: where its story is. */
export const VIEW_SUBJECTS: Record<View, BBox> = {
	// The airlift from Moscow and Ivanovo to Almaty, with room east of it for its name ("Almaty · 12"); Yerevan and Dushanbe.
	region: [39, 38, 89.5, 57.5],
	// Aktau and Zhanaozen in the west to Ust-Kamenogorsk; Shymkent to Petropavl.
	kazakhstan: [50.5, 41.6, 83.2, 55.2],
	// Republic Square, the residence, city hall and the airport.
	almaty: [76.9, 43.22, 77.06, 43.36]
};

export function inView(view: View, [lon, lat]: [number, number]): boolean {
	const [w, s, e, n] = VIEW_BOUNDS[view];
	return lon >= w && lon <= e && lat >= s && lat <= n;
}

export interface Camera {
	center: [lon: number, lat: number];
	zoom: number;
}

/** MapLibre's world is 512 px wide at zoom 0. */
const WORLD = 512;
const mercX = (lon: number) => (lon + 180) / 360;
const mercY = (lat: number) => {
	const s = Math.sin((lat * Math.PI) / 180);
	return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
};
const lonOf = (x: number) => x * 360 - 180;
const latOf = (y: number) => (360 / Math.PI) * Math.atan(Math.exp((0.5 - y) * 2 * Math.PI)) - 90;

/** Room around a view's bounds so symbols and labels at the edges are not cut, in CSS pixels. */
function viewPadding(width: number, height: number): number {
	return Math.max(8, Math.min(40, Math.round(Math.min(width, height) * 0.06)));
}

interface Box {
	x0: number;
	x1: number;
	y0: number;
	y1: number;
}
const box = ([w, s, e, n]: BBox): Box => ({
	x0: mercX(w),
	x1: mercX(e),
	y0: mercY(n),
	y1: mercY(s)
});

/** The zoom at which `b` fills `width` × `height` (less `padding` all round) in one dimension. */
function fitZoom(b: Box, width: number, height: number, padding: number): number {
	const w = Math.max(1, width - 2 * padding) / WORLD;
	const h = Math.max(1, height - 2 * padding) / WORLD;
	return Math.log2(Math.min(w / (b.x1 - b.x0), h / (b.y1 - b.y0)));
}

/** The least zoom at which a `width` × `height` map stays inside the region (maxBounds). */
function floorZoom(width: number, height: number): number {
	const r = box(REGION_BBOX);
	return Math.log2(Math.max(width / WORLD / (r.x1 - r.x0), height / WORLD / (r.y1 - r.y0)));
}

/** Clamps `v` into [lo, hi]; where the range is empty, its middle. */
const clamp = (v: number, lo: number, hi: number) =>
	lo > hi ? (lo + hi) / 2 : Math.min(hi, Math.max(lo, v));

/** The camera that frames `view` on a map of `width` × `height` CSS pixels. */
export function frameView(view: View, width: number, height: number): Camera {
	const padding = viewPadding(width, height);
	const whole = box(VIEW_BOUNDS[view]);
	const centre = { x: (whole.x0 + whole.x1) / 2, y: (whole.y0 + whole.y1) / 2 };
	const wanted = fitZoom(whole, width, height, padding);
	const floor = floorZoom(width, height);
	const zoom = Math.max(wanted, floor);
	const scale = WORLD * 2 ** zoom;
	const [halfW, halfH] = [width / 2 / scale, height / 2 / scale];
	let { x, y } = centre;
	if (wanted < floor) {
		// The whole view does not fit: as wide as the region allows, the subject kept in frame.
		const subject = box(VIEW_SUBJECTS[view]);
		const [padW, padH] = [halfW - padding / scale, halfH - padding / scale];
		x = clamp(x, subject.x1 - padW, subject.x0 + padW);
		y = clamp(y, subject.y1 - padH, subject.y0 + padH);
	}
	// As MapLibre will: the frame stays inside the region.
	const region = box(REGION_BBOX);
	x = clamp(x, region.x0 + halfW, region.x1 - halfW);
	y = clamp(y, region.y0 + halfH, region.y1 - halfH);
	return { center: [lonOf(x), latOf(y)], zoom };
}
