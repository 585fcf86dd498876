/**
 * An optional richer basemap (README: "A richer basemap"). When the build sets
 * PUBLIC_BASEMAP_STYLE to a MapLibre style URL, its sources and layers go under the record's
 * layers. If it cannot be loaded in time, or is no style, the built-in basemap stays: it is the
 * default and the fallback.
 */
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';

const BASEMAP_STYLE_URL: string = import.meta.env.PUBLIC_BASEMAP_STYLE ?? '';

/** Layers of the built-in basemap that a plugged-in basemap replaces. */
const REPLACED = new Set(['water', 'countries-fill']);

function isStyle(value: unknown): value is StyleSpecification {
	const s = value as StyleSpecification;
	return !!s && s.version === 8 && typeof s.sources === 'object' && Array.isArray(s.layers);
}

/**
 * The plugged-in style, or null when none is configured or it fails to load within `timeoutMs`
 * (the whole load: answer and body). A timer of our own rather than AbortSignal.timeout, so the
 * tests can drive it with fake timers.
 */
export async function loadBaseStyle(
	url = BASEMAP_STYLE_URL,
	timeoutMs = 6000
): Promise<StyleSpecification | null> {
	if (!url) return null;
	const abort = new AbortController();
	const timer = setTimeout(
		() => abort.abort(new Error(`no answer within ${timeoutMs / 1000} s`)),
		timeoutMs
	);
	try {
		const res = await fetch(url, { signal: abort.signal });
		if (!res.ok) throw new Error(`HTTP ${res.status}`);
		const style: unknown = await res.json();
		if (!isStyle(style)) throw new Error('not a MapLibre style (version 8)');
		return style;
	} catch (e) {
		const reason = abort.signal.aborted ? (abort.signal.reason as Error) : (e as Error);
		console.warn(`basemap: ${url} could not be used (${reason.message}); using the built-in one`);
		return null;
	} finally {
		clearTimeout(timer);
	}
}

/**
 * The record's style on top of a plugged-in basemap. Its glyph server is dropped so that every
 * label is still drawn locally with the self-hosted font; ids are prefixed to avoid clashes.
 */
export function withBase(
	ours: StyleSpecification,
	base: StyleSpecification | null
): StyleSpecification {
	if (!base) return ours;
	const prefix = (id: string) => `base-${id}`;
	const baseLayers = base.layers.map(
		(l) =>
			({
				...l,
				id: prefix(l.id),
				...('source' in l && l.source ? { source: prefix(l.source as string) } : {})
			}) as LayerSpecification
	);
	const baseSources = Object.fromEntries(
		Object.entries(base.sources).map(([id, s]) => [prefix(id), s])
	);
	return {
		...ours,
		...(base.sprite ? { sprite: base.sprite } : {}),
		sources: { ...baseSources, ...ours.sources },
		layers: [...baseLayers, ...ours.layers.filter((l) => !REPLACED.has(l.id))]
	};
}
