/** axe-core with the project's WCAG 2.2 AA rule set; one line per violation and element. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every violation on the page, naming the state, the rule and the node, so a failure says where. */
export async function audit(page: Page, where: string): Promise<string[]> {
	const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
	return violations.flatMap((v) =>
		v.nodes.map(
			(n) => `${where}: ${v.id} (${v.impact}) at ${n.target.join(' ')} — ${n.failureSummary}`
		)
	);
}
