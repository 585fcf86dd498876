/**
 * `npm run fallbacks`: renders, per day and language, into static/fallback/{lang}/:
 * - {day}.jpg, 1200 × 675: the embed with its headline, for social cards (og:image) and print;
 * - {day}-map-wide.jpg and {day}-map-tall.jpg: the map alone, at the size of a desktop page's map
 *   and of a phone's, in the day's own view: what stands in the map's place without JavaScript
 *   or WebGL (MapStage picks the shape by the screen's width).
 * Run after `npm run build`; commit the images and manifest.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DAYS } from '#lib/data/days.ts';
import { LANGS } from '#lib/data/vocabulary.ts';
import { fallbackImagePath, mapImagePath, type MapShape } from '#lib/state/links.ts';
import { defaultState, serializeUrl } from '#lib/state/url.ts';
import { fallbackInputsHash } from './fallback-inputs';
import { shoot, type Shot } from './shoot';

const FALLBACK_SIZE = { width: 1200, height: 675 };
/** The maps of the layouts at 1440 × 900 and 375 × 812 (DayPage), as the embed draws them. */
const MAP_SIZES: Record<MapShape, { width: number; height: number }> = {
	wide: { width: 770, height: 480 },
	tall: { width: 343, height: 360 }
};
/** The embed's padding round its map, in CSS pixels. */
const EMBED_PADDING = 8;
const OUT = resolve('static/fallback');

const mapShots: Shot[] = LANGS.flatMap((lang) =>
	DAYS.flatMap((day) =>
		(Object.keys(MAP_SIZES) as MapShape[]).map((shape) => ({
			url: serializeUrl({
				...defaultState(lang, day, true),
				theme: 'light',
				controls: 'none',
				height: MAP_SIZES[shape].height,
				static: true
			}),
			viewport: {
				width: MAP_SIZES[shape].width + 2 * EMBED_PADDING,
				height: MAP_SIZES[shape].height + 400
			},
			scale: 1,
			format: 'jpeg' as const,
			quality: 78,
			element: '.map-frame',
			file: join(OUT, mapImagePath(lang, day, shape).replace(/^\/fallback\//, ''))
		}))
	)
);

const cardShots: Shot[] = LANGS.flatMap((lang) =>
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
		file: join(OUT, fallbackImagePath(lang, day).replace(/^\/fallback\//, ''))
	}))
);
const shots = [...cardShots, ...mapShots];

await shoot(resolve('build'), shots, (done, shot, bytes) => {
	mkdirSync(dirname(shot.file), { recursive: true });
	writeFileSync(shot.file, bytes);
	console.log(`[${done}/${shots.length}] ${shot.file} (${Math.round(bytes.length / 1024)} KB)`);
});
writeFileSync(
	join(OUT, 'manifest.json'),
	JSON.stringify(
		{
			inputs: fallbackInputsHash(),
			size: FALLBACK_SIZE,
			maps: MAP_SIZES,
			count: shots.length
		},
		null,
		1
	) + '\n'
);
console.log(`fallbacks: ${shots.length} images, manifest written`);
