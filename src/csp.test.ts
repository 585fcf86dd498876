import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, basemapOrigins, cspDirectives, policy } from './csp.js';

// A richer basemap on a newsroom's tile host must be allowed by the site's own policy, or the
// browser refuses it and readers get the built-in map without anyone noticing.
describe('the policy of a build with a plugged-in basemap', () => {
	it('is the site-only policy when nothing is configured or the basemap is on the site', () => {
		expect(cspDirectives({})).toEqual(CSP_DIRECTIVES);
		expect(cspDirectives({ PUBLIC_BASEMAP_STYLE: '/maps/style.json' })).toEqual(CSP_DIRECTIVES);
		expect(policy(cspDirectives({}))).toContain("connect-src 'self';");
	});

	it("lets the page and MapLibre's worker fetch from the style's origin, and nothing else", () => {
		const d = cspDirectives({ PUBLIC_BASEMAP_STYLE: 'https://tiles.example.org/v4/style.json' });
		expect(d['connect-src']).toEqual(['self', 'https://tiles.example.org']);
		expect(d['script-src']).toEqual(['self']);
		expect(d['img-src']).toEqual(CSP_DIRECTIVES['img-src']);
	});

	it('allows plain http only for a basemap served on this machine', () => {
		expect(basemapOrigins({ PUBLIC_BASEMAP_STYLE: 'http://localhost:8080/style.json' })).toEqual([
			'http://localhost:8080'
		]);
		expect(() =>
			basemapOrigins({ PUBLIC_BASEMAP_STYLE: 'http://tiles.example.org/s.json' })
		).toThrow(/PUBLIC_BASEMAP_STYLE: "http:\/\/tiles.example.org\/s.json" must be an https URL/);
	});

	it('stops the build, naming the setting, for a value that is no URL', () => {
		expect(() => basemapOrigins({ PUBLIC_BASEMAP_STYLE: 'tiles.example.org/style.json' })).toThrow(
			/^PUBLIC_BASEMAP_STYLE: "tiles.example.org\/style.json" is neither an https URL nor a path/
		);
	});
});
