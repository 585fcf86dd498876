export const LANGS = ['en', 'de'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
	return value === 'en' || value === 'de';
}
