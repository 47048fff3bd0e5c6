/** Hit-by-hit landing from search in Chromium, Firefox and WebKit: tests/helpers/engines/hits.ts. */
import { describe } from 'vitest';
import { engineOn } from '../helpers/engines/index';
import { hitsJourneys } from '../helpers/engines/hits';

for (const engine of ['chromium', 'firefox', 'webkit'] as const)
	if (engineOn(engine)) describe(engine, () => hitsJourneys(engine));
