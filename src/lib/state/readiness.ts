/**
 * `window.qantar`: the page's public API for tests and hosts (README: "Readiness signal").
 * `setState` resolves once the map shows the new state, judged by the same signal as
 * `data-map-state`: it waits for the change it caused to reach "ready", never on a timer.
 */
import { tick } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { UrlState } from './url';

export type MapSignal = 'loading' | 'ready' | 'error';

interface QantarApi {
	getState(): UrlState;
	setState(partial: Partial<UrlState>): Promise<UrlState>;
	readonly map: MapLibreMap | null;
}

declare global {
	interface Window {
		qantar?: QantarApi;
	}
}

interface Wiring {
	getState(): UrlState;
	set(partial: Partial<UrlState>): Promise<void>;
	signal(): MapSignal;
	map(): MapLibreMap | null;
}

/** Resolves when `data-map-state` is no longer "loading" (ready, or error: nothing more will come). */
export function settled(): Promise<void> {
	const root = document.documentElement;
	if (root.dataset.mapState !== 'loading') return Promise.resolve();
	return new Promise((resolve) => {
		const observer = new MutationObserver(() => {
			if (root.dataset.mapState !== 'loading') {
				observer.disconnect();
				resolve();
			}
		});
		observer.observe(root, { attributes: true, attributeFilter: ['data-map-state'] });
	});
}

export function installQantarApi(w: Wiring): () => void {
	const api: QantarApi = {
		getState: w.getState,
		async setState(partial) {
			await w.set(partial);
			// Let the new state reach the map: its effects mark "loading" before this resolves.
			await tick();
			await settled();
			return w.getState();
		},
		get map() {
			return w.map();
		}
	};
	window.qantar = api;
	return () => {
		if (window.qantar === api) delete window.qantar;
	};
}
