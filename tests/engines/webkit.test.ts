/** The reader's journeys in WebKit (selenium-webdriver, WebKitGTK's WebKitWebDriver and MiniBrowser under Xvfb): see tests/helpers/engines/journeys.ts. */
import { journeys } from '../helpers/engines/journeys';
import { markdownJourney } from '../helpers/engines/markdown';
import { secondTierJourneys } from '../helpers/engines/second-tier';

const driver = journeys('webkit');
markdownJourney(driver);
secondTierJourneys(driver);
