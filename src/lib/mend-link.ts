/**
 * Links mangled on their way to the reader (no DOM): what a chat app glues to a link's end when it
 * turns text into links (the full stop or bracket after it, 。）, or ".)"), a link cut short when
 * copied, a capital letter typed by hand. The 404 page (client/notfound.ts) goes on to the page a
 * mended path names; a page with no element for its #id goes to the id it meant
 * (client/mend-hash.ts). Unit-tested.
 */

/**
 * What can end a link by accident: spaces, punctuation and symbols (Unicode's P and S classes: the
 * full stops, commas, brackets and quotes of either width). No URL of the site ends with one but a
 * page's final slash, which mendPath puts back (ids, slugs and files are ASCII letters, digits, -).
 */
const TAIL = /[\s\p{P}\p{S}]+$/u;

/** Decodes percent escapes; one cut in half at the end (a link cut short) is dropped. */
export function decoded(path: string): string {
	for (let p = path; ; p = p.replace(/%[0-9a-f]{0,2}$/i, '')) {
		try {
			return decodeURIComponent(p);
		} catch {
			if (!/%[0-9a-f]{0,2}$/i.test(p)) return path;
		}
	}
}

/**
 * The path as it was meant: decoded, in half-width form (NFKC), without an accidental tail, in
 * lower case (every path of the site is), with one slash between segments, and a page's path (a
 * last segment without a file extension) ending in a slash; `name.html` is read as `name/`. The
 * same path once mended is unchanged (so a 404 page never sends the reader round in a circle).
 */
export function mendPath(path: string): string {
	let p = decoded(path)
		.normalize('NFKC')
		.replace(TAIL, '')
		.toLowerCase()
		.replace(/\/{2,}/g, '/');
	p = p.replace(/(?:\/index)?\.html?$/, '/');
	if (!/\.[a-z0-9]+$/.test(p) && !p.endsWith('/')) p += '/';
	return p.startsWith('/') ? p : `/${p}`;
}

/** An #id as it was meant: decoded, half-width, without an accidental tail (ids keep their case). */
export const mendId = (id: string): string => decoded(id).normalize('NFKC').replace(TAIL, '');
