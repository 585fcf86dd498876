/** Helpers for the fault tests: the map area's fallback, the day's text, the timeline. */
import { mapImagePath } from '#lib/state/links.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DAYS } from '#lib/data/days.ts';
import { formatDay } from '#lib/i18n/format.ts';
import { eventsOn } from '#lib/data/selectors.ts';
import type { Lang } from '#lib/data/vocabulary.ts';
import { STRINGS } from '#lib/i18n/strings.ts';
import type { MapFailure } from '#lib/map/failure.ts';
import { expect, test } from './fixtures';
import { record } from './record';

const BUILD = join(import.meta.dirname, '../../build');

/** The MapLibre chunk of the build, recognised by its content (its name is a hash). */
export function maplibreChunk(): string {
	const dir = join(BUILD, '_app/immutable/chunks');
	const name = readdirSync(dir).find((f) =>
		readFileSync(join(dir, f), 'utf8').includes('Worker failed to load')
	);
	if (!name) throw new Error('no MapLibre chunk in build/: run npm run build');
	return name;
}

/** Faults are reported in the page, never by alert, confirm or prompt: each test asserts none. */
export function assertNoDialogs() {
	const dialogs: string[] = [];
	test.beforeEach(({ page }) => {
		dialogs.length = 0;
		page.on('dialog', (d) => {
			dialogs.push(`${d.type()}: ${d.message()}`);
			void d.dismiss();
		});
	});
	test.afterEach(() => expect(dialogs, 'dialogs shown').toEqual([]));
}

const nextDay = (day: string) => DAYS[DAYS.indexOf(day) + 1]!;

/** The map area shows the day's picture (loaded, not a broken image) and says what failed. */
export async function expectFallback(page: Page, lang: Lang, day: string, failure: MapFailure) {
	// As long as a map takes to load: the failure may only show once MapLibre has started.
	await expect(page.locator('html')).toHaveAttribute('data-map-state', 'error', {
		timeout: 30_000
	});
	const frame = page.locator('.map-frame');
	await expect(frame).toHaveAttribute('data-map-failure', failure);
	const img = frame.locator('img.fallback');
	await expect(img).toBeVisible();
	// The map alone, in the shape of the screen's map (a phone's below 600 px).
	const shape = (page.viewportSize()?.width ?? 1280) < 600 ? 'tall' : 'wide';
	await expect
		.poll(() => img.evaluate((i: HTMLImageElement) => new URL(i.currentSrc).pathname))
		.toBe(mapImagePath(lang, day, shape));
	await expect
		.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth))
		.toBeGreaterThan(0);
	await expect(frame.getByRole('status')).toContainText(STRINGS[lang].mapFailure[failure]);
	await expect(frame.getByRole('status')).toContainText(STRINGS[lang].mapUnavailable);
	await expect(frame.locator('canvas')).toHaveCount(0);
}

/** The day's full text: every event of the day in the list. */
export async function expectEvents(page: Page, day: string) {
	await expect(page.locator('#events li[data-event-id], .events li[data-event-id]')).toHaveCount(
		eventsOn(record, day).length
	);
}

/** Moves the timeline one day on by keyboard; the address and the list follow. */
export async function stepTimeline(page: Page, lang: Lang, day: string) {
	await page.locator('input[type=range]').focus();
	await page.keyboard.press('ArrowRight');
	const next = nextDay(day);
	await expect(page).toHaveURL(new RegExp(`/${next}/`));
	await expect(page.locator('input[type=range]')).toHaveAttribute(
		'aria-valuetext',
		new RegExp(`^${formatDay(next, lang)}`)
	);
	await expectEvents(page, next);
	return next;
}
