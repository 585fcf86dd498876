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
