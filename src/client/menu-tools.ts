/**
 * The report menu, made whole when it first opens or the reader reaches for its button (idle.ts):
 * its list of trends (menu.ts) and the reading companion's resume line, read marks and text size
 * (reading/menu.ts); idle.ts adds the 离线阅读 control after them. Hidden until then, none of it is
 * built for a reader who never opens the menu (issue 25).
 */
import { draw, load } from './menu';
import { markRead, showResume, styles, textSize } from './reading/menu';

/**
 * Resolves, once the list and the styles are in, with what puts it all in the menu at once: drawn
 * piece by piece in an open menu, the tools above the list would push it down as they arrive.
 */
export async function prepare(): Promise<() => void> {
	const [menu] = await Promise.all([load(), styles()]);
	return () => {
		draw(menu);
		showResume();
		markRead();
		textSize();
	};
}
