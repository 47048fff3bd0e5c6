/** Reading in place (previews, glossary, search hits) in Chromium, Firefox and WebKit: tests/helpers/engines/reading.ts. */
import { describe } from 'vitest';
import { engineOn } from '../helpers/engines/index';
import { readingJourneys } from '../helpers/engines/reading';

for (const engine of ['chromium', 'firefox', 'webkit'] as const)
	if (engineOn(engine)) describe(engine, () => readingJourneys(engine));
