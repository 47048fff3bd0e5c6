/**
 * Sharing (posters, QR codes before idle, the WeChat hint) in Chromium, Firefox ESR and WebKit, one
 * engine after another: see tests/helpers/engines/share.ts.
 */
import { describe } from 'vitest';
import { shareJourneys } from '../helpers/engines/share';

for (const engine of ['chromium', 'firefox', 'webkit'] as const)
	describe(engine, () => shareJourneys(engine));
