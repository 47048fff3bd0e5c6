/**
 * A page opened at a #id it has no element for (idle.ts): when the id is one a chat app glued its
 * punctuation to (#capex）, lib/mend-link.ts), the page goes to the id it meant, as the link would
 * have landed, unless the reader has moved since.
 */
import { mendId } from '~/lib/mend-link';

export function run(): void {
	const id = location.hash.slice(1);
	const meant = mendId(id);
	if (scrollY === 0 && meant !== id && document.getElementById(meant))
		location.replace(`#${meant}`);
}
