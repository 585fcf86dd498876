/**
 * The URL is the public contract for every map state (README: "URL scheme").
 *   /{lang}/{day}/?view=&theme=&event=&types=&earlier=0&static=1
 *   /{lang}/embed/{day}/?…the same…&controls=&height=
 * Parsing never throws: whatever is wrong falls back to the nearest valid state and is
 * reported as a notice the page shows.
 */
import { DEFAULT_DAY, isDay, isTimelineDay, nearestTimelineDay } from '#lib/data/days.ts';
import {
	CONTROLS,
	DEFAULT_LANG,
	EVENT_TYPES,
	HEIGHT_RANGE,
	isLang,
	THEMES,
	VIEWS,
	type Controls,
	type EventType,
	type Lang,
	type Theme,
	type View
} from '#lib/data/vocabulary.ts';
import { dayPath, embedPath } from './links';

/** Parameters pym.js adds to a child's address: kept as they are, never reported. */
export const PYM_PARAMS = ['initialWidth', 'childId', 'parentTitle', 'parentUrl'] as const;

export interface UrlState {
	lang: Lang;
	day: string;
	/** null: the day's own default view. */
	view: View | null;
	/** null: follow the reader's system setting. */
	theme: Theme | null;
	event: string | null;
	/** null: all event types shown. */
	types: EventType[] | null;
	/** Places of earlier days drawn faded (default) or hidden. */
	earlier: boolean;
	static: boolean;
	/** The embed route (`/{lang}/embed/{day}/`) rather than the page. */
	embed: boolean;
	/** Embed only: which controls show under the map. */
	controls: Controls;
	/** Embed only: the map's height in CSS pixels; null for the responsive default. */
	height: number | null;
}

/** The state of a bare `/{lang}/{day}/` address: nothing but the content. */
export function defaultState(lang: Lang, day: string, embed = false): UrlState {
	return {
		lang,
		day,
		view: null,
		theme: null,
		event: null,
		types: null,
		earlier: true,
		static: false,
		embed,
		controls: 'full',
		height: null
	};
}

export type NoticeKind =
	| 'lang'
	| 'day'
	| 'view'
	| 'theme'
	| 'event'
	| 'types'
	| 'earlier'
	| 'static'
	| 'controls'
	| 'height'
	/** Path segments after the day: `/en/2022-01-06/foo/`. */
	| 'path'
	/** A query parameter the address does not use (or an embed-only one on the page). */
	| 'param'
	/** Earlier values of a repeated parameter: only the last counts. */
	| 'repeated';
export interface Notice {
	kind: NoticeKind;
	/** The ignored input, cut to a readable length; shown as text, never as HTML. */
	input: string;
}

const MAX_INPUT = 40;
/** Short enough to read in a notice; an empty value is shown as `""` so the notice is not blank. */
function clip(s: string): string {
	if (s === '') return '""';
	// By code points, so an emoji is never cut in half.
	const chars = [...s];
	return chars.length > MAX_INPUT ? `${chars.slice(0, MAX_INPUT).join('')}…` : s;
}

/** Parameters the state reads; embed-only ones are ignored (with a notice) on the page. */
const PAGE_PARAMS = ['view', 'theme', 'event', 'types', 'earlier', 'static'] as const;
const EMBED_PARAMS = ['controls', 'height'] as const;
/**
 * Parameters that links from newsletters and social sites carry: not meant for the map, so they
 * are dropped without a notice (a reader did not type them and cannot do anything about them).
 */
const TRACKING = /^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|_ga|ref|ocid)$/;

/** A path segment as the reader wrote it; a broken %-encoding stays as it is. */
function decodeSegment(segment: string): string {
	try {
		return decodeURIComponent(segment);
	} catch {
		return segment;
	}
}

/** The last value of a parameter that may be repeated (`?view=a&view=b` → b). */
function last(params: URLSearchParams, key: string): string | null {
	const all = params.getAll(key);
	return all.length ? all[all.length - 1]! : null;
}

function oneOf<T extends string>(list: readonly T[], value: string): value is T {
	return (list as readonly string[]).includes(value);
}

/**
 * Reads a state from a path and query. `eventDay` tells on which day an event id happens
 * (undefined: unknown id), so a stale or mistyped id is dropped rather than selected.
 */
