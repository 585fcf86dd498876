import { inLanguage } from '$lib/data/language';
import { isLang } from '$lib/i18n/lang';
import { record } from '$lib/server/record';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ params }) => ({
	record: isLang(params.lang) ? inLanguage(record, params.lang) : record
});
