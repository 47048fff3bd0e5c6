/** The reader's journeys in Chromium (puppeteer-core over the DevTools protocol, Debian's chromium): see tests/helpers/engines/journeys.ts. */
import { journeys } from '../helpers/engines/journeys';

journeys('chromium');
