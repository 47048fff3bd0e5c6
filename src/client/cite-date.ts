/**
 * A citation's access date is the reader's day. The build writes the citation style's own
 * placeholder in its place (lib/cite.ts: GB/T 7714's 引用日期, APA's "Month Day, Year"; BibTeX's
 * urldate is left out and added here), so that a build on another day changes no page and no
 * offline copy, and nobody cites the build's day as the day they read the page. This puts the
 * reader's day in, where a citation is shown and when one is copied (a trend's citation block and
 * its BibTeX, a figure's, the Markdown file).
 */

/** GB/T 7714: "(released)[accessed]", the accessed part. */
const GBT = /(\(\d{4}-\d{2}-\d{2}\)\[)[^\]\n]+(?=\])/g;
/** APA 7: "Retrieved accessed, from URL", the accessed part. */
const APA = /(Retrieved )[^\n]+?(?=, from )/g;
/** BibTeX: a web page's entry (howpublished = \url) gets its urldate after its year. */
const BIB =
	/(howpublished = \{\\url\{[^\n]*\}\},\n {2}year = \{\d{4}\},\n)(?: {2}urldate = \{[^}\n]*\},\n)?/g;

/** The text with each citation's access date set to `day` (today, in the reader's time zone). */
export function withAccessDate(text: string, day = new Date()): string {
	const two = (n: number) => String(n).padStart(2, '0');
	const gbt = `${day.getFullYear()}-${two(day.getMonth() + 1)}-${two(day.getDate())}`;
	const month = day.toLocaleDateString('en-US', { month: 'long' });
	return text
		.replace(GBT, `$1${gbt}`)
		.replace(APA, `$1${month} ${day.getDate()}, ${day.getFullYear()}`)
		.replace(BIB, `$1  urldate = {${gbt}},\n`);
}

/** Shows today's date in each of these citations (their text only, and only where it changes). */
export function showAccessDate(blocks: Iterable<Element>): void {
	for (const block of blocks) {
		const text = withAccessDate(block.textContent ?? '');
		if (text !== block.textContent) block.textContent = text;
	}
}
