import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { FIGURE_IDS, datasetSchema } from './lib/figures/registry';
import { slug, sourceRef } from './lib/schema';

const report = defineCollection({
	loader: file('content/report.yaml'),
	schema: z.object({
		title: z.string().min(1),
		titleEn: z.string().min(1),
		publisher: z.string().min(1),
		publisherEn: z.string().min(1),
		year: z.number().int(),
		/** Earliest public coverage date: the report prints none. */
		released: z.coerce.date(),
		releasedNote: z.string(),
		releasedSources: z.array(reference('sources')).min(1),
		framing: z.object({
			from: z.string(),
			to: z.string(),
			text: z.string(),
			sources: z.array(reference('sources')).min(1),
		}),
		secondFraming: z.object({ text: z.string(), sources: z.array(reference('sources')).min(1) }),
		audience: z.string(),
		/** The report's own foreword (seed p.2), OCR-corrected, one string per paragraph. */
		foreword: z.array(z.string().min(1)).min(1),
		/** The English edition's rendering of the texts above (the foreword as this site's translation). */
		en: z.object({
			releasedNote: z.string().min(1),
			framing: z.object({
				from: z.string().min(1),
				to: z.string().min(1),
				text: z.string().min(1),
			}),
			secondFraming: z.object({ text: z.string().min(1) }),
			audience: z.string().min(1),
			foreword: z.array(z.string().min(1)).min(1),
		}),
	}),
});

const parts = defineCollection({
	loader: file('content/parts.yaml'),
	schema: z.object({
		number: z.number().int().min(1).max(4),
		title: z.string().min(1),
		titleEn: z.string().min(1),
		/** Sub-labels shown on the part divider. */
		themes: z.array(z.string()).min(1),
		intro: z.string().min(1),
		introSource: sourceRef,
		en: z.object({ themes: z.array(z.string().min(1)).min(1), intro: z.string().min(1) }),
	}),
});

const sources = defineCollection({
	loader: file('content/sources.yaml'),
	schema: z.object({
		kind: z.enum(['report', 'coverage', 'crosscheck', 'background']),
		/** Label used in inline citations. */
		short: z.string().min(1),
		title: z.string().min(1),
		publisher: z.string().min(1),
		/** YAML reads 2025-12-10 as a date and 2024 as a number; both are shown as written. */
		date: z
			.union([z.string(), z.number(), z.date()])
			.transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d)))
			.optional(),
		url: z.string().url().optional(),
		note: z.string().optional(),
		/**
		 * `title` is this site's description of the source, not its headline (which is in another
		 * language or missing): English pages show the English description in [brackets], as APA does.
		 */
		described: z.boolean().optional(),
		/** For English pages; `title` renders a Chinese title (shown after it in brackets). */
		en: z.object({
			short: z.string().min(1),
			publisher: z.string().min(1),
			title: z.string().min(1),
			note: z.string().optional(),
		}),
	}),
});

const datasets = defineCollection({
	loader: glob({ base: './content/data', pattern: '*.json' }),
	schema: datasetSchema,
});

const trends = defineCollection({
	// Chinese at content/trends/<slug>.mdx, English twins at content/trends/en/<slug>.mdx.
	// Files starting with `_` are drafts or partials and are skipped.
	// The id is the file path, not the `slug` field, so a duplicated slug is caught by
	// validateTrends instead of silently overwriting another entry.
	loader: glob({
		base: './content/trends',
		pattern: '**/[^_]*.mdx',
		generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
	}),
	schema: z.object({
		/** Position in the report, 1–10; also the reading order. */
		number: z.number().int().min(1).max(10),
		/** Stable ASCII URL segment: /trends/<slug>/. Must match the file name. */
		slug,
		part: reference('parts'),
		/** `inferred` when no source states the part (trend 9). */
		partPlacement: z.enum(['stated', 'inferred']).default('stated'),
		/** The full title in the file's language (Chinese: corrected from the report). */
		title: z.string().min(1),
		/** The title as the report's overview sets it: a short head and a second clause. */
		titleLines: z.tuple([z.string().min(1), z.string().min(1)]),
		/** Chinese files only: the English title shown under the Chinese one. */
		titleEn: z.string().min(1).optional(),
		/** One or two sentences: the lead paragraph, cards and meta description (≤ 160 in Chinese). */
		summary: z.string().min(10).max(300),
		/** Terms a reader searches for, Chinese and English. */
		keywords: z.array(z.string().min(1)).min(3),
		sources: z.array(sourceRef).min(1),
		/** Datasets drawn as figures on this page, in order. */
		figures: z.array(z.enum(FIGURE_IDS)).default([]),
	}),
});

/** One language's side of a glossary term: its form in the texts, and the other forms they use. */
const termForms = z.object({
	term: z.string().min(1),
	aliases: z.array(z.string().min(1)).default([]),
	/**
	 * General background in this site's words, never the report's claim (the pages say so). Required
	 * of a listed term; a rendering only (`listed: false`) has none.
	 */
	definition: z.string().min(10).optional(),
});

const glossary = defineCollection({
	// The entry's `id` is the anchor on /glossary/ and /en/glossary/; where each term appears is
	// derived from the trend texts at build (src/integrations/remark-glossary.mjs). It is also the
	// single table of English renderings (tests/unit/renderings.test.ts checks the English texts).
	loader: file('content/glossary.yaml'),
	schema: termForms
		.extend({
			/** Terms the texts use throughout: linked at their first occurrence on a page, not in each section. */
			once: z.boolean().default(false),
			/** False: a rendering only, kept for the English texts; not on the glossary pages, never linked. */
			listed: z.boolean().default(true),
			en: termForms.extend({
				/** English renderings of the term that the English texts must not use (a test flags them). */
				variants: z.array(z.string().min(1)).default([]),
				/** The variants match exactly as written (LLM, not the llms of llms.txt). */
				caseSensitive: z.boolean().default(false),
				/** Why this rendering, for the next author. */
				note: z.string().min(1).optional(),
			}),
		})
		.superRefine((entry, ctx) => {
			if (entry.listed && !(entry.definition && entry.en.definition))
				ctx.addIssue({
					code: 'custom',
					message:
						'a listed term needs a definition in both languages (`listed: false` marks a rendering only)',
				});
			const fold = (f: string) => (entry.en.caseSensitive ? f : f.toLowerCase());
			const used = [entry.en.term, ...entry.en.aliases].map(fold);
			for (const variant of entry.en.variants)
				if (used.includes(fold(variant)))
					ctx.addIssue({
						code: 'custom',
						path: ['en', 'variants'],
						message: `"${variant}" is both a form the English texts use and a variant they must not use`,
					});
		}),
});

/** Prose pages that are not trends (the about page): Chinese at content/pages/<id>.mdx, English at en/. */
const pages = defineCollection({
	loader: glob({
		base: './content/pages',
		pattern: '**/[^_]*.mdx',
		generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
	}),
	schema: z.object({
		/** The page's heading and document title. */
		title: z.string().min(1),
		/** The meta description (search results, link previews). */
		description: z.string().min(10).max(200),
	}),
});

export const collections = { report, parts, sources, datasets, trends, glossary, pages };
