/**
 * Starting the map: everything between "the page has painted" and "a MapLibre map with its
 * controller". It loads the library, its worker, the icons and the optional base style only after
 * the page's text has painted, waits for the labels' font, builds the map with its controls and
 * handlers, and says what each failure means (failure.ts). QantarMap owns the result.
 */
import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { REGION_BBOX } from '#lib/data/region.ts';
import type { Theme, View } from '#lib/data/vocabulary.ts';
import { loadBaseStyle } from './base-style';
import { MapController, type MapStatus } from './controller';
import { hasWebGL, judgeMapError, type MapFailure, type MapNotice } from './failure';
import type { MapGlobals } from './globals';
import { PALETTES } from './palette';
import { frameView } from './views';

/**
 * What the map is built with. Read when it is built, after the loading: the owner passes getters,
 * so a theme or view that changed meanwhile (the system theme is known only on mount) is current.
 */
export interface MapSetup {
	readonly container: HTMLElement;
	readonly view: View;
	readonly theme: Theme;
	/** No interaction, no animation: for screenshots and print. */
	readonly staticMode: boolean;
	/** The zoom buttons: off where an embed asks for no controls at all (`controls=none`). */
	readonly zoomButtons: boolean;
	readonly globals: MapGlobals;
	/** The style, given the plugged-in base style (or null: the built-in basemap). */
	style(base: StyleSpecification | null): StyleSpecification;
}

export interface MapHooks {
	/** A reader clicked an incident symbol of the current day. */
	onpick(place: string): void;
	/** The pointer is over a marker (its place, where in the map) or left it (null). */
	onhover(at: { place: string; city: boolean; x: number; y: number } | null): void;
	onstatus(status: MapStatus): void;
	/** The map works with something missing. */
	onnotice(notice: MapNotice): void;
	/** The map cannot be shown: during the start or later (a failed worker, missing countries). */
	onfail(failure: MapFailure, detail: unknown): void;
	/** Whether to give up quietly: the owner went away, or the map failed meanwhile. */
	cancelled(): boolean;
}

export interface CreatedMap {
	map: MapLibreMap;
	controller: MapController;
	/** The plugged-in base style it was built with, for later style changes. */
	base: StyleSpecification | null;
}

/** The layers whose symbols a reader picks events with. */
const MARKER_LAYERS = ['city-markers', 'incidents'];

/** The labels' font, and letters of both languages that must be in it. */
const FONT = '400 16px "Noto Sans"';
const FONT_SAMPLE = 'Almaty Kasachstan Öskemen ÄÖÜßäöü';

/**
 * Resolves after the next frame has been painted. A hidden document paints no frames: it goes
 * on at once (a timer instead would, on a slow first paint, load MapLibre before the text).
 */
const afterPaint = () =>
	document.visibilityState === 'hidden'
		? Promise.resolve()
		: new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));

/**
 * Builds the map, or resolves with null when there is none: WebGL is missing or refused (the
 * failure is reported through `onfail`), or the start was cancelled. A rejection means the
 * library could not be started.
 */
