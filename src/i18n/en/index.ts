/**
 * English UI strings: the same keys and `{placeholders}` as the Chinese dictionary (src/i18n/zh),
 * which stays the source of truth. Values that end or start with a space or punctuation are
 * fragments a component joins with data, as their Chinese counterparts are.
 */
import type zh from '../zh';
import client from './client';
import search from './search';

export default {
	...search,
	...client,
	'site.name': 'AI Top 10 Trends 2025 · Reader',
	'site.tagline': 'A web reader for the Annual AI TOP10 Report 2025 by QbitAI Insights',
	'skip.main': 'Skip to main content',
	'nav.label': 'Report contents',
	'nav.home': 'Home',
	'nav.about': 'About',
	'nav.menu': 'Contents',
	'nav.allTrends': 'The ten trends, by part',
	'nav.close': 'Close contents',
	'nav.parts': 'The four parts',
	'theme.toggle': 'Dark mode',
	'breadcrumb.label': 'Breadcrumb',
	'trend.toc': 'On this page',
	'trend.sources': 'Sources',
	'trend.readingTime': '{min} min read',
	'trend.partInferred':
		'This trend’s part is inferred: the report’s overview page does not say where Trend 9 belongs; judging by the layout, this site places it under “Application Landscape”.',
	'trend.prev': 'Previous trend',
	'trend.next': 'Next trend',
	'part.label': 'Part {n}',
	'part.trends': 'Trends in this part',
	'part.prev': 'Previous part',
	'part.next': 'Next part',
	'home.overview': 'The year’s ten AI trends at a glance',
	'home.foreword': 'Foreword',
	'home.forewordMore': 'Read the full foreword',
	'sources.page': 'page {page}',
	'sources.kind.report': 'Report',
	'sources.kind.coverage': 'Public coverage',
	'sources.kind.crosscheck': 'Public material (for checking numbers, not in the report)',
	'note.uncertain': 'Uncertain',
	'note.gap': 'Missing detail',
	'note.background': 'Background (added by this site, not in the report)',
	'footer.disclaimer':
		'This is an unofficial reader: its text is written anew by this site from the report and public coverage; every number cites its source.',
	'footer.publisher': 'Report published by QbitAI Insights',
	'notfound.title': 'Page not found',
	'notfound.lead':
		'The link may be wrong or the page may have moved. Try a search, or start reading from the ten trends below.',
	'site.shortName': 'AI Top 10 Trends',
	'site.cardFooter': '{title} by {publisher} · Web reader',
	'nav.partsPager': 'Previous and next part',
	'nav.trendsPager': 'Previous and next trend',
	'nav.backHome': 'Back to the home page',
	'trend.title': 'Trend {n}: {title}',
	'trend.keywords': 'Keywords',
	'trend.partInferredMore': 'Details',
	'home.publisher': 'Published by {publisher}',
	// Follows the year in the cover heading with no space between them.
	'home.title': 'Annual AI TOP10{br}Report {year}',
	'home.towards': 'to',
	'home.description':
		'A web reader for {title} by {publisher}: four parts, ten trends, from {from} to {to}.',
	'home.overviewLead': 'Four parts, ten trends, in the order of the report’s overview page.',
	'home.forewordSource': 'From the report, page 2. ',
	'card.kicker': 'By {publisher} · {year}',
	'card.subtitle': '{from} → {to}: four parts, ten trends',
	'card.trendKicker': 'Trend {n} · Part {part} {partTitle}',
	'card.partKicker': 'Part {n} · {titleEn}',
	'share.copyLink': 'Copy link',
	'share.copyLinkTo': 'Copy link to {label}',
	'share.share': 'Share',
	'cite.summary': 'Cite this trend',
	'cite.copy': 'Copy',
	'search.label': 'Search',
	'search.description':
		'Search the ten trends of the Annual AI TOP10 Report 2025 by keyword, in Chinese or English.',
	'search.noscript': 'Search needs JavaScript. You can also browse ',
	'search.noscriptLink': 'the list of the ten trends',
	'sources.prefix': 'Sources: ',
	'sources.reportPage': 'page {page} of the report',
	'sources.separator': ', ',
	'list.comma': ', ',
	'list.semicolon': '; ',
	'list.enum': ', ',
	'figure.label': 'Figure {n}',
	'figure.caption': '{title} ({unit})',
	'figure.notesInData': 'Why each row has its confidence: the note field of ',
	'figure.table': '{label} data table',
	'figure.sourcePrefix': 'Source: ',
	'figure.showTable': 'Show table',
	'figure.showChart': 'Show chart',
	'figure.hollow': 'Hollow: uncertain',
	'figure.chartFailed': 'The chart did not load; here is its table.',
	'figure.chartRetry': 'Reload chart',
	'figure.confidence': 'Confidence and notes',
	'figure.total': 'Total',
	'figure.crossCheck': 'Cross-check',
	'figure.capex.company': 'Company',
	'figure.capex.takeaway':
		'The four companies’ capital expenditure in {later} totals {total}, against {earlierSum} in {earlier}{allUp}.',
	'figure.capex.allUp': '; each one spends more than the year before',
	'figure.capex.stated': 'The report states: {label} ({series}, i.e. {total})',
	'figure.capex.source':
		', the “capital expenditure growth” chart; the numbers are decoded from the OCR text of the page. {bases}. * and hollow bars: values with a confidence below “high”.',
	'figure.datacenters.place': 'Location',
	'figure.datacenters.investor': 'Investor',
	'figure.datacenters.amount': 'Amount',
	'figure.datacenters.ownCurrency': 'original currency',
	'figure.datacenters.takeaway':
		'The map lists {count} investments in {groups} groups of regions; the largest single one is {place} ({amount}). Euro and dollar amounts are each listed in their own currency, neither converted nor added up.',
	'figure.datacenters.mapAlt':
		'World map: AI data-center investments marked in {countries}, colored by the four groups of regions.',
	'figure.datacenters.source':
		', the global AI infrastructure map. Amounts are decoded from the OCR text of the page and given in billions (the report’s unit is 100 million), each in its own currency: euro and dollar amounts are neither converted nor added up. The horizontal axis is logarithmic. ',
	'confidence.label': 'Confidence {level}',
	'confidence.high': 'high',
	'confidence.medium-high': 'medium-high',
	'confidence.medium': 'medium',
	'confidence.low-medium': 'low-medium',
	'confidence.low': 'low',
	'format.billions': '{qualifier}{currency}{amount} bn',
	'format.currency.USD': 'US$',
	'format.currency.EUR': '€',
	'format.qualifier.more-than': 'more than ',
	'format.qualifier.about': 'about ',
	'notfound.search': 'Search the report',
	'about.title': 'About this site and the report',
	'about.description':
		'About {title} by {publisher}, and where the text and numbers of this reader come from.',
	'about.report': 'The report',
	'about.reportText':
		'{titleEn} ({title}), published by {publisherEn} ({publisher}), selects ten trends of the year along four dimensions, AI Infrastructure, Model Evolution, Application Landscape and China Time, and is written for {audience}.',
	'about.released': 'Released on or around {date}. ',
	'about.foreword': 'Foreword (report text)',
	'about.forewordNote':
		'Below is this site’s English translation of the full foreword on page 2 of the report (made from the Chinese text after correcting OCR errors such as “AGl” → “AGI”).',
	'about.thisSite': 'What this site does',
	'about.thisSite.1':
		'It turns the report’s four parts and ten trends into web pages you can read, search and share on a phone or a computer.',
	'about.thisSite.2':
		'The text of each trend is written by this site from the report’s pages and public coverage, without copying the coverage; every section and every number cites its source.',
	'about.thisSite.3':
		'The two figures of Trend 1 are redrawn from page 6 of the report; their data is kept in one data file, from which the charts, tables, text and downloads all read.',
	'about.thisSite.4':
		'Paragraphs marked “Background” are general background added by this site; they are not part of the report.',
	'about.uncertainty': 'What is uncertain',
	'about.uncertainty.1':
		'This site has seen only the OCR text of the report’s first 6 pages. The OCR has wrong characters, which this site corrects from the context and public coverage, for example “狂鼠” → “狂飙” (surging) and “倒通” → “倒逼” (forces); two corrections, “芯机遇” → “新机遇” (new opportunities) and “焕脑” → “换脑” (brain swap), are inferences.',
	'about.uncertainty.2':
		'The numbers in the page 6 figures are decoded from OCR characters; every row carries a confidence (high / medium-high / medium / low-medium / low) and a reason. Microsoft’s and Meta’s 2025E values (60 and 63) may be swapped.',
	'about.uncertainty.3':
		'Which group each place on the map belongs to is inferred from the order of the OCR text.',
	'about.uncertainty.4':
		'{trend} belongs to a part the report does not name; judging by the overview page’s layout, this site places it under “Application Landscape”.',
	'about.uncertainty.5':
		'This site has not seen the report’s pages for Trends 2–10; those trends are written from public coverage, so their length and detail are limited, and their pages say so.',
	'cite.trendTitle': 'Trend {n}: {title}',
	'cite.compiledFrom': 'Compiled from {title} by {publisher}',
	'shortlink.goto': 'Go to the page of Trend {n}',
	// Short, as language switches are: the header has no room at 390 px (the link's name is whole).
	'lang.name': 'EN',
	// Begins with what the link shows (EN), so speech users can name it.
	'lang.switchLabel': 'EN: read this page in English',
	'footer.report': '{publisher}, {title}',
	'trend.labelSep': '{label}: ',
	'search.noscriptEnd': '.',
	'list.sentence': ' ',
	'share.qr': 'QR code',
	'share.poster': 'Make a poster',
	'cite.download': 'Download {file}',
} as const satisfies Record<keyof typeof zh, string>;
