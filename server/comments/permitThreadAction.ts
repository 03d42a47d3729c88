import type { ThreadViewer } from '../../shared/comments/threadVisibility.ts';
import { threadActionRequires, type PolicyThread, type ThreadAction } from '../../shared/permissions/threadPolicy.ts';
import { HttpError } from '../http/HttpError.ts';
import { permit, type StatementAccess } from '../statements/findStatementFor.ts';

/**
 * Throws unless the thread policy lets the viewer do `action` with this thread: 409 when the action
 * does not apply to its kind, else the statement policy's answer for the action it rests on
 * (403, or 409 at the wrong stage).
 */
export function permitThreadAction(access: StatementAccess, viewer: ThreadViewer, thread: PolicyThread, action: ThreadAction, notNowMessage?: string): void {
  const required = threadActionRequires(action, viewer, thread, [...access.can]);
  if (required === null) {
    throw new HttpError(
      'conflict',
      thread.kind === 'suggestion' ? 'A suggestion is accepted or rejected, not resolved' : 'Only a suggestion can be accepted or rejected',
    );
  }
  permit(access, required, notNowMessage);
}
