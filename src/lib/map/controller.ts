/**
 * Applies state changes to a MapLibre map and reports when the result is on screen. Every change
 * registers its `idle` listener before it touches the map (so the idle that follows belongs to it),
 * then forces a frame, so that a change that alters no pixel still ends in `idle`.
 */
import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import type { View } from '#lib/data/vocabulary.ts';
import type { MapGlobals } from './globals';
import { VIEW_BOUNDS } from './views';

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
		this.change(() => {
			this.map.fitBounds(VIEW_BOUNDS[view], {
				padding: viewPadding(this.map.getContainer()),
				duration: animate ? 700 : 0,
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

/** Room around a view's bounds so symbols and labels at the edges are not cut. */
export function viewPadding(container: HTMLElement): number {
	const size = Math.min(container.clientWidth, container.clientHeight);
	return Math.max(8, Math.min(40, Math.round(size * 0.06)));
}
