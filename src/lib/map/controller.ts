/**
 * Applies state changes to a MapLibre map and reports when the result is on screen. Every change
 * registers its `idle` listener before it touches the map (so the idle that follows belongs to it),
 * then forces a frame, so that a change that alters no pixel still ends in `idle`.
 */
import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import type { View } from '#lib/data/vocabulary.ts';
import type { MapGlobals } from './globals';
import { frameView } from './views';

export type MapStatus = 'loading' | 'ready';

export class MapController {
	private generation = 0;
	private globals: MapGlobals;

	constructor(
		readonly map: MapLibreMap,
		initial: MapGlobals,
		private readonly onstatus: (s: MapStatus) => void
	) {
		this.globals = { ...initial };
	}

	/** Runs `change`, says "loading", and says "ready" once the newest change has rendered. */
	private change(apply: () => void) {
		const mine = ++this.generation;
		this.onstatus('loading');
		this.map.once('idle', () => {
			if (mine === this.generation) this.onstatus('ready');
		});
		apply();
		this.map.triggerRepaint();
	}

	/** Marks the first render: the map was created with everything already in its style. */
	start() {
		this.change(() => {});
	}

	setGlobals(next: MapGlobals) {
		const changed = (Object.keys(next) as (keyof MapGlobals)[]).filter(
			(k) => next[k] !== this.globals[k]
		);
		if (changed.length === 0) return;
		this.globals = { ...next };
		this.change(() => {
			for (const k of changed) this.map.setGlobalStateProperty(k, next[k]);
		});
	}

	/** Frames a view; animated only when asked (never in static mode or with reduced motion). */
	showView(view: View, animate: boolean) {
		const { clientWidth, clientHeight } = this.map.getContainer();
		const camera = frameView(view, clientWidth, clientHeight);
		this.change(() => {
			this.map.easeTo({ ...camera, duration: animate ? 700 : 0, essential: false });
		});
	}

	/**
	 * Moves the map the least it takes to show `at` clear of `cover` (the event card, in page
	 * coordinates) and of the map's edges; no move when it already is. The free part is the largest
	 * band of the map beside (left or right of) or above the card. The region's bounds may stop the
	 * move short: the card then sits on the side away from the place (MapStage).
	 */
	reveal(at: [number, number], cover: DOMRect | null, animate: boolean) {
		const box = this.map.getContainer().getBoundingClientRect();
		const p = this.map.project(at);
		let band = { x0: 0, x1: box.width, y0: 0, y1: box.height };
		// A card beside or under the map (a phone's) covers none of it.
		const overlaps =
			cover &&
			cover.width > 0 &&
			cover.left < box.right &&
			cover.right > box.left &&
			cover.top < box.bottom &&
			cover.bottom > box.top;
		if (cover && overlaps) {
			const [l, r, t] = [cover.left - box.left, cover.right - box.left, cover.top - box.top];
			const bands = [
				{ x0: 0, x1: l, y0: 0, y1: box.height },
				{ x0: r, x1: box.width, y0: 0, y1: box.height },
				{ x0: 0, x1: box.width, y0: 0, y1: t }
			];
			const area = (b: typeof band) => Math.max(0, b.x1 - b.x0) * Math.max(0, b.y1 - b.y0);
			band = bands.reduce((a, b) => (area(b) > area(a) ? b : a));
		}
		const m = REVEAL_MARGIN;
		const clear = (v: number, lo: number, hi: number) => v >= lo + m && v <= hi - m;
		const okX = clear(p.x, band.x0, band.x1);
		const okY = clear(p.y, band.y0, band.y1);
		if (okX && okY) return;
		// Into the middle of the band along an axis where the place is out of it, so its symbols
		// and its name both fit.
		const target = {
			x: okX ? p.x : (band.x0 + band.x1) / 2,
			y: okY ? p.y : (band.y0 + band.y1) / 2
		};
		this.change(() => {
			this.map.panBy([p.x - target.x, p.y - target.y], {
				duration: animate ? 400 : 0,
				essential: false
			});
		});
	}

	/** Swaps theme or language: MapLibre diffs the style and keeps the sources. */
	setStyle(style: StyleSpecification, images: Map<string, ImageData>, pixelRatio: number) {
		this.change(() => {
			this.map.setStyle(style, { diff: true });
			for (const [id, image] of images) {
				if (this.map.hasImage(id)) this.map.updateImage(id, image);
				else this.map.addImage(id, image, { pixelRatio });
			}
		});
	}
}

/** Room kept round a revealed place, in CSS pixels: its symbols, its label, the map's buttons. */
const REVEAL_MARGIN = 56;
