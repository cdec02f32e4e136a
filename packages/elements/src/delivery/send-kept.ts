// One attempt at sending a submission, kept safe while it is in flight: under the action's lock,
// the envelope is written to the person's outbox first (closing the page mid-flight loses
// nothing, and the next load sends the same envelope), then posted, then forgotten if the server
// answered for it (delivered or refused) or kept with the failure to try again later.
import type { SubmissionEnvelope } from '@caf-forms/core/runtime';
import { type OutboxEntry, type Owner, forget, keep, withActionLock, withFailure } from './outbox.js';
import { type PostOptions, type PostResult, postEnvelope } from './post.js';

export interface SendKept {
  result: PostResult;
  /** The envelope was written to the outbox before the attempt. */
  kept: boolean;
}

/**
 * Sends `envelope` to `action`; `savedAt` is when it was frozen. Without an owner nothing is kept
 * on the device. `onKept` runs once the outbox holds the answers (the draft can go: a draft as
 * well would invite submitting them twice).
 */
export async function sendKept(
  action: string,
  envelope: SubmissionEnvelope,
  savedAt: number,
  owner: Owner | undefined,
  post: PostOptions,
  onKept: () => Promise<unknown>,
): Promise<SendKept> {
  const entry: OutboxEntry = { submissionId: envelope.submissionId, action, envelope, savedAt, status: 'sending' };
  let kept = false;
  const result = await withActionLock(action, async () => {
    if (owner)
      kept = await keep(owner, entry).then(
        () => true,
        () => false,
      );
    if (kept) await onKept();
    const sent = await postEnvelope(action, envelope, post);
    // Within the lock, so that a flush cannot send it again in between.
    if (kept && owner) {
      if (sent.ok || sent.kind === 'refused') await forget(envelope.submissionId).catch(() => undefined);
      else await keep(owner, withFailure(entry, sent)).catch(() => undefined);
    }
    return sent;
  });
  return { result, kept };
}
