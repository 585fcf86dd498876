import type { ParamMatcher } from '@sveltejs/kit';
import { isLang } from '#lib/i18n/lang.ts';

export const match: ParamMatcher = isLang;
