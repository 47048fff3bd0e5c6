/** The reader's journeys in Firefox (puppeteer-core over WebDriver BiDi, Debian's firefox-esr): see tests/helpers/engines/journeys.ts. */
import { journeys } from '../helpers/engines/journeys';
import { secondTierJourneys } from '../helpers/engines/second-tier';

secondTierJourneys(journeys('firefox'));
