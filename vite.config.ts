import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// PUBLIC_BASEMAP_STYLE (optional) plugs in a richer basemap; see README.
	envPrefix: ['VITE_', 'PUBLIC_'],
	server: { fs: { allow: ['geo'] } },
	build: {
		rolldownOptions: {
			output: {
				// MapLibre in a chunk of its own, named so: it changes only with the library version,
				// so browsers and CDNs keep it cached across deployments of the app.
				codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }] }
			}
		}
	},
	test: {
		include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
		environment: 'node',
		// Dates are calendar labels: a test run in another zone must give the same answers.
		env: { TZ: 'Pacific/Kiritimati' }
	}
});
