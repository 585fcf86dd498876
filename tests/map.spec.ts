/** The map page in a real browser: timeline, views, selection, language, bad input. */
import { DAYS } from '#lib/data/days.ts';
import { formatDay } from '#lib/i18n/format.ts';
import { eventsOn, latestFigures } from '#lib/data/selectors.ts';
import { PALETTES } from '#lib/map/palette.ts';
import { expect, test } from './support/fixtures';
import { expectLead, leadOf } from './support/lead';
import { colourAt, ready, rendered } from './support/map';
import { record } from './support/record';

const slider = (page: import('@playwright/test').Page) => page.locator('input[type=range]');

test('the slider steps through every day by keyboard, updating map, list, figures and URL', async ({
	page
}) => {
	test.setTimeout(180_000); // 18 days, each rendered to readiness
	await page.goto(`/en/${DAYS[0]}/`);
	await ready(page);
	await slider(page).focus();
	for (const [i, day] of DAYS.entries()) {
		if (i > 0) await page.keyboard.press('ArrowRight');
		await expect(page).toHaveURL(new RegExp(`/en/${day}/`));
		await ready(page);
		await expectLead(page, day, 'en');
		const events = eventsOn(record, day);
		await expect(page.locator('#events li[data-event-id]')).toHaveCount(events.length);
		await expect(page.locator('.figures .group')).toHaveCount(latestFigures(record, day).length);
		await expect(slider(page)).toHaveAttribute(
			'aria-valuetext',
			new RegExp(`^${formatDay(day, 'en')}: ${events.length} event`)
		);
		// The public state agrees (what the map draws for a day is checked in the next test).
		const state = await page.evaluate(() => window.qantar!.getState());
		expect(state.day).toBe(day);
	}
	// Back and Forward move through the days that were visited.
	await page.goBack();
	await ready(page);
	await expect(page.locator('h1')).not.toHaveText(leadOf(DAYS.at(-1)!, 'en').headline);
	await page.goForward();
	await expectLead(page, DAYS.at(-1)!, 'en');
});

test('the map shows exactly the incidents of the day in view, and no earlier ones when hidden', async ({
	page
}) => {
	const day = '2022-01-05';
	await page.goto(`/en/${day}/?view=kazakhstan&earlier=0`);
	await ready(page);
	const placed = new Set(eventsOn(record, day).map((e) => e.places[0]!));
	// At country zoom one marker per city, standing for its sites.
	const markers = await rendered(page, 'city-markers', 'places');
	expect(markers.length).toBeGreaterThan(3);
	for (const place of markers.flatMap((m) => m.trim().split(' ')))
		expect(placed.has(place), place).toBe(true);
	expect(await rendered(page, 'history', 'place')).toEqual([]);
});

