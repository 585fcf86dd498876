import { inLanguage } from '#lib/data/language.ts';
import { LANGS, isLang } from '#lib/data/vocabulary.ts';
import { record } from '#lib/server/record.ts';
import type { LayoutServerLoad } from './$types';

// Projected once per language, not once per prerendered page.
const byLang = new Map(LANGS.map((lang) => [lang, inLanguage(record, lang)]));

export const load: LayoutServerLoad = ({ params }) => ({
	record: (isLang(params.lang) && byLang.get(params.lang)) || record
});
