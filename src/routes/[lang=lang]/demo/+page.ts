import type { Lang } from '#lib/i18n/lang.ts';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ params }) => ({ lang: params.lang as Lang });
