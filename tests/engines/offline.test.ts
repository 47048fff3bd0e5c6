/** Offline reading, earned (issue 25), in Chromium, Firefox and WebKit: see tests/helpers/engines/offline.ts. */
import { engineOn } from '../helpers/engines/index';
import { offlineJourneys } from '../helpers/engines/offline';

for (const engine of ['chromium', 'firefox', 'webkit'] as const)
	if (engineOn(engine)) offlineJourneys(engine);
