/**
 * Loaded by boot.ts once the page is idle. Each companion feature is its own chunk, imported from
 * here, so none of them weighs on the first view. A chunk a deploy has removed is skipped.
 */
const skip = () => {};

void import('./offline').then((m) => m.run(), skip);

export {};
