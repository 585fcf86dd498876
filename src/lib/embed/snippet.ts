/**
 * The embed code the "Embed" dialog offers: an iframe for a state, and the resize script.
 * Pure, so that the dialog, the README and the tests agree on it.
 */
import type { Controls, Lang, Theme, View } from '#lib/data/vocabulary.ts';
import { snippetTitle } from '#lib/i18n/summaries.ts';
import { defaultState, serializeUrl } from '#lib/state/url.ts';

export interface SnippetOptions {
	origin: string;
	lang: Lang;
	day: string;
	view: View | null;
	theme: Theme | null;
	controls: Controls;
}

/** A first height, close to what the embed reports, so the article does not jump much. */
const INITIAL_HEIGHT: Record<Controls, number> = { full: 860, slider: 720, none: 600 };

function escapeAttribute(value: string): string {
	return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

/** The embed's address for the options; with an empty origin, a path on this site. */
export function embedUrl(o: SnippetOptions): string {
	const state = {
		...defaultState(o.lang, o.day, true),
		view: o.view,
		theme: o.theme,
		controls: o.controls
	};
	return `${o.origin}${serializeUrl(state)}`;
}

export function embedSnippet(o: SnippetOptions): string {
	const src = escapeAttribute(embedUrl(o));
	const title = escapeAttribute(snippetTitle(o.day, o.lang));
	return [
		`<iframe src="${src}" title="${title}" loading="lazy" data-qantar`,
		`  style="width:100%;height:${INITIAL_HEIGHT[o.controls]}px;border:0"></iframe>`,
		`<script src="${escapeAttribute(o.origin)}/embed.js" async></script>`
	].join('\n');
}
