/** A day's written lead as a reader sees it, read from the record: the date kicker, the headline, the dek. */
import type { Frame, FrameLocator, Page } from '@playwright/test';
import { formatDay } from '#lib/i18n/format.ts';
import { dayLead } from '#lib/data/selectors.ts';
import type { Lang } from '#lib/data/vocabulary.ts';
import { expect } from './fixtures';
import { record } from './record';

export function leadOf(day: string, lang: Lang) {
	const lead = dayLead(record, day);
	return {
		kicker: formatDay(day, lang, 'long'),
		headline: lead.headline[lang],
		dek: lead.dek[lang]
	};
}

/** The page (or embed frame) opens with that day's lead: its headline as the H1, its date above. */
export async function expectLead(scope: Page | Frame | FrameLocator, day: string, lang: Lang) {
	const lead = leadOf(day, lang);
	await expect(scope.locator('h1')).toHaveText(lead.headline);
	const kicker = scope.locator('header.lead time');
	await expect(kicker).toHaveAttribute('datetime', day);
	await expect(kicker).toHaveText(lead.kicker);
}
