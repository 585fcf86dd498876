/**
 * The figures chart says what the record says: the latest official death toll (238, given by the
 * Prosecutor General's Office in August 2022, after the timeline) labelled as such right of the
 * days; the 164 dead of 9 January, withdrawn by the ministry, drawn crossed with its reason; and
 * the line dotted, not solid, across days nobody reported. Expectations come from geo/figures.json.
 */
import { expect, test } from './support/fixtures';
import { ready } from './support/map';
import { record } from './support/record';

const retracted = record.figures.find((f) => f.id === 'killed-total-2022-01-09-health-164')!;

const PAGES = [
	{
		path: '/en/2022-01-19/',
		final: '238: final official toll, Aug 2022',
		note: 'technical error',
		alt: ['withdrawn: 164 on 9 January', 'final official toll: 238, August 2022']
	},
	{
		path: '/de/2022-01-10/',
		final: '238: letzte amtliche Totenzahl, Aug. 2022',
		note: 'technischer Fehler',
		alt: ['zurückgezogen: 164 am 9. Januar', 'letzte amtliche Totenzahl: 238, August 2022']
	}
] as const;

test.beforeAll(() => {
	// What the test stands on: the record keeps the 164 as retracted, and 238 as a later revision.
	expect(retracted).toMatchObject({ value: 164, asOf: '2022-01-09', status: 'retracted' });
	expect(
		record.figures.some(
			(f) =>
				f.metric === 'killed-total' &&
				f.scope === 'kazakhstan' &&
				f.value === 238 &&
				f.status === 'revised' &&
				f.asOf > '2022-01-19'
		)
	).toBe(true);
});

for (const { path, final, note, alt: said } of PAGES)
	test(`the chart on ${path} shows the final toll, the withdrawn 164 and its gaps`, async ({
		page
	}) => {
		await page.goto(path);
		await ready(page);
		const chart = page.locator('.figures-chart');
		await chart.scrollIntoViewIfNeeded();

		// 238 with its label, in the column right of the last day.
		const label = chart.locator('text.final-label');
		await expect(label).toHaveCount(1);
		await expect(label).toHaveText(final);
		const marker = await chart.locator('.final-marker').boundingBox();
		const days = await chart
			.locator('.x-axis text:not(.later)')
			.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right));
		expect(marker!.x).toBeGreaterThan(Math.max(...days));
		await expect(chart.locator('.x-axis text.later')).toHaveCount(1);

		// The 164: one struck, hollow marker, and its reason written under the chart.
		await expect(chart.locator('.dot.retracted')).toHaveCount(1);
		await expect(chart.locator('.dot.retracted')).toHaveClass(/hollow/);
		await expect(chart.locator('svg[role=img] path.strike')).toHaveCount(1);
		await expect(chart.locator('text.retracted-label')).toHaveText('164');
		const reason = chart.locator(`li.retraction[data-figure="${retracted.id}"]`);
		await expect(reason).toContainText('164');
		await expect(reason).toContainText(note);

		// At least one dotted segment across unreported days, drawn dotted.
		const gaps = chart.locator('line.line.gap');
		expect(await gaps.count()).toBeGreaterThan(0);
		expect(await gaps.first().evaluate((e) => getComputedStyle(e).strokeDasharray)).not.toBe(
			'none'
		);
		expect(
			await chart
				.locator('line.line:not(.gap)')
				.first()
				.evaluate((e) => getComputedStyle(e).strokeDasharray)
		).toBe('none');

		// The text alternative says both.
		const alt = await chart.locator('svg[role=img]').getAttribute('aria-label');
		for (const words of said) expect(alt).toContain(words);
	});
