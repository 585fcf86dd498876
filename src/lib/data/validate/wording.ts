/**
 * Reader-facing words in every file: no project jargon anywhere, and listed names spelled per
 * language (the transliteration table of geo/README.md). The rules are data/wording.ts's.
 */
import { jargonProblem, readerTexts, spellingProblem } from '#lib/data/wording.ts';
import { recordName, type Collector } from './collector';
import { memberName } from './alliance';
import { dayName } from './days';
import { FILES, type RawFiles } from './files';

export function checkWording(c: Collector, raw: RawFiles) {
	const table = raw.transliteration ?? [];
	const lists: [string, unknown, (r: unknown, i: number) => string][] = [
		[FILES.sources, raw.sources, recordName],
		[FILES.places, (raw.places as { features?: unknown } | null)?.features, recordName],
		[FILES.events, raw.events, recordName],
		[FILES.figures, raw.figures, recordName],
		[FILES.alliance, (raw.alliance as { members?: unknown } | null)?.members, memberName],
		[FILES.alliance, (raw.alliance as { routes?: unknown } | null)?.routes, recordName],
		[FILES.days, raw.days, dayName]
	];
	for (const [file, list, name] of lists) {
		if (!Array.isArray(list)) continue;
		list.forEach((item, i) => {
			for (const t of readerTexts(item)) {
				const why = jargonProblem(t.text) ?? (t.lang && spellingProblem(t.text, t.lang, table));
				if (why) c.add(file, name(item, i), t.field, why);
			}
		});
	}
}
