/** What the site chrome (header, menu, footer, search filter) shows: passed down as props. */
import type { Library } from './content';

export interface Chrome {
	report: { publisher: string; title: string };
	parts: {
		id: string;
		number: number;
		title: string;
		trends: { id: string; number: number; title: string }[];
	}[];
}

export const chromeOf = (lib: Library): Chrome => ({
	report:
		lib.lang === 'en'
			? { publisher: lib.report.data.publisherEn, title: lib.report.data.titleEn }
			: { publisher: lib.report.data.publisher, title: lib.report.data.title },
	parts: lib.parts.map(({ part, trends }) => ({
		id: part.id,
		number: part.data.number,
		title: part.data.title,
		trends: trends.map((t) => ({
			id: t.data.slug,
			number: t.data.number,
			title: t.data.titleLines[0],
		})),
	})),
});
