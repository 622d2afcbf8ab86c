/**
 * Signed one-time approval links (/approve/<token>): the token names the app, the run and the
 * pause it was made for, and when it expires, signed with HMAC-SHA256 under a key derived
 * (HKDF) from the server's master key — every instance sharing the master key checks every
 * link, and nothing is stored per link. "One time" is the run's: the first decision moves the
 * run on (WaitingRuns.replace), after which the link names a pause that is over.
 */
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { ApprovalError } from '../../agent/spec/approval-error';
import type { PendingApproval } from './pending-approval';

export const APPROVE_PATH = '/approve';
/** A link stays usable this long after the run paused, or after its deadline when that is later. */
const LINK_DAYS = 7;

const Payload = z.object({ s: z.string(), r: z.string(), a: z.string(), e: z.number() });

export interface LinkTarget {
  appSlug: string;
  runId: string;
  approvalId: string;
}

export interface ApprovalLinks {
  /** The token for a run's pending approval. */
  token(target: LinkTarget, approval: Pick<PendingApproval, 'askedAt' | 'deadlineAt'>): string;
  /** What a token names; throws ApprovalError (invalid, link-expired) with a sentence. */
  read(token: string, now: Date): LinkTarget;
}

const BAD_LINK =
  'This approval link is not valid: it was cut short or changed. Open the link from the message again, or decide on the run page.';

/** `masterKey` is read on first use, so a server that never pauses a run never needs one. */
export function createApprovalLinks(masterKey: () => Buffer): ApprovalLinks {
  let key: Buffer | null = null;
  const sign = (payload: string) => {
    key ??= Buffer.from(hkdfSync('sha256', masterKey(), Buffer.alloc(0), 'toolwright approval links v1', 32));
    return createHmac('sha256', key).update(payload).digest();
  };
  return {
    token(target, approval) {
      const from = Math.max(Date.parse(approval.askedAt), approval.deadlineAt ? Date.parse(approval.deadlineAt) : 0);
      const payload = Buffer.from(
        JSON.stringify({ s: target.appSlug, r: target.runId, a: target.approvalId, e: from + LINK_DAYS * 86_400_000 }),
      ).toString('base64url');
      return `${payload}.${sign(payload).toString('base64url')}`;
    },
    read(token, now) {
      const [payload, signature, extra] = token.split('.');
      if (!payload || !signature || extra !== undefined) throw new ApprovalError('invalid', BAD_LINK);
      const expected = sign(payload);
      const given = Buffer.from(signature, 'base64url');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new ApprovalError('invalid', BAD_LINK);
      const parsed = Payload.safeParse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
      if (!parsed.success) throw new ApprovalError('invalid', BAD_LINK);
      if (parsed.data.e <= now.getTime()) {
        throw new ApprovalError('link-expired', 'This approval link has expired. Decide on the run page instead.');
      }
      return { appSlug: parsed.data.s, runId: parsed.data.r, approvalId: parsed.data.a };
    },
  };
}
