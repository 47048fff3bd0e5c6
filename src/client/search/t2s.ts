/**
 * Traditional → simplified Chinese for search queries, with OpenCC's own tables (opencc-js).
 * Imported only for a query with a character the report's text never uses (about 26 KB gzip).
 * Hong Kong and Taiwan variant forms are folded first; OpenCC's phrase table then settles the
 * characters whose simplified form depends on the word (乾坤 keeps 乾, 乾淨 becomes 干净).
 */
import { ConverterFactory } from 'opencc-js/core';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';

export const toSimplified = ConverterFactory(
	[HKVariantsRev, TWVariantsRev],
	[TSPhrases, TSCharacters],
);
