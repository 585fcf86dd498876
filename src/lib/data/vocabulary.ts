/**
 * The record's closed vocabularies. Kept free of zod so that the browser bundle, which needs the
 * lists but never validates the record, does not carry the schema library.
 */
export const EVENT_TYPES = [
	'protest',
	'clash',
	'attack',
	'security-operation',
	'arrest',
	'deployment',
	'withdrawal',
	'decision',
	'shutdown',
	'reaction'
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const PRECISIONS = ['building', 'site', 'city', 'region', 'country'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** A building or site is exact (drawn solid); a city-, region- or country-level point is not (hollow). */
export function isExact(precision: Precision): boolean {
	return precision === 'building' || precision === 'site';
}

export const METRICS = [
	'killed-total',
	'killed-security',
	'killed-protesters',
	'killed-civilians',
	'injured-total',
	'injured-security',
	'hospitalised',
	'detained',
	'troops-deployed',
	'criminal-cases'
] as const;
export type Metric = (typeof METRICS)[number];

export const QUALIFIERS = ['exact', 'about', 'more-than', 'at-least', 'nearly', 'up-to'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/**
 * Source tiers (geo/README.md, "Source tiers"): what kind of publisher a source is, which decides
 * what it may support on its own.
 */
export const TIERS = ['official', 'wire', 'outlet', 'aggregator', 'reference'] as const;
export type Tier = (typeof TIERS)[number];

/*
 * The map's closed vocabularies: what the URL (state/url.ts), the map and the embed protocol all
 * name. Here, on the floor, so that none of them imports another for a list of words.
 */
export const VIEWS = ['region', 'kazakhstan', 'almaty'] as const;
export type View = (typeof VIEWS)[number];
export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
/** Which controls an embed shows under the map. */
export const CONTROLS = ['full', 'slider', 'none'] as const;
export type Controls = (typeof CONTROLS)[number];
/** Map height hints an embed accepts, in CSS pixels. */
export const HEIGHT_RANGE = [200, 1600] as const;

/**
 * The site's languages, in the order pages offer them: the one list of them (svelte.config.js and
 * static/embed.js, which cannot import TypeScript, keep copies that say so). A record text carries
 * one string per language (and places a Russian name besides).
 */
export const LANGS = ['en', 'de'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
	return (LANGS as readonly unknown[]).includes(value);
}
/** The language `/` leads to, and the one an address in no known language is read in. */
export const DEFAULT_LANG: Lang = 'en';
