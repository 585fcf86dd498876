import type { ParamMatcher } from '@sveltejs/kit';
import { isLang } from '#lib/data/vocabulary.ts';

export const match: ParamMatcher = isLang;
