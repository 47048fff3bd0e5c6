/** Render an .astro component with Astro's Container API and parse the HTML it returns. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { parseHTML } from 'linkedom';
import { localsFor } from '~/i18n';

let container: AstroContainer | undefined;

export interface Rendered {
	html: string;
	/** A fragment holding the rendered elements, to query like a page. */
	root: DocumentFragment;
}

export async function render(
	component: AstroComponentFactory,
	props: Record<string, unknown> = {},
	slots: Record<string, string> = {},
	locale = 'zh-CN',
): Promise<Rendered> {
	container ??= await AstroContainer.create();
	// The container runs no middleware: hand the component what src/middleware.ts would.
	const html = await container.renderToString(component, {
		props,
		slots,
		locals: localsFor(locale),
	});
	const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
	const root = document.createDocumentFragment();
	root.append(...document.body.childNodes);
	return { html, root };
}
