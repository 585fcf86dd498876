import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// PUBLIC_BASEMAP_STYLE (optional) plugs in a richer basemap; see README.
	envPrefix: ['VITE_', 'PUBLIC_'],
	server: { fs: { allow: ['geo'] } },
	test: {
		include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
		environment: 'node',
		// Dates are calendar labels: a test run in another zone must give the same answers.
		env: { TZ: 'Pacific/Kiritimati' }
	}
});
