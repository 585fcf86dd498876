/**
 * `npm run snapshot`: exports any map state as an image, from the built site (`npm run build`).
 *   npm run snapshot -- --day 2022-01-06 --view almaty --lang de --theme dark \
 *     --width 1200 --height 675 --scale 2 --out out/ [--route page|embed] [--format png|jpeg]
 *   npm run snapshot -- --all --out out/        every named state (src/testing/snapshot-states.ts)
 * Invalid arguments stop it with a message saying what is wrong.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DAYS, isTimelineDay } from '#lib/data/days.ts';
import { isLang } from '#lib/data/vocabulary.ts';
import { STATES, snapshotUrl, type SnapshotState } from '#testing/snapshot-states.ts';
import { THEMES, VIEWS, type Theme, type View } from '#lib/state/url.ts';
import { shoot, type Shot } from './shoot';

const RANGES = { width: [200, 3840], height: [200, 2160], scale: [1, 4] } as const;

function fail(message: string): never {
	console.error(`snapshot: ${message}`);
	process.exit(2);
}

function number(name: keyof typeof RANGES, value: string | undefined, fallback: number): number {
	if (value === undefined) return fallback;
	const n = Number(value);
	const [min, max] = RANGES[name];
	if (!Number.isFinite(n) || n < min || n > max)
		fail(`--${name} must be a number from ${min} to ${max}, not "${value}"`);
	return n;
}

function oneOf<T extends string>(name: string, list: readonly T[], value: string, hint = ''): T {
	if (!(list as readonly string[]).includes(value))
		fail(`--${name} must be one of ${list.join(', ')}${hint}, not "${value}"`);
	return value as T;
}

let args;
try {
	args = parseArgs({
		options: {
			day: { type: 'string', default: '2022-01-06' },
			view: { type: 'string', default: 'region' },
			lang: { type: 'string', default: 'en' },
			theme: { type: 'string', default: 'light' },
			route: { type: 'string', default: 'embed' },
			width: { type: 'string' },
			height: { type: 'string' },
			scale: { type: 'string' },
			format: { type: 'string', default: 'png' },
			out: { type: 'string', default: 'out' },
			all: { type: 'boolean', default: false }
		}
	}).values;
} catch (e) {
	fail((e as Error).message);
}

if (!isTimelineDay(args.day))
	fail(`--day must be a day of the timeline, ${DAYS[0]} … ${DAYS.at(-1)}, not "${args.day}"`);
if (!isLang(args.lang)) fail(`--lang must be en or de, not "${args.lang}"`);
const view = oneOf<View>('view', VIEWS, args.view!);
const theme = oneOf<Theme>('theme', THEMES, args.theme!);
const route = oneOf('route', ['page', 'embed'] as const, args.route!);
const format = oneOf('format', ['png', 'jpeg'] as const, args.format!);
const scale = number('scale', args.scale, 1);
const size = {
	width: number('width', args.width, 1200),
	height: number('height', args.height, 675)
};
const site = resolve('build');
try {
	statSync(join(site, 'index.html'));
} catch {
	fail('no built site in build/: run `npm run build` first');
}

const one: SnapshotState = {
	name: `${route}-${args.lang}-${args.day}-${view}-${theme}-${size.width}x${size.height}`,
	route,
	lang: args.lang,
	day: args.day!,
	view,
	theme,
	viewport: size
};
const states = args.all ? STATES : [one];
const shots: Shot[] = states.map((s) => ({
	url: snapshotUrl(s),
	viewport: args.all && !args.width ? s.viewport : size,
	scale,
	format,
	file: join(resolve(args.out!), `${s.name}.${format === 'jpeg' ? 'jpg' : 'png'}`)
}));

mkdirSync(resolve(args.out!), { recursive: true });
await shoot(site, shots, (done, shot, bytes) => {
	writeFileSync(shot.file, bytes);
	console.log(`[${done}/${shots.length}] ${shot.file} (${Math.round(bytes.length / 1024)} KB)`);
});
