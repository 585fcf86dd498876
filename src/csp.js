// The site's Content-Security-Policy (README: "Content-Security-Policy"). SvelteKit writes it into
// every page as a <meta http-equiv> tag with the hashes of the page's inline scripts (mode 'hash':
// the pages are prerendered, so there is no server to hand out nonces). src/scripts/serve.js can
// send the same policy as a header, the way a static host with per-path headers would.

/**
 * Everything comes from the site itself. Scripts: own files plus the hashes SvelteKit adds for its
 * inline start-up script, never eval or inline code. Styles allow 'unsafe-inline' on purpose: the
 * prerendered HTML carries style attributes (the timeline's tick positions, the embed's height)
 * that no hash can cover; a style cannot run code. MapLibre draws icons and tiles from data: and
 * blob: images; its worker is a file of the site (setWorkerUrl), so workers need nothing else.
 * @type {NonNullable<NonNullable<import('@sveltejs/kit').KitConfig['csp']>['directives']>}
 */
export const CSP_DIRECTIVES = {
	'default-src': ['self'],
	'script-src': ['self'],
	'style-src': ['self', 'unsafe-inline'],
	'img-src': ['self', 'data:', 'blob:'],
	'font-src': ['self'],
	'connect-src': ['self'],
	'worker-src': ['self'],
	'frame-src': ['self'],
	'object-src': ['none'],
	'base-uri': ['self'],
	'form-action': ['self']
};

/** Build settings naming a basemap the browser may fetch from another origin (README). */
const BASEMAP_SETTINGS = ['PUBLIC_BASEMAP_STYLE'];

/**
 * The origins a configured basemap is fetched from: an https URL's origin (http only for
 * localhost, for development); nothing for a path on the site itself. A value that is neither is
 * a mistake worth stopping the build for, named, rather than a map silently refused by the policy.
 * @param {Record<string, string | undefined>} env
 * @returns {string[]}
 */
export function basemapOrigins(env) {
	const origins = new Set();
	for (const name of BASEMAP_SETTINGS) {
		const value = env[name]?.trim();
		if (!value || value.startsWith('/')) continue;
		let url;
		try {
			url = new URL(value);
		} catch {
			throw new Error(`${name}: "${value}" is neither an https URL nor a path on the site`);
		}
		const local = url.protocol === 'http:' && ['localhost', '127.0.0.1'].includes(url.hostname);
		if (url.protocol !== 'https:' && !local)
			throw new Error(`${name}: "${value}" must be an https URL (readers' pages are https)`);
		origins.add(url.origin);
	}
	return [...origins];
}

/**
 * The policy for a build: the site's own, plus the origins of a configured basemap in
 * `connect-src` (MapLibre fetches styles, tiles and sprites, in the page and in its worker).
 * @param {Record<string, string | undefined>} env
 * @returns {typeof CSP_DIRECTIVES}
 */
export function cspDirectives(env) {
	// An origin is a host source (`https://host:port`), one of the sources kit's type allows.
	const extra = /** @type {NonNullable<typeof CSP_DIRECTIVES['connect-src']>} */ (
		basemapOrigins(env)
	);
	return { ...CSP_DIRECTIVES, 'connect-src': [...(CSP_DIRECTIVES['connect-src'] ?? []), ...extra] };
}

/** The meta tag SvelteKit writes into every page (its `content` holds the page's policy). */
const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

const KEYWORDS = new Set(['self', 'none', 'unsafe-inline', 'unsafe-eval', 'strict-dynamic']);

/**
 * A policy as a header value, written the way SvelteKit writes it.
 * @param {typeof CSP_DIRECTIVES} directives
 */
export function policy(directives) {
	return /** @type {[string, string[]][]} */ (Object.entries(directives))
		.map(([name, sources]) =>
			[name, ...sources.map((s) => (KEYWORDS.has(s) || /^sha\d{3}-/.test(s) ? `'${s}'` : s))].join(
				' '
			)
		)
		.join('; ');
}

/**
 * The policy of a page: what its meta tag says, or null when it has none.
 * @param {string} html
 */
export function pagePolicy(html) {
	const content = CSP_META.exec(html)?.[1];
	if (content === undefined) return null;
	return content
		.replaceAll('&quot;', '"')
		.replaceAll('&#39;', "'")
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&amp;', '&');
}
