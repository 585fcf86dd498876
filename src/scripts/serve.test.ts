import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byteRange, serveStatic } from './serve.js';

// A static host answers range requests: a PMTiles archive is read that way, never whole.
describe('the static server answers byte ranges', () => {
	const root = mkdtempSync(join(tmpdir(), 'qantar-serve-'));
	const bytes = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 251));
	let server: Server;
	let origin = '';

	beforeAll(async () => {
		writeFileSync(join(root, 'archive.pmtiles'), bytes);
		writeFileSync(join(root, '404.html'), '<p>not here</p>');
		server = await serveStatic(root, 0);
		origin = `http://localhost:${(server.address() as AddressInfo).port}`;
	});
	afterAll(() => {
		server.close();
		rmSync(root, { recursive: true });
	});

	const get = (range?: string) =>
		fetch(`${origin}/archive.pmtiles`, range ? { headers: { range } } : {});

	it('gives the asked-for bytes, and says which', async () => {
		const res = await get('bytes=127-286');
		expect(res.status).toBe(206);
		expect(res.headers.get('content-range')).toBe('bytes 127-286/1000');
		expect(Buffer.from(await res.arrayBuffer()).equals(bytes.subarray(127, 287))).toBe(true);
	});

	it('gives the tail of the file for an open or a suffix range', async () => {
		const open = await get('bytes=990-');
		expect(Buffer.from(await open.arrayBuffer()).equals(bytes.subarray(990))).toBe(true);
		const suffix = await get('bytes=-16');
		expect(suffix.headers.get('content-range')).toBe('bytes 984-999/1000');
		expect(Buffer.from(await suffix.arrayBuffer()).equals(bytes.subarray(984))).toBe(true);
	});

	it('refuses a range past the end with 416 and the size', async () => {
		const res = await get('bytes=1000-1100');
		expect(res.status).toBe(416);
		expect(res.headers.get('content-range')).toBe('bytes */1000');
	});

	it('gives the whole file, and says ranges work, without a Range header', async () => {
		const res = await get();
		expect(res.status).toBe(200);
		expect(res.headers.get('accept-ranges')).toBe('bytes');
		expect((await res.arrayBuffer()).byteLength).toBe(1000);
	});

	it('does not range the fallback page of a missing file', async () => {
		const res = await fetch(`${origin}/missing.pmtiles`, { headers: { range: 'bytes=0-3' } });
		expect(res.status).toBe(404);
		expect(await res.text()).toContain('not here');
	});
});

describe('byteRange', () => {
	it('clamps an end past the file, and ignores what it does not handle', () => {
		expect(byteRange('bytes=10-5000', 100)).toEqual({ start: 10, end: 99 });
		expect(byteRange('bytes=0-1,5-9', 100)).toBeNull();
		expect(byteRange('items=0-1', 100)).toBeNull();
		expect(byteRange('bytes=-', 100)).toBeNull();
		expect(byteRange('bytes=9-3', 100)).toBe('unsatisfiable');
	});
});
