// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Notice } from '#lib/state/url.ts';

declare global {
	namespace App {
		/** History state (shallow routing): notices carried across a canonicalising navigation. */
		interface PageState {
			notices?: Notice[];
		}
	}
}

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- merges into Vite's ImportMetaEnv
interface ImportMetaEnv {
	/** Optional MapLibre style URL of a richer basemap (README: "A richer basemap"). */
	readonly PUBLIC_BASEMAP_STYLE?: string;
	/** Optional comma-separated host origins allowed to command embeds (README: "Embedding"). */
	readonly PUBLIC_EMBED_ORIGINS?: string;
	/** Optional public origin of the site, for absolute og:image URLs (README). */
	readonly PUBLIC_SITE_URL?: string;
}

export {};
