/**
 * Reads the JSON of `npm audit --omit=dev --json` (src/scripts/audit.ts runs it). Pure, so the
 * verdict is tested without the network: high and critical findings fail; an audit that could not
 * run (no registry, an endpoint that refuses) is said plainly and is never mistaken for a pass.
 */
export type AuditVerdict =
	| { kind: 'clean'; summary: string }
	| { kind: 'findings'; summary: string; packages: string[] }
	| { kind: 'unavailable'; summary: string };

const SEVERITIES = ['info', 'low', 'moderate', 'high', 'critical'] as const;
const FAILING = new Set(['high', 'critical']);

interface AuditJson {
	metadata?: { vulnerabilities?: Partial<Record<(typeof SEVERITIES)[number], number>> };
	vulnerabilities?: Record<string, { severity?: string }>;
	message?: string;
	error?: { summary?: string };
}

export function readAudit(output: string): AuditVerdict {
	let json: AuditJson;
	try {
		json = JSON.parse(output) as AuditJson;
	} catch {
		return { kind: 'unavailable', summary: 'npm audit gave no JSON report' };
	}
	const counts = json.metadata?.vulnerabilities;
	if (!counts)
		return {
			kind: 'unavailable',
			summary: `the audit could not run: ${json.message ?? json.error?.summary ?? 'no report'}`
		};
	const summary = SEVERITIES.map((s) => `${counts[s] ?? 0} ${s}`).join(', ');
	const packages = Object.entries(json.vulnerabilities ?? {})
		.filter(([, v]) => FAILING.has(v.severity ?? ''))
		.map(([name, v]) => `${name} (${v.severity})`);
	const failing = (counts.high ?? 0) + (counts.critical ?? 0);
	return failing > 0 ? { kind: 'findings', summary, packages } : { kind: 'clean', summary };
}
