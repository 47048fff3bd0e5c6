/**
 * What the pages and the service worker say to each other (src/client/offline.ts ↔ src/sw/sw.ts):
 * types only, so neither bundles the other.
 */

/** The editions, as their files are listed (Chinese at the base, English under en/). */
export type Edition = 'zh' | 'en';

/** One file of an edition, as the build lists it: URL relative to the worker, revision, gzip bytes. */
export interface OfflineEntry {
	url: string;
	/** null for a file whose name carries its content hash (`_astro/`). */
	revision: string | null;
	bytes: number;
}

export type OfflineRequest =
	/** A first visit: keep this page and the files it loaded, nothing more. */
	| { type: 'keep'; urls: string[]; edition?: undefined }
	/** How much of the edition is stored. */
	| { type: 'status'; edition: Edition }
	/** Download the rest of the edition, reporting progress to the message's port. */
	| { type: 'download'; edition: Edition };

/** Bytes (gzip) of the edition stored and in all; `done` ends a download (`failed` files not stored). */
export interface OfflineReply {
	edition: Edition;
	stored: number;
	total: number;
	done?: boolean;
	failed?: number;
}
