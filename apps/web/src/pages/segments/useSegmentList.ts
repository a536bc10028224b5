import { api } from '../../api/client.ts';
import type { SegmentList } from '../../api/types.ts';
import { useApi, type ApiState } from '../../hooks/useApi.ts';
import { useReloadWhile } from '../../hooks/useReloadWhile.ts';

/** How often the list is asked for again while the server recounts every customer. */
const RECOUNT_REFRESH_MS = 3_000;

/**
 * The segments with their counts. While the server says a recount is under way (and the
 * tab is visible), the list is loaded again every 3 seconds, each time after the previous
 * answer arrived; once the recount has ended it is left alone.
 */
export function useSegmentList(): ApiState<SegmentList> {
  const list = useApi('segments:list', api.segmentList);
  useReloadWhile(list, list.data?.recounting === true, RECOUNT_REFRESH_MS);
  return list;
}
