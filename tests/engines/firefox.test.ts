/** The reader's journeys in Firefox (puppeteer-core over WebDriver BiDi, Debian's firefox-esr): see tests/helpers/engines/journeys.ts. */
import { journeys } from '../helpers/engines/journeys';
import { markdownJourney } from '../helpers/engines/markdown';
import { secondTierJourneys } from '../helpers/engines/second-tier';

const driver = journeys('firefox');
markdownJourney(driver);
secondTierJourneys(driver);
