import { DEFAULT_DAY } from '#lib/data/days.ts';
import type { Lang } from '#lib/data/vocabulary.ts';
import type { PageLoad } from './$types';

/** `/{lang}/` and `/{lang}/{day}/` are one route, so moving between days keeps the map alive. */
export const load: PageLoad = ({ params }) => ({
	lang: params.lang as Lang,
	day: params.day ?? DEFAULT_DAY
});
