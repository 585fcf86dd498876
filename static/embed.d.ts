/** Types of /embed.js, the Qantar host helper (README: "Embedding"). */

export interface QantarState {
	lang: 'en' | 'de';
	day: string;
	view: 'region' | 'kazakhstan' | 'almaty' | null;
	theme: 'light' | 'dark' | null;
	event: string | null;
	types: string[] | null;
	earlier: boolean;
	static: boolean;
	embed: boolean;
	controls: 'full' | 'slider' | 'none';
	height: number | null;
}

export interface QantarCommand {
	day?: string;
	view?: 'region' | 'kazakhstan' | 'almaty';
	event?: string | null;
	theme?: 'light' | 'dark' | null;
	lang?: 'en' | 'de';
}

export interface QantarEmbed {
	readonly iframe: HTMLIFrameElement;
	/** The last state the embed reported, or null before it is ready. */
	readonly state: QantarState | null;
	/** Applies a partial state; resolves with the answering state once the map is ready. */
	set(command: QantarCommand): Promise<QantarState>;
	on(type: 'ready' | 'state', listener: (state: QantarState) => void): () => void;
	on(type: 'resize', listener: (height: number) => void): () => void;
}
