/**
 * Up to this many pages an edition, the first query loads every page's text (this site: ten);
 * beyond, it loads only candidates from the character-pair index (grams.ts). A module of its own,
 * so that the panel's chunk takes this number and none of the index's code.
 */
export const SCALE = 40;
