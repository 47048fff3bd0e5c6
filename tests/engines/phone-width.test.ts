/**
 * Every page type of both editions at 320, 360, 375, 390 and 412 px in Chromium (mobile
 * emulation), home and a trend in Firefox ESR and WebKit: see tests/helpers/engines/phone-width.ts.
 */
import { phoneWidths } from '../helpers/engines/phone-width';

phoneWidths('chromium');
phoneWidths('firefox');
phoneWidths('webkit');