test('the slider follows the mouse', async ({ page }) => {
	await page.goto('/en/2022-01-02/');
	await ready(page);
	// The day's lead comes first: the slider may start below the fold, where a reader scrolls.
	await slider(page).scrollIntoViewIfNeeded();
	const box = (await slider(page).boundingBox())!;
	await page.mouse.click(box.x + box.width - 4, box.y + box.height / 2);
	await expect(page).toHaveURL(/\/en\/2022-01-19\//);
	await ready(page);
	await expectLead(page, '2022-01-19', 'en');
});

test('views switch the camera, and the Almaty view labels the four sites', async ({ page }) => {
	await page.goto('/en/2022-01-06/?view=region');
	await ready(page);
	const regionZoom = await page.evaluate(() => window.qantar!.map!.getZoom());
	await page.getByRole('radio', { name: 'Almaty' }).check();
	await expect(page).toHaveURL(/view=almaty/);
	await ready(page);
	const cityZoom = await page.evaluate(() => window.qantar!.map!.getZoom());
	expect(cityZoom).toBeGreaterThan(regionZoom + 5);
	const sites = await rendered(page, 'site-labels', 'id');
	for (const id of [
		'almaty-republic-square',
		'almaty-akimat',
		'almaty-presidential-residence',
		'almaty-airport'
	])
		expect(sites).toContain(id);
	await expect(page.locator('.maplibregl-ctrl-scale')).toBeVisible();
});

test('the six CSTO states are drawn, and a contingent shows on the days it is deployed', async ({
	page
}) => {
	await page.goto('/en/2022-01-05/?view=region');
	await ready(page);
	const drawn = await rendered(page, 'countries-fill', 'iso2');
	for (const m of record.members) expect(drawn).toContain(m.iso2);
	// A point well inside Russia: a member's tint before the troops go, the deployed tint after.
	const inRussia: [number, number] = [47, 54.5];
	expect(await colourAt(page, inRussia)).toBe(PALETTES.light.cstoMember);
	await page.evaluate(() => window.qantar!.setState({ day: '2022-01-10', view: 'region' }));
	await ready(page);
	expect(await colourAt(page, inRussia)).toBe(PALETTES.light.cstoDeployed);
	await page.evaluate(() => window.qantar!.setState({ day: '2022-01-19', view: 'region' }));
	await ready(page);
	expect(await colourAt(page, inRussia)).toBe(PALETTES.light.cstoMember);
});

test('an event selected in the list opens its card, rings its place and lives in the URL', async ({
	page
}) => {
	const day = '2022-01-05';
	const event = eventsOn(record, day).find((e) => e.places[0] === 'almaty-akimat')!;
	await page.goto(`/en/${day}/?view=almaty`);
	await ready(page);
	await page.locator(`#event-${event.id} button`).click();
	await expect(page).toHaveURL(new RegExp(`event=${event.id}`));
	await ready(page);
	const card = page.locator('.card');
	await expect(card.locator('h2')).toHaveText(event.title.en);
	expect(await rendered(page, 'selected-ring', 'place')).toEqual(['almaty-akimat']);
	await page.keyboard.press('Escape');
	await expect(card).toHaveCount(0);
	await expect(page).not.toHaveURL(/event=/);
	await expect(page.locator(`#event-${event.id} button`)).toBeFocused();
});

test('clicking an incident on the map selects an event at that place', async ({ page }) => {
	await page.goto('/en/2022-01-05/?view=almaty');
	await ready(page);
	const point = await page.evaluate(() => {
		const map = window.qantar!.map!;
		const f = map.queryRenderedFeatures({ layers: ['incidents'] })[0]!;
		const p = map.project(
			f.geometry.type === 'Point' ? (f.geometry.coordinates as [number, number]) : [0, 0]
		);
		const r = map.getCanvas().getBoundingClientRect();
		return { x: r.left + p.x, y: r.top + p.y, place: f.properties.place as string };
	});
	await page.mouse.click(point.x, point.y);
	await expect(page).toHaveURL(/event=/);
	const id = new URL(page.url()).searchParams.get('event')!;
	expect(record.events.find((e) => e.id === id)!.places[0]).toBe(point.place);
});

test('switching the language keeps the day and translates the page and map', async ({ page }) => {
	await page.goto('/en/2022-01-07/?view=kazakhstan');
	await ready(page);
	await page.getByRole('link', { name: 'Deutsch', exact: true }).click();
	await expect(page).toHaveURL(/\/de\/2022-01-07\/\?view=kazakhstan$/);
	await ready(page);
	await expect(page.locator('header.lead time')).toHaveText('Freitag, 7. Januar 2022');
	await expectLead(page, '2022-01-07', 'de');
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	expect(await rendered(page, 'country-labels', 'name_de')).toContain('Kasachstan');
});

test.describe('invalid addresses fall back to a valid state with a notice', () => {
	test('an unknown view or theme', async ({ page }) => {
		await page.goto('/en/2022-01-06/?view=moon&theme=%3Cb%3Ex');
		await ready(page);
		const notice = page.getByRole('status').filter({ hasText: 'moon' });
		await expect(notice).toBeVisible();
		await expect(notice).toContainText('<b>x');
		await expect(page).toHaveURL(/\/en\/2022-01-06\/$/);
	});

	test('a date that does not exist', async ({ page }) => {
		await page.goto('/en/2022-02-30/');
		await expect(page).toHaveURL(/\/en\/2022-01-06\/$/);
		await ready(page);
		await expect(page.getByRole('status').filter({ hasText: '2022-02-30' })).toBeVisible();
	});

	test('a date after the timeline', async ({ page }) => {
		await page.goto('/de/2022-03-08/');
		await expect(page).toHaveURL(/\/de\/2022-01-19\/$/);
		await ready(page);
		await expectLead(page, '2022-01-19', 'de');
	});
});

test('play steps through the days and stops at the last one', async ({ page }) => {
	await page.goto('/en/2022-01-17/');
	await ready(page);
	// Every address the page shows, so a day that passes quickly is not missed by polling.
	const days: string[] = [];
	page.on('framenavigated', (f) => {
		const day = /\/en\/(2022-01-\d\d)\//.exec(f.url())?.[1];
		if (f === page.mainFrame() && day && days.at(-1) !== day) days.push(day);
	});
	await page.getByLabel('Speed').selectOption({ index: 2 });
	const play = page.getByRole('button', { name: 'Play through the days' });
	await play.click();
	await expect(play).toHaveAttribute('aria-pressed', 'true');
	await expect(page).toHaveURL(/\/en\/2022-01-19\//);
	await expect(play).toHaveAttribute('aria-pressed', 'false');
	expect(days).toEqual(['2022-01-18', '2022-01-19']);
	await ready(page);
	await expectLead(page, '2022-01-19', 'en');
});

test('the previous and next buttons step a day and stop at the ends', async ({ page }) => {
	await page.goto('/en/2022-01-02/');
	await ready(page);
	await expect(page.getByRole('button', { name: 'Previous day' })).toBeDisabled();
	await page.getByRole('button', { name: 'Next day' }).click();
	await expect(page).toHaveURL(/\/en\/2022-01-03\//);
	await ready(page);
});

test('filtering event types hides them in the list, on the map and in the URL', async ({
	page
}) => {
	const day = '2022-01-05';
	await page.goto(`/en/${day}/?view=kazakhstan`);
	await ready(page);
	// A marker's types: ` attack ` alone where only buildings were attacked (Aktobe, Taldykorgan).
	const attacksOnly = async () =>
		(await rendered(page, 'city-markers', 'types')).filter((t) => t.trim() === 'attack');
	expect(await attacksOnly()).not.toEqual([]);
	await page.getByRole('checkbox', { name: 'Attack on a building' }).uncheck();
	await expect(page).toHaveURL(/types=protest,clash,security-operation/);
	await ready(page);
	const others = eventsOn(record, day).filter((e) => e.type !== 'attack');
	await expect(page.locator('#events li[data-event-id]')).toHaveCount(others.length);
	expect(await attacksOnly()).toEqual([]);
	// The filter survives a reload: it is part of the address.
	await page.reload();
	await ready(page);
	await expect(page.getByRole('checkbox', { name: 'Attack on a building' })).not.toBeChecked();
});

test('static mode draws the state without controls or interaction', async ({ page }) => {
	await page.goto('/en/2022-01-06/?static=1&view=region');
	await ready(page);
	await expect(page.getByRole('radio', { name: 'Almaty' })).toHaveCount(0);
	await expect(page.locator('input[type=range]')).toBeDisabled();
	expect(await page.evaluate(() => window.qantar!.map!.scrollZoom.isEnabled())).toBe(false);
	expect(await page.evaluate(() => window.qantar!.map!.dragPan.isEnabled())).toBe(false);
});

test('window.qantar.setState resolves once the map shows the new state', async ({ page }) => {
	await page.goto('/en/2022-01-06/');
	await ready(page);
	const state = await page.evaluate(() =>
		window.qantar!.setState({ day: '2022-01-14', view: 'almaty' })
	);
	expect(state).toMatchObject({ day: '2022-01-14', view: 'almaty', lang: 'en' });
	await expect(page.locator('html')).toHaveAttribute('data-map-state', 'ready');
	expect(await page.evaluate(() => window.qantar!.map!.getZoom())).toBeGreaterThan(9);
	await expect(page).toHaveURL(/\/en\/2022-01-14\/\?view=almaty$/);
});

test('reduced motion: a view switch jumps instead of flying', async ({ page }) => {
	const moves = async (reduce: boolean) => {
		await page.emulateMedia({ reducedMotion: reduce ? 'reduce' : 'no-preference' });
		await page.goto('/en/2022-01-06/?view=region');
		await ready(page);
		await page.evaluate(() => {
			const w = window as unknown as { moves: number };
			w.moves = 0;
			window.qantar!.map!.on('move', () => w.moves++);
		});
		await page.getByRole('radio', { name: 'Almaty' }).check();
		await expect(page).toHaveURL(/view=almaty/);
		await ready(page);
		return page.evaluate(() => (window as unknown as { moves: number }).moves);
	};
	// An animated flight (700 ms) moves the camera over several frames, even on a busy machine
	// with software WebGL; a jump moves it once.
	expect(await moves(false)).toBeGreaterThan(2);
	expect(await moves(true)).toBeLessThanOrEqual(1);
});
