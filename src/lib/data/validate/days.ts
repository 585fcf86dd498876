/** days.json: the written lead of every timeline day, its headline and dek of a readable length. */
import { DAYS, FIRST_DAY, LAST_DAY } from '#lib/data/days.ts';
import { LANGS } from '#lib/data/vocabulary.ts';
import { dayLeadSchema, type DayLead } from '#lib/data/schema.ts';
import type { Collector } from './collector';
import { FILES, type RawFiles } from './files';
import type { Sourcing } from './sources';

/** Longest headline and dek of a day (characters): what fits the lead without wrapping thrice. */
const HEADLINE_MAX = 90;
const DEK_MAX = 300;

/** A raw day's name in a problem: its date, or `#index` when it has no usable one. */
export function dayName(raw: unknown, index: number): string {
	const date = (raw as { date?: unknown } | null)?.date;
	return typeof date === 'string' && date.length <= 10 ? date : `#${index}`;
}

export function checkDays(c: Collector, raw: RawFiles, sourcing: Sourcing): DayLead[] {
	const leads = c.parseList(dayLeadSchema, raw.days, FILES.days, (d) => d.date, dayName);
	for (const d of leads) {
		const f = FILES.days;
		if (!DAYS.includes(d.date))
			c.add(f, d.date, 'date', `${d.date} is outside the timeline ${FIRST_DAY} … ${LAST_DAY}`);
		for (const lang of LANGS) {
			if (d.headline[lang].length > HEADLINE_MAX)
				c.add(
					f,
					d.date,
					`headline.${lang}`,
					`${d.headline[lang].length} characters; a headline has at most ${HEADLINE_MAX}`
				);
			if (d.dek[lang].length > DEK_MAX)
				c.add(
					f,
					d.date,
					`dek.${lang}`,
					`${d.dek[lang].length} characters; a dek is one or two sentences, at most ${DEK_MAX}`
				);
		}
		sourcing.cite(f, d.date, 'sources', d.sources);
		sourcing.notBefore(f, d.date, d.sources, d.date, 'the day');
	}
	if (Array.isArray(raw.days)) {
		const authored = new Set(leads.map((d) => d.date));
		for (const day of DAYS)
			if (!authored.has(day))
				c.add(FILES.days, day, 'headline', 'every timeline day needs a headline and a dek');
	}
	return leads;
}
