import { describe, expect, it } from 'vitest';
import { embedSnippet, embedUrl } from './snippet';

const base = {
	origin: 'https://qantar.example',
	lang: 'de' as const,
	day: '2022-01-07',
	view: null,
	theme: null,
	controls: 'full' as const
};

describe('embed snippet', () => {
	it('points at the embed route with only the chosen parameters', () => {
		expect(embedUrl(base)).toBe('https://qantar.example/de/embed/2022-01-07/');
		expect(embedUrl({ ...base, view: 'almaty', theme: 'dark', controls: 'slider' })).toBe(
			'https://qantar.example/de/embed/2022-01-07/?view=almaty&theme=dark&controls=slider'
		);
	});

	it('is an iframe with a title, lazy loading and the resize script', () => {
		const code = embedSnippet({ ...base, view: 'region' });
		expect(code).toContain('<iframe src="https://qantar.example/de/embed/2022-01-07/?view=region"');
		expect(code).toContain('title="Karte: die Unruhen in Kasachstan am 7. Januar 2022 (Qantar)"');
		expect(code).toContain('loading="lazy"');
		expect(code).toContain('data-qantar');
		expect(code).toContain('<script src="https://qantar.example/embed.js" async></script>');
	});

	it('escapes what it writes into attributes', () => {
		const code = embedSnippet({ ...base, origin: 'https://x.example/"><script>' });
		expect(code).not.toContain('"><script>');
	});
});
