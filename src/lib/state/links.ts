/**
 * Every address the site links to or names is built here (README, "URL scheme"), so no component
 * writes `/${lang}/…` by hand. A map state with its query is `serializeUrl` (url.ts), which builds
 * its path with `dayPath` and `embedPath`.
 */
import type { Lang } from '#lib/data/vocabulary.ts';
import type { Theme } from '#lib/data/vocabulary.ts';

/** A language's home: `/{lang}/`, which shows the default day. */
export function langPath(lang: Lang): string {
	return `/${lang}/`;
}

/** A day's page: `/{lang}/{day}/`. */
export function dayPath(lang: Lang, day: string): string {
	return `/${lang}/${day}/`;
}

/** A day's embed, the page for iframes in other sites: `/{lang}/embed/{day}/`. */
export function embedPath(lang: Lang, day: string): string {
	return `/${lang}/embed/${day}/`;
}

/**
 * The picture of a day's map (made by `npm run fallbacks`): what readers without JavaScript or
 * WebGL, printers and social cards see. Prefix the site's origin for an absolute address.
 */
export function fallbackImagePath(lang: Lang, day: string): string {
	return `/fallback/${lang}/${day}.jpg`;
}

/** The two shapes of the map in the layouts: a desktop's wide map and a phone's near-square one. */
export type MapShape = 'wide' | 'tall';

/**
 * The picture of the map alone (made by `npm run fallbacks`) at the map's size in one of its
 * shapes: what stands in the map's place without JavaScript or WebGL.
 */
export function mapImagePath(lang: Lang, day: string, shape: MapShape): string {
	return `/fallback/${lang}/${day}-map-${shape}.jpg`;
}

/**
 * The address of the methodology page, carrying the reader's theme when the address fixed one
 * (so a reader of the dark map reads the method dark too) and, optionally, a section to open at.
 */
export function methodologyHref(
	lang: Lang,
	{ theme = null, section }: { theme?: Theme | null; section?: string } = {}
): string {
	return `/${lang}/methodology/${theme ? `?theme=${theme}` : ''}${section ? `#${section}` : ''}`;
}
