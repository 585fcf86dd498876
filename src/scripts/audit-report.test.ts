import { describe, expect, it } from 'vitest';
import { readAudit } from './audit-report';

const report = (counts: object, vulnerabilities: object = {}) =>
	JSON.stringify({ auditReportVersion: 2, vulnerabilities, metadata: { vulnerabilities: counts } });

describe('readAudit', () => {
	it('passes a report without high or critical findings', () => {
		expect(readAudit(report({ info: 0, low: 1, moderate: 2, high: 0, critical: 0 }))).toEqual({
			kind: 'clean',
			summary: '0 info, 1 low, 2 moderate, 0 high, 0 critical'
		});
	});

	it('fails on high or critical findings and names the packages', () => {
		const v = readAudit(
			report(
				{ low: 1, high: 1, critical: 1 },
				{ a: { severity: 'low' }, b: { severity: 'high' }, c: { severity: 'critical' } }
			)
		);
		expect(v).toMatchObject({ kind: 'findings', packages: ['b (high)', 'c (critical)'] });
	});

	it('never mistakes an audit that could not run for a pass', () => {
		// What this machine's registry answers to the advisory endpoint (seen 2026-11-21).
		const refused = JSON.stringify({
			message:
				'405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
			statusCode: 405
		});
		expect(readAudit(refused)).toEqual({
			kind: 'unavailable',
			summary:
				'the audit could not run: 405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk'
		});
		expect(readAudit('').kind).toBe('unavailable');
		expect(readAudit('npm error network').kind).toBe('unavailable');
	});
});
