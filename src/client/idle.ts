/**
 * Loaded by boot.ts once the page is idle. Each companion feature is its own chunk, imported from
 * here, so none of them weighs on the first view.
 */
void import('./share/listen').catch(() => {});

export {};
