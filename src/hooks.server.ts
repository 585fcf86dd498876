import type { Handle } from '@sveltejs/kit';
import { DEFAULT_LANG, LANGS } from '#lib/data/vocabulary.ts';

/**
 * The two font files every page draws its text with (Noto Sans, Latin, 400 and 600). Preloading
 * them lets the first paint use them, so text does not reflow when they arrive; the other
 * subsets (Cyrillic, Latin Extended …) load only if a page shows such letters.
 */
const FIRST_PAINT_FONT = /noto-sans-latin-(400|600)-normal\.[\w-]+\.woff2$/;

/** Sets `<html lang>` from the URL, so every prerendered page declares its language. */
export const handle: Handle = ({ event, resolve }) => {
	const lang = LANGS.find((l) => event.url.pathname.startsWith(`/${l}/`)) ?? DEFAULT_LANG;
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', lang),
		preload: ({ type, path }) => (type === 'font' ? FIRST_PAINT_FONT.test(path) : type !== 'asset')
	});
};
