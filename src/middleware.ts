/**
 * Once per page (every page is built ahead of time, so once per page at build): its language and
 * its `t()`, which every component reads from `Astro.locals` instead of working them out again.
 */
import { defineMiddleware } from 'astro:middleware';
import { localsFor } from '~/i18n';

export const onRequest = defineMiddleware((context, next) => {
	Object.assign(context.locals, localsFor(context.currentLocale));
	return next();
});
