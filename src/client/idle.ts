/**
 * Loaded by boot.ts once the page is idle. Each companion feature is its own chunk, imported from
 * here, so none of them weighs on the first view. A chunk that fails to load (the reader navigated
 * away, or a deploy removed it) just leaves its feature out.
 */
const skip = () => {};

void import('./lang-link').then((m) => m.keepPlace(), skip);
void import('./share/listen').catch(skip);

// A module (boot.ts imports it), though it exports nothing.
export {};
