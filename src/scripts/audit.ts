/**
 * `npm run audit`: the production dependencies (what readers' browsers load) against the npm
 * advisory database. Exits 1 on a high or critical finding, 2 when the audit cannot run (it needs
 * the registry's advisory endpoint). Development tools are not shipped and are left out.
 */
import { spawnSync } from 'node:child_process';
import { readAudit } from './audit-report';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
const verdict = readAudit(run.stdout ?? '');
if (verdict.kind === 'clean') {
	console.log(`audit: ok — production dependencies: ${verdict.summary}`);
} else if (verdict.kind === 'findings') {
	console.error(`audit: high or critical findings (${verdict.summary}):`);
	for (const p of verdict.packages) console.error(`  ${p}`);
	console.error('Run `npm audit --omit=dev` for details and fixes.');
	process.exit(1);
} else {
	console.error(`audit: ${verdict.summary}`);
	process.exit(2);
}