export function parseUrl(
	pathname: string,
	search: URLSearchParams,
	eventDay: (id: string) => string | undefined
): { state: UrlState; notices: Notice[] } {
	const notices: Notice[] = [];
	const segments = pathname.split('/').filter(Boolean).map(decodeSegment);
	const embed = segments[1] === 'embed';
	const [rawLang = '', rawDay = '', ...rest] = embed
		? [segments[0], ...segments.slice(2)]
		: segments;
	let lang: Lang = DEFAULT_LANG;
	if (isLang(rawLang)) lang = rawLang;
	else if (rawLang) notices.push({ kind: 'lang', input: clip(rawLang) });

	let day = DEFAULT_DAY;
	if (rawDay) {
		if (isTimelineDay(rawDay)) day = rawDay;
		else {
			day = (isDay(rawDay) && nearestTimelineDay(rawDay)) || DEFAULT_DAY;
			notices.push({ kind: 'day', input: clip(rawDay) });
		}
	}

	if (rest.length > 0) notices.push({ kind: 'path', input: clip(rest.join('/')) });

	const state = defaultState(lang, day, embed);

	// Everything in the query that the state does not read is reported, never silently lost.
	const read: readonly string[] = embed ? [...PAGE_PARAMS, ...EMBED_PARAMS] : PAGE_PARAMS;
	for (const key of new Set(search.keys())) {
		const all = search.getAll(key);
		if (read.includes(key)) {
			const overridden = all.slice(0, -1).find((v) => v !== all.at(-1));
			if (overridden !== undefined)
				notices.push({ kind: 'repeated', input: clip(`${key}=${overridden}`) });
		} else if (!oneOf(PYM_PARAMS, key) && !TRACKING.test(key))
			notices.push({ kind: 'param', input: clip(all[0] ? `${key}=${all[0]}` : key) });
	}

	const view = last(search, 'view');
	if (view !== null) {
		if (oneOf(VIEWS, view)) state.view = view;
		else notices.push({ kind: 'view', input: clip(view) });
	}
	const theme = last(search, 'theme');
	if (theme !== null) {
		if (oneOf(THEMES, theme)) state.theme = theme;
		else notices.push({ kind: 'theme', input: clip(theme) });
	}
	const event = last(search, 'event');
	if (event !== null) {
		const on = eventDay(event);
		// Checked, not trusted: a lookup on a plain object would answer `constructor` too.
		if (!isTimelineDay(on)) notices.push({ kind: 'event', input: clip(event) });
		else {
			state.event = event;
			// A selected event belongs to a day: the URL's day yields, so the selection is visible.
			if (on !== state.day) state.day = on;
		}
	}
	const types = last(search, 'types');
	if (types !== null) {
		const list = types.split(',').filter(Boolean);
		const valid = list.filter((t): t is EventType => oneOf(EVENT_TYPES, t));
		if (valid.length !== list.length || valid.length === 0)
			notices.push({ kind: 'types', input: clip(types) });
		if (valid.length > 0) state.types = [...new Set(valid)].sort(byTaxonomy);
	}
	for (const key of ['earlier', 'static'] as const) {
		const flag = last(search, key);
		if (flag === null) continue;
		if (flag === '1' || flag === '0') state[key] = flag === '1';
		else notices.push({ kind: key, input: clip(flag) });
	}
	if (!embed) return { state, notices };
	const controls = last(search, 'controls');
	if (controls !== null) {
		if (oneOf(CONTROLS, controls)) state.controls = controls;
		else notices.push({ kind: 'controls', input: clip(controls) });
	}
	const height = last(search, 'height');
	if (height !== null) {
		const px = /^\d{1,5}$/.test(height) ? Number(height) : NaN;
		if (px >= HEIGHT_RANGE[0] && px <= HEIGHT_RANGE[1]) state.height = px;
		else notices.push({ kind: 'height', input: clip(height) });
	}
	return { state, notices };
}

function byTaxonomy(a: EventType, b: EventType): number {
	return EVENT_TYPES.indexOf(a) - EVENT_TYPES.indexOf(b);
}

/**
 * The canonical URL (path + query) of a state; only non-default parameters are written.
 * `keep` carries parameters that belong to the host, not the state (pym.js's).
 */
export function serializeUrl(state: UrlState, keep?: URLSearchParams): string {
	const q = new URLSearchParams();
	if (state.view) q.set('view', state.view);
	if (state.theme) q.set('theme', state.theme);
	if (state.event) q.set('event', state.event);
	if (state.types && state.types.length < EVENT_TYPES.length)
		q.set('types', [...state.types].sort(byTaxonomy).join(','));
	if (!state.earlier) q.set('earlier', '0');
	if (state.static) q.set('static', '1');
	if (state.embed && state.controls !== 'full') q.set('controls', state.controls);
	if (state.embed && state.height !== null) q.set('height', String(state.height));
	for (const key of PYM_PARAMS) {
		const value = keep?.get(key);
		if (value !== null && value !== undefined) q.set(key, value);
	}
	const query = q.toString().replaceAll('%2C', ',');
	const path = (state.embed ? embedPath : dayPath)(state.lang, state.day);
	return `${path}${query ? `?${query}` : ''}`;
}

/**
 * A part of an address (path or hash) as it is, or, when its %-encoding does not decode, with
 * every `%` escaped so that it reads literally (`%E0%A4%A` → `%25E0%25A4%25A`).
 */
export function literalIfBroken(part: string): string {
	// The decoded value is kept and compared: a call whose result is unused may be dropped by the
	// minifier as free of side effects, and the throw is the side effect that matters here.
	let decoded: string | null = null;
	try {
		decoded = decodeURIComponent(part);
	} catch {
		decoded = null;
	}
	return decoded === null ? part.replaceAll('%', '%25') : part;
}
