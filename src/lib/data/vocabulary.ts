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
