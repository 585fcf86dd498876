/**
 * What a page transfers until it is ready, counted as a server that compresses text would send
 * it: every response body gzipped at level 9 (fonts and images, already compressed, count as
 * they are, since gzip does not shrink them). Counting in Node rather than trusting the test
 * server's headers keeps the figure the same on every host and every run.
 */
import type { Page, Response } from '@playwright/test';
import { gzipSync } from 'node:zlib';

export const KINDS = ['html', 'js', 'css', 'fonts', 'data', 'images', 'other'] as const;
export type Kind = (typeof KINDS)[number];

export interface Transfer {
	path: string;
	kind: Kind;
	/** Bytes of the body as stored. */
	raw: number;
	/** Bytes on the wire: gzip level 9 for text, as stored for fonts and images. */
	wire: number;
}

const COMPRESSED = new Set<Kind>(['fonts', 'images']);

export function kindOf(path: string, contentType = ''): Kind {
	const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
	if (contentType.includes('text/html') || ext === 'html' || path.endsWith('/')) return 'html';
	if (['js', 'mjs'].includes(ext) || contentType.includes('javascript')) return 'js';
	if (ext === 'css' || contentType.includes('text/css')) return 'css';
	if (['woff2', 'woff', 'ttf', 'otf'].includes(ext) || contentType.startsWith('font/'))
		return 'fonts';
	if (['json', 'geojson', 'pbf'].includes(ext) || contentType.includes('json')) return 'data';
	if (['png', 'jpg', 'jpeg', 'webp', 'svg', 'avif', 'gif', 'ico'].includes(ext)) return 'images';
	return 'other';
}

export function wireBytes(body: Buffer, kind: Kind): number {
	return COMPRESSED.has(kind) ? body.length : gzipSync(body, { level: 9 }).length;
}

/** Starts counting the page's responses; `done()` waits for pending bodies and returns them. */
export function recordTransfers(page: Page): { done: () => Promise<Transfer[]> } {
	const pending: Promise<Transfer | null>[] = [];
	const onResponse = (response: Response) => {
		pending.push(
			(async () => {
				const url = new URL(response.url());
				if (url.protocol === 'data:' || url.protocol === 'blob:') return null;
				const body = await response.body().catch(() => null);
				if (!body) return null;
				const kind = kindOf(url.pathname, response.headers()['content-type']);
				return { path: url.pathname, kind, raw: body.length, wire: wireBytes(body, kind) };
			})()
		);
	};
	page.on('response', onResponse);
	return {
		async done() {
			page.off('response', onResponse);
			const all = await Promise.all(pending);
			return all.filter((t): t is Transfer => t !== null);
		}
	};
}

/** Wire bytes per kind, and the total. */
export function byKind(transfers: Transfer[]): Record<Kind | 'total', number> {
	const sums = Object.fromEntries([...KINDS, 'total'].map((k) => [k, 0])) as Record<
		Kind | 'total',
		number
	>;
	for (const t of transfers) {
		sums[t.kind] += t.wire;
		sums.total += t.wire;
	}
	return sums;
}

/**
 * MapLibre's own files in a transfer list: its library chunk, its worker and its stylesheet.
 * The app bundles them under hashed names, so they are told apart by content, not name.
 */
export const isMapLibre = (t: Transfer): boolean =>
	/maplibre-gl/.test(t.path) || (t.kind === 'js' && t.raw > 600_000);