export async function createMap(setup: MapSetup, hooks: MapHooks): Promise<CreatedMap | null> {
	/** A step of the start whose failure fails the map as `failure` (and still rejects). */
	function failingAs<T>(failure: MapFailure, work: Promise<T>): Promise<T> {
		return work.catch((e: unknown) => {
			hooks.onfail(failure, e);
			throw e;
		});
	}

	// Without WebGL there is no map to load: do not fetch MapLibre at all.
	if (!hasWebGL()) {
		hooks.onfail('webgl', 'this browser offers no WebGL');
		return null;
	}
	// The page's text paints first; only then does the browser fetch and compile MapLibre.
	await afterPaint();
	if (hooks.cancelled()) return null;
	const [maplibre, { default: workerUrl }, { drawIcons }, base] = await Promise.all([
		failingAs('library', import('maplibre-gl')),
		failingAs('library', import('maplibre-gl/dist/maplibre-gl-worker.mjs?url')),
		failingAs('library', import('./icons')),
		loadBaseStyle(),
		// The controls' look: the map works without it.
		import('maplibre-gl/dist/maplibre-gl.css').catch((e) => console.warn('map css:', e))
	]);
	// Labels are drawn with the page's own font: it must be loaded before the first label.
	// Without it the labels fall back to another font; the map still works.
	const faces = await document.fonts.load(FONT, FONT_SAMPLE).catch(() => []);
	if (faces.length === 0 || faces.some((f) => f.status !== 'loaded')) hooks.onnotice('font');
	if (hooks.cancelled()) return null;
	maplibre.setWorkerUrl(workerUrl);
	// Fixed for the page's life (a screenshot at scale 2 gets a crisp map, not an upscaled one).
	const pixelRatio = window.devicePixelRatio || 1;
	const { container, staticMode } = setup;
	let m: MapLibreMap;
	try {
		m = new maplibre.Map({
			container,
			style: setup.style(base),
			...frameView(setup.view, container.clientWidth, container.clientHeight),
			// The basemap ends at the region's edge: the camera stays inside it.
			maxBounds: REGION_BBOX,
			interactive: !staticMode,
			fadeDuration: 0,
			pixelRatio,
			attributionControl: { compact: true },
			dragRotate: false,
			pitchWithRotate: false,
			touchPitch: false,
			canvasContextAttributes: {
				preserveDrawingBuffer: staticMode || navigator.webdriver
			}
		});
	} catch (e) {
		// WebGL was there but refused a context (blocklisted GPU, lost context, …).
		hooks.onfail('webgl', e);
		return null;
	}
	try {
		m.touchZoomRotate.disableRotation();
		m.keyboard.disableRotation();
		m.addControl(new maplibre.ScaleControl({ unit: 'metric' }), 'bottom-left');
		// Top right beside the view switch; on a narrow map, where the switch takes the top, over
		// the credits at the bottom.
		if (!staticMode && setup.zoomButtons)
			m.addControl(
				new maplibre.NavigationControl({ showCompass: false }),
				container.clientWidth < 420 ? 'bottom-right' : 'top-right'
			);
		const icons = drawIcons(PALETTES[setup.theme], pixelRatio);
		m.setMissingStyleImageResolver((id) => {
			const image = icons.get(id);
			if (image && !m.hasImage(id)) m.addImage(id, image, { pixelRatio });
		});
		// A city's marker (region and country zoom) or a place's (city zoom).
		for (const layer of MARKER_LAYERS) {
			m.on('click', layer, (e) => {
				const place = e.features?.[0]?.properties?.place;
				if (typeof place === 'string') hooks.onpick(place);
			});
			m.on('mousemove', layer, (e) => {
				m.getCanvas().style.cursor = 'pointer';
				const place = e.features?.[0]?.properties?.place;
				if (typeof place === 'string')
					hooks.onhover({ place, city: layer === 'city-markers', x: e.point.x, y: e.point.y });
			});
			m.on('mouseleave', layer, () => {
				m.getCanvas().style.cursor = '';
				hooks.onhover(null);
			});
		}
		m.on('error', (e) => {
			const verdict = judgeMapError(e as Parameters<typeof judgeMapError>[0]);
			if (verdict && 'failure' in verdict) return hooks.onfail(verdict.failure, e.error);
			if (verdict) hooks.onnotice(verdict.notice);
			console.warn('map:', e.error?.message ?? e);
		});
		// On a narrow map the credits fold into their (i) button: open, they would run into the
		// scale bar. A click on the button shows them.
		if (container.clientWidth < 600)
			m.once('load', () =>
				container
					.querySelector('.maplibregl-ctrl-attrib')
					?.classList.remove('maplibregl-compact-show')
			);
		const controller = new MapController(m, setup.globals, hooks.onstatus);
		controller.start();
		return { map: m, controller, base };
	} catch (e) {
		// Not started after all: the owner never sees this map, so it goes here.
		m.remove();
		throw e;
	}
}
