/**
 * The 404 page, once idle (idle.ts). A link mangled on its way (lib/mend-link.ts: a chat app's 。or
 * ）glued to its end, a capital letter) goes on to the page it names once mended, when the server
 * has that page. Otherwise the page says which address it did not find and, in the line kept for it
 * under the lead, offers the one of its own links the address most likely meant
 * (lib/guess-page.ts): a link, never a jump. Hosts serve the root 404 (Chinese) for a missing
 * English address too: that reader goes on to the English 404, which does the same in English.
 * Without JavaScript the page is as before: the lead, the search box and the ten trends.
 */
import { closest, type Candidate } from '~/lib/guess-page';
import { decoded, mendId, mendPath } from '~/lib/mend-link';
import { setTwin } from './lang-link';

/** The parameter that carries the address asked for to the other edition's 404 page. */
const MISSING = 'missing';

/** lib/urls.ts's BASE, spelt out as in offline.ts. */
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/**
 * The path mended after the site's base: a sub-path is the host's to spell (GitHub Pages keeps a
 * repository name's capitals), not a mangled link's.
 */
const mended = (pathname: string): string =>
	pathname.startsWith(BASE)
		? BASE.slice(0, -1) + mendPath(pathname.slice(BASE.length - 1))
		: mendPath(pathname);

/** Whether the server has a page at this path (a HEAD request; false offline or on any failure). */
const exists = (path: string): Promise<boolean> =>
	fetch(path, { method: 'HEAD' }).then(
		(r) => r.ok,
		() => false,
	);

/** The page's links to its own edition's pages, as candidates for what a missing path meant. */
function candidates(home: string, editionOf: (path: string) => string): Candidate[] {
	const seen = new Map<string, Candidate>();
	for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
		const { origin, pathname } = new URL(a.href);
		if (origin !== location.origin || pathname === location.pathname) continue;
		if (editionOf(pathname) !== home || pathname === home) continue;
		const path = pathname.slice(home.length);
		if (seen.has(path)) continue;
		// A trend card says "趋势 05" and its title; the other links say what they are.
		const kicker = a.classList.contains('card') ? a.querySelector('.kicker')?.textContent : null;
		const label = kicker
			? `${kicker} · ${a.querySelector('.t')?.textContent ?? ''}`
			: (a.textContent ?? '');
		seen.set(path, {
			path,
			label: label.replace(/\s+/g, ' ').trim(),
			n: kicker ? Number(/\d+/.exec(kicker)?.[0]) : undefined,
		});
	}
	return [...seen.values()];
}

/** Fills the line kept under the lead: a label, then the page meant (a link) or the address. */
function say(slot: HTMLElement, label: string, value: HTMLElement): void {
	const head = document.createElement('span');
	head.textContent = label;
	slot.replaceChildren(head, value);
}

export async function run(): Promise<void> {
	const box = document.querySelector<HTMLElement>('[data-notfound]');
	const slot = box?.querySelector<HTMLElement>('.nf-guess');
	if (!box || !slot) return;
	const { notfound = '', home = '/', twinHome = '/', twinNotfound = '' } = box.dataset;
	// Of the two editions' homes ("/" and "/en/"), the longest a path starts with is its edition's.
	const editionOf = (path: string): string =>
		[home, twinHome].filter((h) => path.startsWith(h)).sort((a, b) => b.length - a.length)[0] ??
		home;

	const passed = new URLSearchParams(location.search).get(MISSING);
	if (!passed && location.pathname === notfound) return;
	const asked = new URL(passed ?? location.href, location.origin);
	const path = mended(asked.pathname);
	const hash = asked.hash.length > 1 ? `#${mendId(asked.hash.slice(1))}` : '';
	// Only ever this site: NFKC turns a full-width ＼ into "\", and a path "/\host" is that host.
	const to = new URL(path + asked.search + hash, location.origin);
	if (asked.origin !== location.origin || to.origin !== location.origin) return;

	if (path !== asked.pathname && (await exists(path))) {
		location.replace(to.href);
		return;
	}
	/** The other edition's 404 page, told which address was asked for. */
	const twinFor = (address: string): string => {
		const there = new URL(twinNotfound, location.origin);
		there.searchParams.set(MISSING, address);
		return there.href;
	};
	if (!passed && twinNotfound && editionOf(path) === twinHome) {
		location.replace(twinFor(asked.pathname + asked.search + asked.hash));
		return;
	}
	// The language link goes to the other edition's 404 page for this address's twin, which offers
	// what it meant in that language.
	if (twinNotfound && editionOf(path) === home)
		setTwin(twinFor(twinHome + path.slice(home.length) + hash));

	const meant = closest(path.slice(editionOf(path).length), candidates(home, editionOf));
	if (meant) {
		const link = document.createElement('a');
		link.href = home + meant.path + hash;
		link.className = 'link';
		link.textContent = meant.label;
		say(slot, box.dataset.guess ?? '', link);
	} else {
		const address = document.createElement('code');
		address.textContent = decoded(asked.pathname);
		say(slot, box.dataset.missing ?? '', address);
	}
}
