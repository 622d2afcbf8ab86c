/**
 * Disk faults the operator can fix (full disk, read-only or unwritable data folder), told as
 * sentences. The store, the file writers and the error middleware share these so a full disk
 * answers 503 "free space and try again" everywhere instead of 500 "internal".
 */

/** errno codes that mean "the disk refused the write", with what a person should do. */
const DISK_FAULTS: Record<string, string> = {
  ENOSPC: 'The disk holding the data folder is full',
  EDQUOT: 'The disk quota for the data folder is used up',
  EROFS: 'The data folder is on a read-only file system',
  EPERM: 'The server is not permitted to write to the data folder',
  EACCES: 'The server is not permitted to write to the data folder',
};

export interface DiskFault {
  /** The errno code, e.g. 'ENOSPC'. */
  code: string;
  /** What is wrong, e.g. "The disk holding the data folder is full (ENOSPC)". */
  reason: string;
  /** A sentence for people: what happened and what to do. Nothing else was changed. */
  message: string;
}

/** The disk fault behind `error` (itself or any `cause` down its chain), or null. */
export function diskFault(error: unknown): DiskFault | null {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth += 1) {
    const code = (current as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && Object.hasOwn(DISK_FAULTS, code)) {
      const reason = `${DISK_FAULTS[code]} (${code})`;
      return {
        code,
        reason,
        message: `${reason}, so the change was not saved. Free space or fix the folder's permissions, then try again.`,
      };
    }
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}
