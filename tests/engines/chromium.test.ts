/** The reader's journeys in Chromium (playwright-core, Debian's chromium): see tests/helpers/engines/journeys.ts. */
import { journeys } from '../helpers/engines/journeys';
import { secondTierJourneys } from '../helpers/engines/second-tier';

secondTierJourneys(journeys('chromium'));
