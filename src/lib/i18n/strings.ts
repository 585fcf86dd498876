/**
 * The interface's words in every language of the site (strings/en.ts is the reference table).
 * Components read their language's table as `t`: `const t = $derived(STRINGS[lang])`.
 */
import type { Lang } from '#lib/data/vocabulary.ts';
import { de } from './strings/de';
import { en, type Strings } from './strings/en';

export type { Strings };

export const STRINGS: Record<Lang, Strings> = { en, de };
