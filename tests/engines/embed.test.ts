/**
 * Embeds framed by another origin and the figures' image and embed menus, in Chromium, Firefox ESR
 * and WebKit, one engine after another: see tests/helpers/engines/embed.ts.
 */
import { describe } from 'vitest';
import { embedJourneys } from '../helpers/engines/embed';

for (const engine of ['chromium', 'firefox', 'webkit'] as const)
	describe(engine, () => embedJourneys(engine));
