/**
 * A ProviderResult whose `request` (the call as it went on the wire) is built on first read
 * and kept. Copying an agent request — the whole history and every tool's schema, ~70 kB —
 * was the largest CPU cost of a streamed chat turn, and only runtime steps and previews read it.
 */
import type { ProviderResult, WireRequest } from './provider';

export function withWireRequest(result: Omit<ProviderResult, 'request'>, build: () => WireRequest): ProviderResult {
  let built: WireRequest | undefined;
  return Object.defineProperty(result, 'request', {
    enumerable: true,
    get: () => {
      built ??= build();
      return built;
    },
  }) as ProviderResult;
}
