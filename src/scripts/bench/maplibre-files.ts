/**
 * Which built files are MapLibre's own (library chunk, worker, stylesheet), read from the Vite
 * manifest of the last build: the app bundles them under hashed names, and the vite config puts
 * the library in a chunk named "maplibre".
 */
import { readFileSync } from 'node:fs';

interface ManifestChunk {
	file: string;
	name?: string;
	css?: string[];
	assets?: string[];
}

export const MANIFEST = '.svelte-kit/output/client/.vite/manifest.json';

/** Site paths (`/_app/immutable/…`) of MapLibre's files in the build. */
export function mapLibrePaths(manifestPath = MANIFEST): Set<string> {
	const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
	const chunks = Object.values(manifest).filter((c) => c.name === 'maplibre');
	if (chunks.length === 0) throw new Error(`${manifestPath}: no chunk named "maplibre"`);
	return new Set(
		chunks.flatMap((c) => [c.file, ...(c.css ?? []), ...(c.assets ?? [])]).map((f) => `/${f}`)
	);
}
