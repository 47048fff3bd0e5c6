/** The reader's journeys in Chromium (playwright-core, Debian's chromium): see tests/helpers/engines/journeys.ts. */
import { journeys } from '../helpers/engines/journeys';
import { markdownJourney } from '../helpers/engines/markdown';
import { secondTierJourneys } from '../helpers/engines/second-tier';

const driver = journeys('chromium');
markdownJourney(driver);
secondTierJourneys(driver);
