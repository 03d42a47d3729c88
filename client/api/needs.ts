import type { NeedCountView, NeedView } from '../../shared/api/types.ts';
import { apiRequest } from './apiRequest.ts';

/** The event the header's count listens for, so it follows a change made on the page at once. */
export const NEEDS_CHANGED = 'accord:needs-changed';

export const fetchNeeds = () => apiRequest<NeedView[]>('GET', '/api/me/needs');

export const fetchNeedCount = () => apiRequest<NeedCountView>('GET', '/api/me/needs/count');

export async function markNeedDone(id: string): Promise<void> {
  await apiRequest<void>('POST', `/api/me/needs/${encodeURIComponent(id)}/done`);
  window.dispatchEvent(new Event(NEEDS_CHANGED));
}
