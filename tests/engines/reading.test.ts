/** Reading in place (previews, glossary, search hits) in Chromium, Firefox and WebKit: tests/helpers/engines/reading.ts. */
import { describe } from 'vitest';
import { readingJourneys } from '../helpers/engines/reading';

for (const engine of ['chromium', 'firefox', 'webkit'] as const)
	describe(engine, () => readingJourneys(engine));
