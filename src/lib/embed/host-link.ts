/**
 * The embed's side of the conversation with its host page: reports its height (pym.js and
 * `/embed.js` hosts alike), its readiness and every state change, and applies `qantar:set`
 * commands from its parent window. Commands are validated (messages.ts), never evaluated; a
 * burst of commands collapses to the latest one. `target.set` replaces the embed's history entry
 * (EmbedPage): a host's commands add none to the host page's Back button.
 */
import { tick } from 'svelte';
import { settled } from '#lib/state/readiness.ts';
import type { UrlState } from '#lib/state/url.ts';
import {
	judgeMessage,
	pymHeightMessage,
	resizeMessage,
	stateMessage,
	type SetCommand
} from './messages';

export interface EmbedTarget {
	getState(): UrlState;
	set(partial: Partial<UrlState>): Promise<void>;
}

export interface HostLink {
	/** Call when the map reports ready: posts ready (first time) or the state if it changed. */
	ready(): void;
	stop(): void;
}

export function linkHost(target: EmbedTarget, allowlist: readonly string[]): HostLink {
	const parent = window.parent;
	const embedded = parent !== window;
	const pymId = new URL(location.href).searchParams.get('childId');
	let lastHeight = -1;
	let lastPosted: string | null = null;
	let pending: SetCommand | null = null;
	let applying = false;

	const post = (message: unknown) => {
		if (embedded) parent.postMessage(message, '*');
	};

	const postState = (force: boolean) => {
		const state = target.getState();
		const key = JSON.stringify(state);
		if (!force && key === lastPosted) return;
		post(stateMessage(lastPosted === null ? 'qantar:ready' : 'qantar:state', state));
		lastPosted = key;
	};

	// Heights go out only when they change, so a host that resizes us cannot start a loop.
	const sendHeight = (force = false) => {
		const height = Math.ceil(document.body.getBoundingClientRect().height);
		if (!force && height === lastHeight) return;
		lastHeight = height;
		post(resizeMessage(height));
		if (pymId) post(pymHeightMessage(pymId, height));
	};
	const observer = new ResizeObserver(() => sendHeight());
	observer.observe(document.body);

	async function drain() {
		if (applying) return;
		applying = true;
		while (pending) {
			const command = pending;
			pending = null;
			const { lang, day, view, event, theme } = command;
			await target.set({
				...(lang !== undefined && { lang }),
				...(day !== undefined && { day, event: null }),
				...(view !== undefined && { view }),
				...(event !== undefined && { event }),
				...(theme !== undefined && { theme })
			});
			// Let the new state reach the map: its effects mark "loading" before this resolves.
			await tick();
			await settled();
		}
		applying = false;
		// The answer: the state as it now is, even when the command changed nothing.
		postState(true);
	}

	const onMessage = (e: MessageEvent) => {
		const verdict = judgeMessage(
			{ data: e.data, origin: e.origin, fromParent: embedded && e.source === parent },
			pymId,
			allowlist
		);
		if (verdict.kind === 'pym') {
			// pym.js parents send the width on load and on resize; answer with the height.
			if (verdict.type === 'width') sendHeight(true);
			return;
		}
		if (verdict.kind === 'ignore') {
			if (verdict.warn) console.warn(`qantar embed: message ignored (${verdict.reason})`);
			return;
		}
		pending = verdict.command;
		void drain();
	};
	window.addEventListener('message', onMessage);
	sendHeight(true);

	return {
		ready() {
			if (!applying) postState(false);
		},
		stop() {
			observer.disconnect();
			window.removeEventListener('message', onMessage);
		}
	};
}
