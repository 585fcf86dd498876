import type { Lang } from '#lib/data/vocabulary.ts';
import type { PageLoad } from './$types';

export const prerender = true;

export const load: PageLoad = ({ data, params }) => ({ ...data, lang: params.lang as Lang });
