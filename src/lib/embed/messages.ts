/**
 * The embed's message protocol with its host page (README: "Embedding"). Pure: parsing and
 * building messages only; `host-link.ts` does the listening and posting.
 *
 * Host → embed:  {type: "qantar:set", day?, view?, event?, theme?, lang?}
 * Embed → host:  {type: "qantar:ready", state} · {type: "qantar:state", state}
 *                {type: "qantar:resize", height}
 *                "pymxPYMx{id}xPYMxheightxPYMx{px}" (pym.js child protocol)
 */
// zod's small build: the embed ships this validator to every reader, and the full build would
// add ~20 KB gzip to its first load. No eval under the page's Content-Security-Policy (see
// $lib/data/zod.ts): `jitless`.
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { isTimelineDay } from '#lib/data/days.ts';
import { LANGS, THEMES, VIEWS } from '#lib/data/vocabulary.ts';
import type { UrlState } from '#lib/state/url.ts';

/** Larger messages are not read at all. */
export const MAX_MESSAGE_BYTES = 4096;

// The small build has no messages of its own: the English ones make the console warnings readable.
z.config({ ...en(), jitless: true });

const setSchema = z.strictObject({
	type: z.literal('qantar:set'),
	day: z.optional(z.string().check(z.refine(isTimelineDay, 'not a day of the timeline'))),
	view: z.optional(z.enum(VIEWS)),
	// The form of an event id (geo/README.md); whether it exists is the page's to judge.
	event: z.optional(
		z.nullable(
			z.string().check(z.maxLength(120), z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'not an event id'))
		)
	),
	theme: z.optional(z.nullable(z.enum(THEMES))),
	lang: z.optional(z.enum(LANGS))
});

export type SetCommand = Omit<z.infer<typeof setSchema>, 'type'>;

export type Inbound =
	| { kind: 'set'; command: SetCommand }
	| { kind: 'pym'; type: string; message: string }
	| { kind: 'ignore'; reason: string };

const PYM = /^pymxPYMx(.+?)xPYMx(\S+)xPYMx(.*)$/;

/** Reads one message from the host; anything unexpected is `ignore` with the reason, never thrown. */
export function parseInbound(data: unknown, pymId: string | null): Inbound {
	if (typeof data === 'string') {
		if (data.length > MAX_MESSAGE_BYTES) return { kind: 'ignore', reason: 'message too large' };
		const m = PYM.exec(data);
		if (m && pymId !== null && m[1] === pymId) return { kind: 'pym', type: m[2]!, message: m[3]! };
		return { kind: 'ignore', reason: 'not a message for this embed' };
	}
	if (typeof data !== 'object' || data === null) return { kind: 'ignore', reason: 'not an object' };
	let size = 0;
	try {
		size = JSON.stringify(data).length;
	} catch {
		return { kind: 'ignore', reason: 'not serialisable' };
	}
	if (size > MAX_MESSAGE_BYTES) return { kind: 'ignore', reason: 'message too large' };
	const type = (data as { type?: unknown }).type;
	if (typeof type !== 'string' || !type.startsWith('qantar:'))
		return { kind: 'ignore', reason: 'not a qantar message' };
	const parsed = setSchema.safeParse(data);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		return { kind: 'ignore', reason: `${issue.path.join('.') || 'message'}: ${issue.message}` };
	}
	const { type: _type, ...command } = parsed.data;
	return { kind: 'set', command };
}

/** A message as the embed received it. */
export interface Received {
	data: unknown;
	origin: string;
	/** Sent by the window that embeds us (not another frame, tab or the embed itself). */
	fromParent: boolean;
}

export type Verdict =
	Exclude<Inbound, { kind: 'ignore' }> | { kind: 'ignore'; reason: string; warn: boolean };

/** A message meant for a Qantar embed: worth a warning when it is ignored. */
function looksQantar(data: unknown): boolean {
	if (typeof data === 'string') return data.startsWith('qantar');
	const type = typeof data === 'object' && data !== null && (data as { type?: unknown }).type;
	return typeof type === 'string' && type.startsWith('qantar:');
}

/**
 * Decides what to do with one message: only the parent may command the embed, only with a valid
 * message, only from an allowed origin. Never throws; an ignored message that was meant for us
 * (or any object from the parent) is worth a console warning, other traffic is not.
 */
export function judgeMessage(
	m: Received,
	pymId: string | null,
	allowlist: readonly string[]
): Verdict {
	if (!m.fromParent)
		return { kind: 'ignore', reason: 'not from the host page', warn: looksQantar(m.data) };
	const inbound = parseInbound(m.data, pymId);
	if (inbound.kind === 'ignore')
		return { ...inbound, warn: typeof m.data === 'object' || looksQantar(m.data) };
	if (inbound.kind === 'set' && !originAllowed(m.origin, allowlist))
		return { kind: 'ignore', reason: `commands from ${m.origin} are not allowed`, warn: true };
	return inbound;
}

/**
 * Whether a host origin may command the embed. An empty list allows any parent (the default);
 * entries are exact origins (`https://news.example`) or `*.` wildcards for subdomains.
 */
export function originAllowed(origin: string, allowlist: readonly string[]): boolean {
	if (allowlist.length === 0) return true;
	return allowlist.some((entry) => {
		if (entry === origin) return true;
		if (!entry.includes('*.')) return false;
		const [scheme, host] = entry.split('*.');
		return origin.startsWith(scheme!) && origin.endsWith(`.${host}`);
	});
}

/** The allowlist from the build's configuration (PUBLIC_EMBED_ORIGINS, comma-separated). */
export function configuredOrigins(value: string | undefined): string[] {
	return (value ?? '')
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean);
}

export const stateMessage = (type: 'qantar:ready' | 'qantar:state', state: UrlState) => ({
	type,
	state
});

export const resizeMessage = (height: number) => ({ type: 'qantar:resize', height });

export const pymHeightMessage = (id: string, height: number) =>
	['pym', id, 'height', String(height)].join('xPYMx');
