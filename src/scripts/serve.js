// A static file server that behaves like a plain static host: files from a folder, `index.html`
// for folders, and the fallback page `404.html` (status 404) for anything else. No dependencies.
// Usage: node src/scripts/serve.js [dir=build] [port=4173] [--csp]; or import serveStatic().
// With --csp (or { csp: true }) every response carries the site's Content-Security-Policy as a
// header, as a host with per-path headers would send it: a page gets the policy of its own meta tag
// (with its script hashes), anything else (notably MapLibre's worker) the base policy.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CSP_DIRECTIVES, pagePolicy, policy } from '../csp.js';

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
	'.ico': 'image/x-icon'
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
 * Serves `root` on `port` (0: any free port); resolves with the server once it listens.
 * @param {string} root
 * @param {number} port
 * @param {{ csp?: boolean }} [options] csp: send the site's policy as a header
 * @returns {Promise<import('node:http').Server>}
 */
export function serveStatic(root, port, { csp = false } = {}) {
	const basePolicy = policy(CSP_DIRECTIVES);
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
