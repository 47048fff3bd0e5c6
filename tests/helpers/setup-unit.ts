/**
 * The unit project's setup, run before each of its files. Its files share one module registry per
 * worker (tests/vitest.config.ts: isolate off), so a module that reads collections is loaded once
 * and keeps the `astro:content` it first saw: every file must see the same one. This is it, the
 * fixture library (helpers/astro-content.ts) behind the real module's schema helpers (reference),
 * which the content module's imports use to build schemas.
 */
import { vi } from 'vitest';

vi.mock('astro:content', async (importOriginal) => {
	const { astroContent, LIBRARY_FIXTURE } = await import('./astro-content');
	return { ...(await importOriginal<object>()), ...astroContent(LIBRARY_FIXTURE) };
});
