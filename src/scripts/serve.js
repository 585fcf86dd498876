// A static file server that behaves like a plain static host: files from a folder, `index.html`
// for folders, the fallback page `404.html` (status 404) for anything else, and byte ranges
// (a PMTiles archive is read in ranges). No dependencies.
// Usage: node src/scripts/serve.js [dir=build] [port=4173] [--csp]; or import serveStatic().
// With --csp (or { csp: true }) every response carries the site's Content-Security-Policy as a
// header, as a host with per-path headers would send it: a page gets the policy of its own meta tag
// (with its script hashes), anything else (notably MapLibre's worker) the base policy.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cspDirectives, pagePolicy, policy } from '../csp.js';

/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.geojson': 'application/geo+json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.webp': 'image/webp',
	'.jpg': 'image/jpeg',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.txt': 'text/plain; charset=utf-8',
	'.ico': 'image/x-icon',
	'.pmtiles': 'application/vnd.pmtiles'
};

/**
 * @param {string} root
 * @param {string} pathname
 */
function fileFor(root, pathname) {
	const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
	let path = join(root, safe);
	if (!path.startsWith(root)) return null;
	if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
	return existsSync(path) && statSync(path).isFile() ? path : null;
}

/**
 * The one byte range a `Range` header asks for (`bytes=a-b`, `bytes=a-`, `bytes=-n`), clamped to
 * the file; null for no header or one this server does not handle (several ranges, other units),
 * which then gets the whole file, as RFC 9110 allows.
 * @param {string | undefined} header
 * @param {number} size
 * @returns {{ start: number, end: number } | 'unsatisfiable' | null}
 */
export function byteRange(header, size) {
	const m = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? '');
	if (!m || (m[1] === '' && m[2] === '')) return null;
	if (m[1] === '') {
		const n = Number(m[2]);
		return n === 0 ? 'unsatisfiable' : { start: Math.max(0, size - n), end: size - 1 };
	}
	const start = Number(m[1]);
	const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
	if (start >= size || end < start) return 'unsatisfiable';
	return { start, end };
}

/**
 * Serves `root` on `port` (0: any free port); resolves with the server once it listens.
 * @param {string} root
 * @param {number} port
 * @param {{ csp?: boolean }} [options] csp: send the site's policy as a header
 * @returns {Promise<import('node:http').Server>}
 */
export function serveStatic(root, port, { csp = false } = {}) {
	const basePolicy = policy(cspDirectives(process.env));
	const server = createServer((req, res) => {
		let pathname = '/';
		try {
			pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
		} catch {
			pathname = '/';
		}
		let file = null;
		try {
			file = fileFor(root, pathname);
		} catch {
			file = null;
		}
		const status = file ? 200 : 404;
		file ??= join(root, '404.html');
		/** @type {Record<string, string>} */
		const headers = {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			// As README's "Deployment" asks of a host: the build's hashed files never change, so a
			// browser keeps them (and its compiled code) across pages; everything else is revalidated.
			'cache-control':
				status === 200 && pathname.startsWith('/_app/immutable/')
					? 'public, max-age=31536000, immutable'
					: 'no-cache'
		};
		if (csp && extname(file) === '.html') {
			const html = readFileSync(file, 'utf8');
			headers['content-security-policy'] = pagePolicy(html) ?? basePolicy;
			res.writeHead(status, headers);
			res.end(html);
			return;
		}
		if (csp) headers['content-security-policy'] = basePolicy;
		if (status === 200) {
			// As any CDN does: a PMTiles archive (README: "A richer basemap") is read in ranges.
			const size = statSync(file).size;
			headers['accept-ranges'] = 'bytes';
			const range = byteRange(req.headers.range, size);
			if (range === 'unsatisfiable') {
				res.writeHead(416, { ...headers, 'content-range': `bytes */${size}` });
				res.end();
				return;
			}
			if (range) {
				headers['content-range'] = `bytes ${range.start}-${range.end}/${size}`;
				headers['content-length'] = String(range.end - range.start + 1);
				res.writeHead(206, headers);
				createReadStream(file, range).pipe(res);
				return;
			}
		}
		res.writeHead(status, headers);
		createReadStream(file).pipe(res);
	});
	return new Promise((ok) => server.listen(port, () => ok(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const args = process.argv.slice(2).filter((a) => a !== '--csp');
	const csp = process.argv.includes('--csp');
	const root = resolve(args[0] ?? 'build');
	const port = Number(args[1] ?? 4173);
	serveStatic(root, port, { csp }).then(() =>
		console.log(`serving ${root} on http://localhost:${port}${csp ? ' with CSP headers' : ''}`)
	);
}
