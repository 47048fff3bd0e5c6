/** The reader's journeys in Chromium (puppeteer-core over the DevTools protocol, Debian's chromium): see tests/helpers/engines/journeys.ts. */
import { journeys } from '../helpers/engines/journeys';
import { markdownJourney } from '../helpers/engines/markdown';
import { secondTierJourneys } from '../helpers/engines/second-tier';

const driver = journeys('chromium');
if (driver) {
	markdownJourney(driver);
	secondTierJourneys(driver);
}
