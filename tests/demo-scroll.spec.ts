/**
 * The demo article keeps its map on the step at the reading line, however the reader got there:
 * the wheel, PageDown, End and Home, a jump link (mouse and keyboard), a reload at a scrolled
 * position, Back and Forward. The step expected is read from the page's geometry, as a reader
 * would see it; what the map shows is read from inside the embed (its dated lead, its state).
 */
import type { Frame, Page } from '@playwright/test';
import { READING_LINE } from '#lib/pages/demo/reading-line.ts';
import { STEPS } from '#lib/pages/demo/steps.ts';
import { expect, test } from './support/fixtures';

const LAST = STEPS.length - 1;

test.beforeEach(async ({ page }) => {
	// Every command the embed receives from its host, in order (the script runs in each frame).
	await page.addInitScript(() => {
		if (window === window.top) return;
		const w = window as unknown as { __sets: unknown[] };
		w.__sets = [];
		window.addEventListener('message', (e) => {
			if ((e.data as { type?: unknown } | null)?.type === 'qantar:set') w.__sets.push(e.data);
		});
	});
});

/** The story's embed (not the pym.js one below it), found anew after a reload. */
async function mapFrame(page: Page): Promise<Frame> {
	const handle = await page.locator('.sticky iframe[data-qantar]').elementHandle();
	return expect
		.poll(async () => (await handle!.contentFrame())?.url() ?? '')
		.toMatch(/\/embed\//)
		.then(async () => (await handle!.contentFrame())!);
}

/** The step at the reading line: the last whose top is at or above it (steps do not overlap). */
const stepAtLine = (page: Page) =>
	page.evaluate((offset) => {
		const line = innerHeight * offset;
		let at = 0;
		document.querySelectorAll('.steps .step').forEach((el, i) => {
			if (el.getBoundingClientRect().top <= line) at = i;
		});
		return at;
	}, READING_LINE);

/** What the embedded map shows, from inside it; and the last command it was sent. */
async function shown(frame: Frame) {
	return frame.evaluate(() => {
		const state = window.qantar?.getState();
		const sets = (window as unknown as { __sets?: { day: string; view: string }[] }).__sets ?? [];
		return {
			ready: document.documentElement.dataset.mapState === 'ready',
			lead: document.querySelector('header.lead time')?.getAttribute('datetime') ?? null,
			day: state?.day ?? null,
			view: state?.view ?? null,
			sets: sets.map((s) => `${s.day} ${s.view}`)
		};
	});
}

/**
 * Waits until the map shows the step at the reading line, ready, with that step the last command
 * it was sent and no command sent twice in a row; returns the step's index.
 */
async function expectMapAtLine(page: Page): Promise<number> {
	const frame = await mapFrame(page);
	let index = -1;
	await expect
		.poll(
			async () => {
				index = await stepAtLine(page);
				const step = STEPS[index]!;
				const s = await shown(frame);
				const want = `${step.day} ${step.view}`;
				const problems = [
					!s.ready && 'map not ready',
					s.lead !== step.day && `lead of ${s.lead}`,
					`${s.day} ${s.view}` !== want && `state ${s.day} ${s.view}`,
					s.sets.length > 0 && s.sets.at(-1) !== want && `last sent ${s.sets.at(-1)}`,
					s.sets.some((x, i) => i > 0 && x === s.sets[i - 1]) && `sent twice: ${s.sets}`
				].filter(Boolean);
				return problems.length ? `step ${index + 1} (${want}): ${problems.join(', ')}` : 'ok';
			},
			{ timeout: 30_000 }
		)
		.toBe('ok');
	// The host marks the same step, and its jump link.
	await expect(page.locator('.step.active')).toHaveAttribute('id', `step-${index + 1}`);
	await expect(page.locator('.jump a[aria-current="step"]')).toHaveAttribute(
		'href',
		`#step-${index + 1}`
	);
	return index;
}

/** Runs a scrolling action and waits for the page's scroll to end (smooth scrolling included). */
async function scrollBy(page: Page, action: () => Promise<void>) {
	await page.evaluate(() => {
		const w = window as unknown as { __scrolled: Promise<void> };
		w.__scrolled = new Promise((resolve) =>
			addEventListener('scrollend', () => resolve(), { once: true })
		);
	});
	await action();
	await page.evaluate(() => (window as unknown as { __scrolled: Promise<void> }).__scrolled);
}

async function openDemo(page: Page, lang: 'en' | 'de' = 'en') {
	await page.goto(`/${lang}/demo/`);
	expect(await expectMapAtLine(page)).toBe(0);
}

test('the mouse wheel, a short turn at a time', async ({ page }) => {
	await openDemo(page);
	await page.mouse.move(900, 400);
	for (let target = 1; target <= 3; target++) {
		await expect
			.poll(
				async () => {
					await page.mouse.wheel(0, 100);
					return stepAtLine(page);
				},
				{ intervals: [50], timeout: 20_000 }
			)
			.toBe(target);
		expect(await expectMapAtLine(page)).toBe(target);
	}
});

test('PageDown presses, which carry past steps', async ({ page }) => {
	await openDemo(page);
	for (let i = 0; i < 4; i++) await scrollBy(page, () => page.keyboard.press('PageDown'));
	expect(await expectMapAtLine(page)).toBeGreaterThanOrEqual(2);
});

test('End shows the last step, Home the first, and quickly both: the last key wins', async ({
	page
}) => {
	await openDemo(page);
	await scrollBy(page, () => page.keyboard.press('End'));
	expect(await page.evaluate(() => scrollY + innerHeight >= document.body.scrollHeight - 1)).toBe(
		true
	);
	expect(await expectMapAtLine(page)).toBe(LAST);
	const frame = await mapFrame(page);
	await expect(frame.locator('header.lead time')).toHaveAttribute('datetime', STEPS[LAST]!.day);
	await scrollBy(page, () => page.keyboard.press('Home'));
	expect(await expectMapAtLine(page)).toBe(0);
	// End and straight back: the map is sent the last step, and may not stay on it.
	await scrollBy(page, () => page.keyboard.press('End'));
	await scrollBy(page, () => page.keyboard.press('Home'));
	expect(await expectMapAtLine(page)).toBe(0);
});

test('a jump link, clicked and from the keyboard, in both languages; focus lands on the step', async ({
	page
}) => {
	await openDemo(page, 'en');
	await page.locator('.jump a[href="#step-6"]').click();
	await expect(page).toHaveURL(/#step-6$/);
	await expect(page.locator('#step-6')).toBeFocused();
	expect(await expectMapAtLine(page)).toBe(5);

	await openDemo(page, 'de');
	const link = page.getByRole('navigation', { name: 'Springen zu' }).getByRole('link', {
		name: '5. Januar'
	});
	await link.focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('#step-3')).toBeFocused();
	expect(await expectMapAtLine(page)).toBe(2);
	// Tab goes on from the step, into its sources.
	await page.keyboard.press('Tab');
	await expect(page.locator('#step-3 .sources a').first()).toBeFocused();
});

test('a reload at a scrolled position', async ({ page }) => {
	await openDemo(page);
	await page.evaluate(() => document.getElementById('step-5')!.scrollIntoView());
	expect(await expectMapAtLine(page)).toBe(4);
	await page.reload();
	await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
	expect(await expectMapAtLine(page)).toBe(4);
});

test('Back and Forward between two jumps', async ({ page }) => {
	await openDemo(page);
	await page.locator('.jump a[href="#step-7"]').click();
	expect(await expectMapAtLine(page)).toBe(6);
	// The list is at the top: the click scrolls up to it first, so that is where Back returns to.
	await page.locator('.jump a[href="#step-2"]').click();
	expect(await expectMapAtLine(page)).toBe(1);
	await page.goBack();
	await expect(page).toHaveURL(/#step-7$/);
	// The browser restores the position; the map follows it, not a history of its own.
	await expect.poll(() => stepAtLine(page)).not.toBe(1);
	await expectMapAtLine(page);
	await page.goForward();
	await expect(page).toHaveURL(/#step-2$/);
	await expect.poll(() => stepAtLine(page)).toBe(1);
	expect(await expectMapAtLine(page)).toBe(1);
});
