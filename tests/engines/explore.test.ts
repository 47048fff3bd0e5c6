/**
 * The data-centre table to explore and the charts walked from the keyboard, in Chromium, Firefox
 * ESR and WebKit, one engine after another: see tests/helpers/engines/explore.ts.
 */
import { describe } from 'vitest';
import { exploreJourneys } from '../helpers/engines/explore';

for (const engine of ['chromium', 'firefox', 'webkit'] as const)
	describe(engine, () => exploreJourneys(engine));
