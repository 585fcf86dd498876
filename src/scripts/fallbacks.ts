/**
 * `npm run fallbacks`: renders one image per day and language (1200 × 675 JPEG) into
 * static/fallback/{lang}/{day}.jpg, for the no-JavaScript / no-WebGL fallback, the social cards
 * (og:image) and print. Run after `npm run build`; commit the images and manifest.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DAYS } from '#lib/data/days.ts';
import { LANGS } from '#lib/data/vocabulary.ts';
import { defaultState, serializeUrl } from '#lib/state/url.ts';
import { fallbackInputsHash } from './fallback-inputs';
import { shoot, type Shot } from './shoot';

const FALLBACK_SIZE = { width: 1200, height: 675 };
const OUT = resolve('static/fallback');

const shots: Shot[] = LANGS.flatMap((lang) =>
	DAYS.map((day) => ({
		url: serializeUrl({
			...defaultState(lang, day, true),
			theme: 'light',
			controls: 'none',
			height: 470,
			static: true
		}),
		viewport: FALLBACK_SIZE,
		scale: 1,
		format: 'jpeg' as const,
		quality: 78,
		file: join(OUT, lang, `${day}.jpg`)
	}))
);

await shoot(resolve('build'), shots, (done, shot, bytes) => {
	mkdirSync(dirname(shot.file), { recursive: true });
	writeFileSync(shot.file, bytes);
	console.log(`[${done}/${shots.length}] ${shot.file} (${Math.round(bytes.length / 1024)} KB)`);
});
writeFileSync(
	join(OUT, 'manifest.json'),
	JSON.stringify(
		{ inputs: fallbackInputsHash(), size: FALLBACK_SIZE, count: shots.length },
		null,
		1
	) + '\n'
);
console.log(`fallbacks: ${shots.length} images, manifest written`);
