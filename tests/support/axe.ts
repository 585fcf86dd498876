/** axe-core with the project's WCAG 2.2 AA rule set; one line per violation and element. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The rules of that set a theme can break (axe's `cat.color` at AA): a page's structure, names and
 * roles are the same in light and dark, its colours are not.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Every violation on the page, naming the state, the rule and the node, so a failure says where. */
export async function audit(
	page: Page,
	where: string,
	only: 'all' | 'colour' = 'all'
): Promise<string[]> {
	const axe = new AxeBuilder({ page });
	const { violations } = await (
		only === 'colour' ? axe.withRules(COLOUR_RULES) : axe.withTags(TAGS)
	).analyze();
	return violations.flatMap((v) =>
		v.nodes.map(
			(n) => `${where}: ${v.id} (${v.impact}) at ${n.target.join(' ')} — ${n.failureSummary}`
		)
	);
}
