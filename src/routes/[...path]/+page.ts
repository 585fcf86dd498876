// Any address that is no page (an unknown day or language): a static host serves the fallback
// page (404.html), and this route sends the reader to the nearest valid state, with a notice.
export const prerender = false;
export const ssr = false;
