/**
 * Rules for the words readers see (geo/README.md): no project jargon, and names spelled the way
 * the English and the German press spell them (the README's transliteration table).
 */

/** One row of geo/README.md's transliteration table. */
export interface Transliteration {
	en: string;
	de: string;
	/** Other spellings, wrong in either language. */
	others: string[];
}

/** A text readers see, with where it sits in its record. */
export interface ReaderText {
	/** Path within the record, e.g. `summary.de`. */
	field: string;
	/** The language it is written in, where the field says (`en`/`de` keys of a text). */
	lang?: 'en' | 'de';
	text: string;
}

/** Fields that hold ids, links and file names, never words for readers. */
const NOT_READER_TEXT = new Set([
	'id',
	'url',
	'seed',
	'sources',
	'places',
	'scope',
	'capital',
	'from',
	'to',
	'state',
	'iso2',
	'iso3',
	'isoNumeric',
	'lang',
	'ru',
	'type',
	'kind',
	'precision',
	'country',
	'tier',
	'certainty',
	'metric',
	'qualifier',
	'status',
	'direction',
	'mode',
	'role',
	'timePrecision',
	'partOfDay',
	'date',
	'endDate',
	'time',
	'asOf',
	'asOfPrecision',
	'published',
	'accessed',
	'arrived',
	'departed',
	'geometry'
]);

/** Every string of a record that a reader may see, with its path and, for texts, language. */
export function readerTexts(record: unknown, path: string[] = []): ReaderText[] {
	if (typeof record === 'string') {
		const last = path.at(-1);
		const lang = last === 'en' || last === 'de' ? last : undefined;
		return [{ field: path.join('.'), lang, text: record }];
	}
	if (Array.isArray(record)) return record.flatMap((v, i) => readerTexts(v, [...path, String(i)]));
	if (record && typeof record === 'object')
		return Object.entries(record).flatMap(([k, v]) =>
			NOT_READER_TEXT.has(k) ? [] : readerTexts(v, [...path, k])
		);
	return [];
}

/** "seed", "Seeds", "Seed-Datei", and the seed files' names (`002_fb83d1a2a31a8019.txt`). */
const JARGON = /(?<![\p{L}\p{N}])seeds?(?![\p{L}\p{N}])|\b\d{3}_[0-9a-f]{6,}(\.txt)?\b/iu;

/** Why a reader-facing text uses the project's internal words, or null. */
export function jargonProblem(text: string): string | null {
	const m = JARGON.exec(text);
	if (!m) return null;
	return `says "${m[0]}": readers do not know the project's seed articles; name the outlet and date instead (e.g. "AFP, 6 January")`;
}

function startsWord(form: string): RegExp {
	const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}`, 'u');
}

/** Why a text spells a listed name the other language's way (or a wrong way), or null. */
export function spellingProblem(
	text: string,
	lang: 'en' | 'de',
	table: readonly Transliteration[]
): string | null {
	for (const row of table) {
		const right = row[lang];
		const other = lang === 'en' ? row.de : row.en;
		const wrong = [...(other !== right ? [other] : []), ...row.others];
		for (const form of wrong) {
			if (right.startsWith(form) || !startsWord(form).test(text)) continue;
			const language = lang === 'en' ? 'English' : 'German';
			return `writes "${form}": ${language} texts write "${right}" (geo/README.md, "Transliteration")`;
		}
	}
	return null;
}

/**
 * Reads the transliteration table from geo/README.md: the first Markdown table under the heading
 * "## Transliteration", columns English | German | other spellings (comma-separated).
 */
export function parseTransliteration(readme: string): Transliteration[] {
	const section = readme.split(/^## /m).find((s) => s.startsWith('Transliteration'));
	if (!section) return [];
	const rows = section
		.split('\n')
		.filter((line) => line.trim().startsWith('|'))
		.map((line) =>
			line
				.trim()
				.replace(/^\||\|$/g, '')
				.split('|')
				.map((cell) => cell.trim())
		);
	return rows
		.slice(2) // the header and its --- line
		.filter((cells) => cells.length >= 2 && cells[0] && cells[1])
		.map(([en, de, others]) => ({
			en: en!,
			de: de!,
			others: (others ?? '')
				.split(',')
				.map((o) => o.trim())
				.filter((o) => o && o !== '—')
		}));
}
