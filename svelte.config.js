import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { loadEnv } from 'vite';
import { cspDirectives } from './src/csp.js';

// Copies of LANGS (src/lib/data/vocabulary.ts) and DAYS (src/lib/data/days.ts): a config file is
// plain JavaScript and cannot import TypeScript. Change them together.
const LANGS = ['en', 'de'];
const DAYS = Array.from({ length: 18 }, (_, i) => `2022-01-${String(i + 2).padStart(2, '0')}`);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// 404.html: what a static host serves for unknown paths; the app then finds the nearest state.
		adapter: adapter({ fallback: '404.html', strict: true }),
		// A strict policy in every page (src/csp.js); hashes, not nonces, for prerendered pages.
		// A configured basemap's origin is added (PUBLIC_ settings, read as Vite reads them).
		csp: {
			mode: 'hash',
			directives: cspDirectives(loadEnv(process.env.NODE_ENV ?? 'production', '.', 'PUBLIC_'))
		},
		prerender: {
			// Every language and day is a page of its own; listing them keeps the
			// build complete even if a link is ever dropped from the UI.
			entries: [
				'/',
				.../** @type {`/${string}`[]} */ (
					LANGS.flatMap((l) => [
						`/${l}/`,
						`/${l}/embed/`,
						`/${l}/demo/`,
						...DAYS.flatMap((d) => [`/${l}/${d}/`, `/${l}/embed/${d}/`])
					])
				)
			],
			handleMissingId: 'fail',
			handleHttpError: 'fail'
		}
	}
};

export default config;
