// A static file server that behaves like a plain static host: files from a folder, `index.html`
// for folders, and the fallback page `404.html` (status 404) for anything else. No dependencies.
// Usage: node src/scripts/serve.js [dir=build] [port=4173]; or import serveStatic().
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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
 * @returns {Promise<import('node:http').Server>}
 */
export function serveStatic(root, port) {
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
		res.writeHead(status, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'cache-control': 'no-cache'
		});
		createReadStream(file).pipe(res);
	});
	return new Promise((ok) => server.listen(port, () => ok(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const root = resolve(process.argv[2] ?? 'build');
	const port = Number(process.argv[3] ?? 4173);
	serveStatic(root, port).then(() => console.log(`serving ${root} on http://localhost:${port}`));
}
