/** What the web-test-runner config's request guard saw (see `casekit:requests` there). */
import {executeServerCommand} from '@web/test-runner-commands';
import {deepEqual} from './assert.js';

export interface SeenRequests {
  /** Requests to other origins from the page or its workers, all aborted by the guard. */
  foreign: {url: string; type: string}[];
  /** Paths requested under /dist/assets/ by the page and its workers. */
  assets: string[];
}

export interface SeenRequestsOptions {
  /** Afterwards drop the foreign requests whose URL starts with this (a deliberate one). */
  forgetForeign?: string;
  /** Afterwards empty the list of asset requests (at the start of a test file). */
  clearAssets?: boolean;
}

/** The guard's record so far. */
export const seenRequests = (options: SeenRequestsOptions = {}): Promise<SeenRequests> =>
  executeServerCommand<SeenRequests, SeenRequestsOptions>('casekit:requests', options);

/** Fails if this page or any worker asked another origin for anything. */
export async function assertSameOriginOnly(): Promise<SeenRequests> {
  // The page's own timeline (set a large buffer: the default keeps only 250 entries)...
  const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  const pageForeign = entries.filter((e) => new URL(e.name).origin !== location.origin).map((e) => e.name);
  deepEqual(pageForeign, [], 'resources from other origins (page)');
  // ...and the guard's record, which also has the workers' requests (not in the page's timeline).
  const seen = await seenRequests();
  deepEqual(seen.foreign, [], 'requests to other origins (page and workers)');
  return seen;
}
