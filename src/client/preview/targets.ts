/**
 * What the page previews (listen.ts waits for the reader to reach for one). A module of its own,
 * with no side effects, so the reading journeys find the same links.
 */
// The pager's links are left out: they are how a reader moves on, and a click on them navigates.
export const TARGETS =
	'sup.ref a, .prose-zh a[href*="glossary/#"], .prose-zh .datum, .glossary dd a[href*="/trends/"]';
