/** The Segment-compatible routes' prefix (apps/server README, "Segment, RudderStack, Jitsu"). */
export const SEGMENT_ROUTES = '/api/integrations/segment/v1';

/** Where a customer-data tool sends to this Stayflow, built from the address the editor is served at. */
export interface IngestEndpoints {
  /** The batch route: what webhook destinations and Segment's server libraries post to. */
  batch: string;
  /** The single identify route (a quick check by hand). */
  identify: string;
  /** The host to give a library that appends `/v1/batch` to its host itself. */
  libraryHost: string;
}

/** The URLs of the Segment-compatible routes under `origin` (`window.location.origin`; a trailing slash is dropped). */
export function ingestEndpoints(origin: string): IngestEndpoints {
  const base = origin.replace(/\/+$/, '');
  return {
    batch: `${base}${SEGMENT_ROUTES}/batch`,
    identify: `${base}${SEGMENT_ROUTES}/identify`,
    libraryHost: `${base}/api/integrations/segment`,
  };
}
