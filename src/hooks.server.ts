import type { Handle } from '@sveltejs/kit';

/** Sets `<html lang>` from the URL, so every prerendered page declares its language. */
export const handle: Handle = ({ event, resolve }) => {
	const lang = event.url.pathname.startsWith('/de/') ? 'de' : 'en';
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
