/**
 * The bench's baseline: a bare MapLibre page with the same basemap and the same points as the
 * app, and nothing else. A day change is one `setFilter`, the plain way to do it without an app.
 * Its figures are the floor the app's are compared to.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { VIEW_BOUNDS } from '#lib/map/views.ts';

const require = createRequire(import.meta.url);

const HTML = `<!doctype html>
<html lang="en" data-map-state="loading">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Baseline: bare MapLibre</title>
<link rel="stylesheet" href="./maplibre-gl.css">
<style>html, body { margin: 0; height: 100%; } #map { position: absolute; inset: 0; }</style>
</head>
<body>
<div id="map"></div>
<script type="module" src="./baseline.js"></script>
</body>
</html>
`;

/** The page script; `?day=N` the day index, `?points=file.json` the points (default points.json). */
const SCRIPT = `import { Map, setWorkerUrl } from './maplibre-gl.mjs';

const query = new URLSearchParams(location.search);
const day = Number(query.get('day') ?? 0);
const points = new URL(query.get('points') ?? 'points.json', location.href).href;
const root = document.documentElement;
setWorkerUrl(new URL('./maplibre-gl-worker.mjs', import.meta.url).href);

const map = new Map({
	container: 'map',
	bounds: ${JSON.stringify(VIEW_BOUNDS.region)},
	fadeDuration: 0,
	canvasContextAttributes: { preserveDrawingBuffer: navigator.webdriver },
	style: {
		version: 8,
		sources: {
			countries: { type: 'geojson', data: new URL('/basemap/countries.json', location.href).href },
			labels: { type: 'geojson', data: new URL('/basemap/labels.json', location.href).href },
			points: { type: 'geojson', data: points }
		},
		layers: [
			{ id: 'background', type: 'background', paint: { 'background-color': '#dbe7ee' } },
			{ id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': '#f3f1ec' } },
			{ id: 'borders', type: 'line', source: 'countries', paint: { 'line-color': '#9a958c' } },
			{
				id: 'names',
				type: 'symbol',
				source: 'labels',
				layout: { 'text-field': ['get', 'name_en'], 'text-font': ['Noto Sans'], 'text-size': 12 }
			},
			{
				id: 'points',
				type: 'circle',
				source: 'points',
				filter: ['==', ['get', 'day'], day],
				paint: { 'circle-radius': 6, 'circle-color': '#d55e00' }
			}
		]
	}
});

function change(apply) {
	root.dataset.mapState = 'loading';
	const done = new Promise((ok) => map.once('idle', ok)).then(() => (root.dataset.mapState = 'ready'));
	apply();
	map.triggerRepaint();
	return done;
}

map.once('idle', () => (root.dataset.mapState = 'ready'));
window.baseline = {
	map,
	/** Shows another day; resolves with the ms until it is on screen. */
	async step(next) {
		const t0 = performance.now();
		await change(() => map.setFilter('points', ['==', ['get', 'day'], next]));
		return performance.now() - t0;
	},
	/** Replaces the points; resolves once drawn. */
	load(url, next) {
		return change(() => {
			map.getSource('points').setData(url);
			map.setFilter('points', ['==', ['get', 'day'], next]);
		});
	}
};
`;

/** Writes the baseline page, its own copy of MapLibre and `points.json` into `dir`. */
export function writeBaseline(dir: string, points: unknown): void {
	mkdirSync(dir, { recursive: true });
	const dist = join(require.resolve('maplibre-gl/dist/maplibre-gl.mjs'), '..');
	for (const f of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css'])
		copyFileSync(join(dist, f), join(dir, f));
	writeFileSync(join(dir, 'index.html'), HTML);
	writeFileSync(join(dir, 'baseline.js'), SCRIPT);
	writeFileSync(join(dir, 'points.json'), JSON.stringify(points));
}
