import type { ClientInit } from '@sveltejs/kit';
import { literalIfBroken } from '#lib/state/url.ts';

/**
 * A %-encoding that does not decode (`/en/%E0%A4%A/`, `#%zz`) would stop SvelteKit's router with
 * an uncaught URIError and leave a blank page. Before the router starts, such a part of the
 * address is made to read literally, so the fallback route can report it like any other input.
 */
export const init: ClientInit = () => {
	const { pathname, search, hash } = location;
	const path = literalIfBroken(pathname);
	const fragment = literalIfBroken(hash);
	if (path !== pathname || fragment !== hash)
		history.replaceState(history.state, '', path + search + fragment);
};
