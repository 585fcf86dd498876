/**
 * Keyboard alone: Tab reaches every control in reading order with a visible focus ring; slider,
 * play, views, filters, events, the event card and the embed dialog work by keys; Escape closes
 * what opened and focus goes back to where it came from. (The slider's arrow keys through all
 * days, and Escape after a mouse selection, are in map.spec.ts.)
 */
import type { Page } from '@playwright/test';
import { eventsOn } from '#lib/data/selectors.ts';
import { expect, test } from './support/fixtures';
import { ready } from './support/map';
import { record } from './support/record';

/** What a focused element is, by selector; the first match names it. */
const STOPS: [string, string][] = [
	['skip link', 'a.skip'],
	['embed button', 'button.open'],
	['language', 'a.lang'],
	['view switch', 'input[name=map-view]'],
	['map', 'canvas.maplibregl-canvas'],
	['zoom', '.maplibregl-ctrl-zoom-in, .maplibregl-ctrl-zoom-out'],
	['slider', 'input[type=range]'],
	['play', 'button.play'],
	['type filter', '.filters .chip input'],
	['event list', '.events summary'],
	['event', 'button.select']
];

interface Focus {
	stop: string;
	ring: boolean;
	html: string;
}

/** The focused element: which stop it is, and whether it shows a focus ring (outline or shadow). */
function focused(page: Page): Promise<Focus> {
	return page.evaluate((stops) => {
		const el = document.activeElement as HTMLElement;
		const stop = stops.find(([, sel]) => el.matches(sel))?.[0] ?? 'other';
		// A ring on the element, or on the label that wraps a visually hidden input (the views).
		const shows = (e: Element | null) => {
			if (!e) return false;
			const cs = getComputedStyle(e);
			const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2;
			return outline || cs.boxShadow !== 'none';
		};
		const ring = el.matches(':focus-visible') && (shows(el) || shows(el.closest('label')));
		return { stop, ring, html: el.outerHTML.slice(0, 120) };
	}, STOPS);
}

/** Tabs from the top of the page until `last` is focused; the stops met, in order. */
async function tabThrough(page: Page, last: string, max = 60): Promise<Focus[]> {
	const met: Focus[] = [];
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		const f = await focused(page);
		met.push(f);
		if (f.stop === last) break;
	}
	return met;
}

const order = (met: Focus[]) =>
	met.map((f) => f.stop).filter((s, i, all) => s !== 'other' && all.indexOf(s) === i);

test('Tab reaches every control of the page in reading order, each with a visible focus ring', async ({
	page
}) => {
	await page.goto('/en/2022-01-06/');
	await ready(page);
	const met = await tabThrough(page, 'event');
	expect(order(met)).toEqual([
		'skip link',
		'embed button',
		'language',
		'view switch',
		'map',
		'zoom',
		'slider',
		'play',
		'type filter',
		'event'
	]);
	expect(met.filter((f) => !f.ring).map((f) => f.html)).toEqual([]);
});

test('Tab reaches the controls of the embed in reading order, each with a visible focus ring', async ({
	page
}) => {
	await page.goto('/de/embed/2022-01-06/');
	await ready(page);
	const met = await tabThrough(page, 'event list');
	expect(order(met)).toEqual([
		'view switch',
		'map',
		'zoom',
		'slider',
		'play',
		// The filters fold with the list, so that the embed is mostly map.
		'event list'
	]);
	expect(met.filter((f) => !f.ring).map((f) => f.html)).toEqual([]);
	// The list opens by keyboard: its filters first, then its events, which can be selected.
	await page.keyboard.press('Enter');
	await page.keyboard.press('Tab');
	expect((await focused(page)).stop).toBe('type filter');
	for (let i = 0; i < 20 && (await focused(page)).stop !== 'event'; i++)
		await page.keyboard.press('Tab');
	expect((await focused(page)).stop).toBe('event');
	await page.keyboard.press('Enter');
	await expect(page.locator('.card')).toBeVisible();
	await expect(page.locator('#card-title')).toBeFocused();
});

