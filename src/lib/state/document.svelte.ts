/**
 * What a session does to the document around it: `<html lang>`, `data-theme` and the readiness
 * attribute `data-map-state` follow the session; the reader's colour scheme and motion preference
 * flow into it; the address is made canonical; `window.qantar` is installed for tests and hosts.
 */
import { installQantarApi } from './readiness';
import type { Session } from './session.svelte.ts';
import type { UrlState } from './url';

/**
 * Keeps the document in step with `session`, from mount until the component goes away. Call it
 * during component initialisation, right after creating the session.
 */
export function syncDocument(session: Session): void {
	// The readiness signal: a public contract for hosts and screenshot tests.
	$effect(() => {
		document.documentElement.dataset.mapState = session.signal;
	});
	// Client-side navigation between languages keeps the document: its language must follow.
	$effect(() => {
		document.documentElement.lang = session.lang;
	});
	$effect(() => {
		const theme = session.state.theme;
		if (theme) document.documentElement.dataset.theme = theme;
		else delete document.documentElement.dataset.theme;
	});
}

/** Browser-only start, on mount: media queries, the canonical address, `window.qantar`. */
export function startDocument(session: Session): () => void {
	const dark = matchMedia('(prefers-color-scheme: dark)');
	const motion = matchMedia('(prefers-reduced-motion: reduce)');
	const sync = () => {
		session.systemDark = dark.matches;
		session.reducedMotion = motion.matches;
	};
	sync();
	dark.addEventListener('change', sync);
	motion.addEventListener('change', sync);
	session.history.canonicalise();
	const uninstall = installQantarApi({
		getState: () => $state.snapshot(session.state) as UrlState,
		set: (partial) => session.set(partial),
		signal: () => session.signal,
		map: () => session.map
	});
	return () => {
		dark.removeEventListener('change', sync);
		motion.removeEventListener('change', sync);
		uninstall();
	};
}
