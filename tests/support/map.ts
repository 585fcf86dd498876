/** Helpers for browser tests of the map: readiness, rendered features, pixels. */
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** Waits on the public readiness signal, never on a timer. */
export async function ready(page: Page) {
	await expect(page.locator('html')).toHaveAttribute('data-map-state', 'ready', {
		timeout: 30_000
	});
}

/** Properties of the features MapLibre rendered in a layer (in the current viewport). */
export function rendered(page: Page, layer: string, key: string): Promise<string[]> {
	return page.evaluate(
		([layer, key]) => {
			const map = window.qantar!.map!;
			const values = map
				.queryRenderedFeatures({ layers: [layer!] })
				.map((f) => String(f.properties[key!]));
			return [...new Set(values)].sort();
		},
		[layer, key]
	);
}

/** The colour the map shows at a geographic point, as `#rrggbb`. */
export function colourAt(page: Page, lngLat: [number, number]): Promise<string> {
	return page.evaluate((ll) => {
		const map = window.qantar!.map!;
		const p = map.project(ll);
		const gl = map.getCanvas();
		const ratio = gl.width / gl.clientWidth;
		const c = document.createElement('canvas');
		c.width = c.height = 1;
		const ctx = c.getContext('2d')!;
		ctx.drawImage(gl, Math.round(p.x * ratio), Math.round(p.y * ratio), 1, 1, 0, 0, 1, 1);
		const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
		return '#' + [r, g, b].map((v) => v!.toString(16).padStart(2, '0')).join('');
	}, lngLat);
}
