/**
 * The query parameters of the data-centre table's view (table-state.ts): apart, so that the
 * language link (client/lang-link.ts, loaded on every page) carries them without the rest.
 */
export const PARAMS = { sort: 'dc-sort', group: 'dc-group' } as const;
