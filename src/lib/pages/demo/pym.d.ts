// pym.js ships no types: the little of pym.Parent the demo host uses.
declare module 'pym.js' {
	interface ParentConfig {
		title?: string;
		id?: string;
		xdomain?: string;
	}
	interface PymParent {
		iframe: HTMLIFrameElement;
		remove(): void;
	}
	const pym: { Parent: new (id: string, url: string, config?: ParentConfig) => PymParent };
	export default pym;
}