test('slider, play, views and filters work by keys alone', async ({ page }) => {
	await page.goto('/en/2022-01-05/?view=kazakhstan');
	await ready(page);
	// Space on the slider plays, and again stops.
	const play = page.getByRole('button', { name: 'Play through the days' });
	await page.locator('input[type=range]').focus();
	await page.keyboard.press('Space');
	await expect(play).toHaveAttribute('aria-pressed', 'true');
	await expect(page).toHaveURL(/\/en\/2022-01-06\//);
	await page.keyboard.press('Space');
	await expect(play).toHaveAttribute('aria-pressed', 'false');
	await ready(page);
	// The views are a radio group: arrow keys move between them.
	await page.getByRole('radio', { name: 'Kazakhstan' }).focus();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('radio', { name: 'Almaty' })).toBeChecked();
	await expect(page).toHaveURL(/view=almaty/);
	await ready(page);
	// A type filter toggles with Space.
	const protests = page.getByRole('checkbox', { name: 'Protest' });
	await protests.focus();
	await page.keyboard.press('Space');
	await expect(protests).not.toBeChecked();
	await expect(page).toHaveURL(/types=/);
	await expect(page).not.toHaveURL(/types=[^&]*protest/);
});

test('an event selected by keyboard takes focus to its card; Escape and the close button bring it back', async ({
	page
}) => {
	const day = '2022-01-06';
	const [first, second] = eventsOn(record, day);
	await page.goto(`/en/${day}/`);
	await ready(page);
	const entry = (id: string) => page.locator(`#event-${id} button.select`);
	await entry(first!.id).focus();
	await page.keyboard.press('Enter');
	const card = page.locator('.card');
	await expect(card.locator('h2')).toHaveText(first!.title.en);
	await expect(page.locator('#card-title')).toBeFocused();
	// The card's contents follow in the focus order, ending with its close button.
	await page.keyboard.press('Tab');
	await expect(card.locator(':focus')).toHaveCount(1);
	await page.keyboard.press('Escape');
	await expect(card).toHaveCount(0);
	await expect(entry(first!.id)).toBeFocused();

	await entry(second!.id).focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('#card-title')).toBeFocused();
	await card.getByRole('button', { name: 'Close' }).focus();
	await page.keyboard.press('Enter');
	await expect(card).toHaveCount(0);
	await expect(page).not.toHaveURL(/event=/);
	await expect(entry(second!.id)).toBeFocused();
});

test('the embed dialog opens by keyboard, keeps focus inside, and Escape returns it', async ({
	page
}) => {
	const day = '2022-01-06';
	const event = eventsOn(record, day)[0]!;
	// With an event card open: Escape closes the dialog first, and only the dialog.
	await page.goto(`/en/${day}/?event=${event.id}`);
	await ready(page);
	const opener = page.getByRole('button', { name: 'Embed', exact: true });
	await opener.focus();
	await page.keyboard.press('Enter');
	const dialog = page.getByRole('dialog', { name: 'Embed this map' });
	await expect(dialog).toBeVisible();
	await expect(dialog.locator(':focus')).toHaveCount(1);
	// Its controls (close, five options, the code, copy) follow by Tab, each with a ring.
	for (let i = 0; i < 7; i++) {
		await page.keyboard.press('Tab');
		await expect(dialog.locator(':focus')).toHaveCount(1);
		expect((await focused(page)).ring).toBe(true);
	}
	await expect(dialog.getByRole('button', { name: 'Copy code' })).toBeFocused();
	// Modal: the page behind it is inert and cannot take focus.
	const behind = await page.evaluate(() => {
		const link = document.querySelector<HTMLElement>('a.lang')!;
		link.focus();
		return document.activeElement === link;
	});
	expect(behind).toBe(false);
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(opener).toBeFocused();
	await expect(page.locator('.card')).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.locator('.card')).toHaveCount(0);
});
