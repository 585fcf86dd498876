/**
 * Turns the text of the geo/ files into a validated record. Shared by the build-time check
 * (`npm run check:data`, reading from disk) and the site (importing the files through Vite).
 */
import {
	FILES,
	README,
	validateRecord,
	type Problem,
	type RawFiles,
	type Validation
} from './validate/index';
import { parseTransliteration } from './wording';

/**
 * `texts` maps a file name (e.g. `events.json`) to its contents; a missing file is a problem.
 * `README.md`, where given, brings the transliteration table the validator applies.
 */
export function loadRecord(texts: Record<string, string | undefined>): Validation {
	const problems: Problem[] = [];
	const raw = {} as RawFiles;
	const readme = texts[README];
	if (readme !== undefined) raw.transliteration = parseTransliteration(readme);
	for (const [key, file] of Object.entries(FILES) as [keyof RawFiles, string][]) {
		const text = texts[file];
		if (text === undefined) {
			problems.push({ file, record: '(file)', field: '(file)', message: 'file is missing' });
			continue;
		}
		try {
			raw[key] = JSON.parse(text);
		} catch (e) {
			problems.push({
				file,
				record: '(file)',
				field: '(json)',
				message: `not valid JSON: ${(e as Error).message}`
			});
		}
	}
	if (problems.length > 0) return { ok: false, record: null, problems };
	return validateRecord(raw);
}
