import type { T } from './i18n';
import type { Lang } from './i18n/langs';

declare global {
	namespace App {
		/** Set by src/middleware.ts for every page. */
		interface Locals {
			lang: Lang;
			t: T;
		}
	}
}
