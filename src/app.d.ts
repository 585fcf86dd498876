// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
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
