/**
 * The schema of the event record in geo/ (documented in geo/README.md).
 * Shapes only: cross-references between files are checked in validate/.
 */
import { z } from './zod';
import { isDay } from './days';
import { EVENT_TYPES, METRICS, PRECISIONS, QUALIFIERS, TIERS, type Precision } from './vocabulary';

export * from './vocabulary';

const id = z
	.string()
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case kebab-case (a-z, 0-9, single hyphens)');
/**
 * What an HTML parser would read as markup: `<` opening a tag, end tag, comment or declaration
 * (`<b`, `</`, `<!`, `<?`), or a character reference (`&amp;`, `&#60;`). A lone `<` (“< 10”) or
 * `&` (“Business & Human Rights”) is plain text.
 */
const MARKUP = /<[a-z/!?]|&(#[0-9]+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;
/** Control characters and bidirectional overrides: invisible, and able to disguise a text. */
// eslint-disable-next-line no-control-regex -- finding them is the point
const INVISIBLE = /[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;

/**
 * A text of the record. Texts are plain text by contract (geo/README.md): the site shows them as
 * written and never interprets them, so markup in one is a mistake (or a payload) and is refused.
 */
const plainText = (missing = 'is missing') =>
	z
		.string({ error: (issue) => (issue.input === undefined ? missing : 'must be text') })
		.trim()
		.min(1, 'must not be empty')
		.superRefine((value, ctx) => {
			const markup = MARKUP.exec(value);
			if (markup)
				ctx.addIssue({
					code: 'custom',
					message: `looks like HTML ("${value.slice(markup.index, markup.index + 24)}"): texts are plain text, shown exactly as written; write the characters themselves, without tags or entities`
				});
			else if (INVISIBLE.test(value))
				ctx.addIssue({
					code: 'custom',
					message: 'contains a control or text-direction character; remove it'
				});
		});
const nonEmpty = plainText();
const DAY_FORMAT = 'must be a real calendar date written YYYY-MM-DD';
/** A calendar day label; checked as a real date without touching any time zone. */
const day = z.string({ error: DAY_FORMAT }).refine(isDay, DAY_FORMAT);
/**
 * The date a source itself carries: a day, only a month where it gives no day, or null when it
 * carries none (then `accessed` says when it was read). Never the day it was consulted.
 */
const MONTH_FORMAT =
	'must be the date the source itself carries: YYYY-MM-DD, YYYY-MM when it gives only the month, or null when it carries none (then give "accessed")';
const published = z
	.union([day, z.string().regex(/^(19|20)\d\d-(0[1-9]|1[0-2])$/)], { error: MONTH_FORMAT })
	.nullable();
const time = z
	.string()
	.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time written HH:MM (00:00–23:59)');
const text = z.object(
	{
		en: plainText('the English text is missing'),
		de: plainText('the German translation is missing')
	},
	'must be an object with English and German text'
);
const names = z.object(
	{
		en: plainText('the English name is missing'),
		de: plainText('the German name is missing'),
		ru: plainText('the Russian name is missing')
	},
	'must be an object with English, German and Russian names'
);
const ids = z.array(id).min(1, 'must name at least one id');
const iso2 = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code like KZ');

export const sourceSchema = z.strictObject({
	id,
	outlet: nonEmpty,
	title: nonEmpty,
	published,
	accessed: day.optional(),
	lang: z.string().regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code like de'),
	tier: z.enum(TIERS),
	via: nonEmpty.optional(),
	copyOf: nonEmpty.optional(),
	url: z.url({ protocol: /^https$/, error: 'must be an https URL' }).optional(),
	seed: z
		.string()
		.regex(/^\d{3}_[0-9a-f]+\.txt$/, 'must be a seed file name like 000_7ee6c7eaa27eda8c.txt')
		.optional(),
	note: text.optional()
});

const lon = z.number().min(-180, 'longitude must be ≥ -180').max(180, 'longitude must be ≤ 180');
const lat = z.number().min(-90, 'latitude must be ≥ -90').max(90, 'latitude must be ≤ 90');
const position = z.tuple([lon, lat], 'must be a [longitude, latitude] pair');
const ring = z.array(position).min(4, 'a polygon ring needs at least 4 positions');

export const placeFeatureSchema = z.strictObject({
	type: z.literal('Feature'),
	id,
	geometry: z.discriminatedUnion('type', [
		z.strictObject({ type: z.literal('Point'), coordinates: position }),
		z.strictObject({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) })
	]),
	properties: z.strictObject({
		name: names,
		kind: z.enum([
			'square',
			'government-building',
			'building',
			'airport',
			'airfield',
			'city',
			'region',
			'country'
		]),
		precision: z.enum(PRECISIONS),
		country: iso2,
		offMap: z.literal(true, 'must be true or absent').optional(),
		sources: ids,
		note: text.optional()
	})
});

export const placesSchema = z.strictObject({
	type: z.literal('FeatureCollection'),
	features: z.array(z.unknown())
});

export const eventSchema = z.strictObject({
	id,
	date: day,
	endDate: day.optional(),
	time: time.optional(),
	timePrecision: z.enum(['exact', 'approximate', 'part-of-day', 'day']),
	partOfDay: z.enum(['night', 'morning', 'afternoon', 'evening']).optional(),
	places: ids,
	type: z.enum(EVENT_TYPES),
	certainty: z.enum(['confirmed', 'reported', 'claimed', 'disputed']),
	title: text,
	summary: text,
	actors: z.array(nonEmpty).optional(),
	sources: ids,
	seedClaim: z.boolean().optional(),
	singleReport: text.optional(),
	note: text.optional()
});

const claim = {
	value: z.number().int('must be a whole number').nonnegative('must not be negative'),
	qualifier: z.enum(QUALIFIERS),
	asOf: day,
	claimant: text,
	sources: ids,
	note: text.optional()
};

export const figureSchema = z.strictObject({
	id,
	metric: z.enum(METRICS),
	...claim,
	scope: id,
	asOfPrecision: z.enum(['day', 'month']).optional(),
	label: text.optional(),
	status: z.enum(['reported', 'revised', 'retracted']),
	singleReport: text.optional()
});

/** geo/days.json: the day's written lead, authored and sourced like an event. */
export const dayLeadSchema = z.strictObject({
	date: day,
	headline: text,
	dek: text,
	sources: ids
});

export const memberSchema = z.strictObject({
	iso2,
	iso3: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code like KAZ'),
	isoNumeric: z.string().regex(/^\d{3}$/, 'must be a three-digit ISO 3166-1 numeric code'),
	name: names,
	capital: id,
	role: z.enum(['host', 'contributor']),
	contingent: z
		.strictObject({
			sizes: z.array(z.strictObject(claim)).min(1, 'must list at least one reported size'),
			units: text.optional(),
			arrived: day,
			departed: day,
			sources: ids,
			note: text.optional()
		})
		.optional()
});

export const routeSchema = z.strictObject({
	id,
	state: iso2,
	from: id,
	to: id,
	date: day,
	endDate: day.optional(),
	direction: z.enum(['deployment', 'withdrawal']),
	mode: z.enum(['air', 'road']),
	certainty: z.enum(['confirmed', 'reported', 'approximate']),
	note: text.optional(),
	sources: ids
});

export const allianceSchema = z.strictObject({
	members: z.array(z.unknown()),
	routes: z.array(z.unknown())
});

export type Text = z.infer<typeof text>;
type Names = z.infer<typeof names>;
export type Source = z.infer<typeof sourceSchema>;
export type PlaceFeature = z.infer<typeof placeFeatureSchema>;
export type Event = z.infer<typeof eventSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Member = z.infer<typeof memberSchema>;
export type Route = z.infer<typeof routeSchema>;
export type DayLead = z.infer<typeof dayLeadSchema>;

/** A place flattened for use: the point the map draws, whatever the geometry. */
export interface Place {
	id: string;
	name: Names;
	kind: PlaceFeature['properties']['kind'];
	precision: Precision;
	country: string;
	/** True for a place outside the map region (a capital abroad): its events are listed, not drawn. */
	offMap?: true;
	/** [longitude, latitude] of the point (a polygon's ring centre). */
	point: [number, number];
	geometry: PlaceFeature['geometry'];
	sources: string[];
	note?: Text;
}

/** The whole validated record: what every selector, page and map reads. */
export interface EventRecord {
	sources: Source[];
	places: Place[];
	events: Event[];
	figures: Figure[];
	members: Member[];
	routes: Route[];
	/** The written lead of every timeline day, in timeline order. */
	days: DayLead[];
}
