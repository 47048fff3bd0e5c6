/** Offline reading, earned (issue 25), in Chromium, Firefox and WebKit: see tests/helpers/engines/offline.ts. */
import { offlineJourneys } from '../helpers/engines/offline';

for (const engine of ['chromium', 'firefox', 'webkit'] as const) offlineJourneys(engine);
