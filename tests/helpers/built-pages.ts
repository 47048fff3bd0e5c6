/** What the built-site tests read alike: the pages that have a head of their own, and PNG sizes. */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { htmlFiles, urlPath } from './dist';

/** Pages with a head of their own (the /t/N/ short links are redirects, noindex), parsed. */
export const headPages = () =>
	htmlFiles()
		.filter((f) => !/^\/(en\/)?t\//.test(urlPath(f)))
		.map((f) => ({ path: urlPath(f), document: parseHTML(readFileSync(f, 'utf8')).document }));

/** Width and height from a PNG's IHDR chunk; a file that is not a PNG fails. */
export function pngSize(file: string): [number, number] {
	const b = readFileSync(file);
	if (b.subarray(1, 4).toString() !== 'PNG') throw new Error(`${file}: not a PNG`);
	return [b.readUInt32BE(16), b.readUInt32BE(20)];
}
