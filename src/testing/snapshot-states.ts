/**
 * The named map states: one list for the visual regression suite (tests/visual.spec.ts) and
 * the snapshot exporter (`npm run snapshot`). Every day appears in each of the three views;
 * languages, themes, widths and page/embed alternate across them; special cases follow.
 */
import { DAYS } from '#lib/data/days.ts';
import type { EventType } from '#lib/data/schema.ts';
import type { Lang } from '#lib/data/vocabulary.ts';
import {
	defaultState,
	serializeUrl,
	VIEWS,
	type Controls,
	type Theme,
	type View
} from '#lib/state/url.ts';

export interface Viewport {
	width: number;
	height: number;
}

export const VIEWPORTS = {
	desktop: { width: 1024, height: 720 },
	phone: { width: 375, height: 720 },
	narrow: { width: 320, height: 640 }
} as const satisfies Record<string, Viewport>;

export interface SnapshotState {
	/** Unique, file-name safe. */
	name: string;
	route: 'page' | 'embed';
	lang: Lang;
	day: string;
	view: View;
	theme: Theme;
	viewport: Viewport;
	event?: string;
	types?: EventType[];
	controls?: Controls;
}

/** The address of a state in screenshot mode (`static=1`). */
export function snapshotUrl(s: SnapshotState): string {
	return serializeUrl({
		...defaultState(s.lang, s.day, s.route === 'embed'),
		view: s.view,
		theme: s.theme,
		event: s.event ?? null,
		types: s.types ?? null,
		controls: s.controls ?? 'full',
		static: true
	});
}

function viewportName(v: Viewport): string {
	return v.width >= 1000 ? 'desktop' : `w${v.width}`;
}

export function stateName(s: Omit<SnapshotState, 'name'>, suffix = ''): string {
	return [s.route, s.lang, s.day, s.view, s.theme, viewportName(s.viewport)]
		.join('-')
		.concat(suffix ? `-${suffix}` : '');
}

function named(s: Omit<SnapshotState, 'name'>, suffix = ''): SnapshotState {
	return { name: stateName(s, suffix), ...s };
}

/** Every day in every view (54 states), alternating language, theme, width and route. */
const grid: SnapshotState[] = DAYS.flatMap((day, i) =>
	VIEWS.map((view, j) => {
		const k = i * VIEWS.length + j;
		return named({
			route: k % 4 === 0 ? 'page' : 'embed',
			lang: k % 2 === 0 ? 'en' : 'de',
			day,
			view,
			theme: (i + j) % 2 === 0 ? 'light' : 'dark',
			viewport: k % 3 === 0 ? VIEWPORTS.phone : VIEWPORTS.desktop
		});
	})
);

const special: SnapshotState[] = [
	named(
		{
			route: 'page',
			lang: 'en',
			day: '2022-01-05',
			view: 'almaty',
			theme: 'light',
			viewport: VIEWPORTS.desktop,
			event: '2022-01-05-almaty-akimat-stormed'
		},
		'selected'
	),
	named(
		{
			route: 'embed',
			lang: 'de',
			day: '2022-01-07',
			view: 'kazakhstan',
			theme: 'dark',
			viewport: VIEWPORTS.desktop,
			types: ['clash', 'attack']
		},
		'filtered'
	),
	named(
		{
			route: 'embed',
			lang: 'en',
			day: '2022-01-06',
			view: 'region',
			theme: 'dark',
			viewport: VIEWPORTS.narrow
		},
		'phone'
	),
	named(
		{
			route: 'page',
			lang: 'de',
			day: '2022-01-13',
			view: 'region',
			theme: 'dark',
			viewport: VIEWPORTS.narrow
		},
		'phone'
	),
	named(
		{
			route: 'embed',
			lang: 'en',
			day: '2022-01-14',
			view: 'region',
			theme: 'light',
			viewport: VIEWPORTS.desktop,
			controls: 'none'
		},
		'bare'
	),
	// What was said abroad (6–8 January): the list under the map, as text in screenshot mode, and
	// the speech bubbles of reactions in the legend of a trimmed embed.
	named(
		{
			route: 'page',
			lang: 'en',
			day: '2022-01-06',
			view: 'region',
			theme: 'light',
			viewport: VIEWPORTS.desktop
		},
		'abroad'
	),
	named(
		{
			route: 'embed',
			lang: 'de',
			day: '2022-01-07',
			view: 'kazakhstan',
			theme: 'dark',
			viewport: VIEWPORTS.phone,
			controls: 'slider'
		},
		'abroad'
	)
];

export const STATES: readonly SnapshotState[] = [...grid, ...special];
