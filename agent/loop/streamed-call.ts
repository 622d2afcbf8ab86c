/**
 * A provider call that hands text over through `onTextDelta`, as an async generator: it
 * yields each piece as it arrives and returns the call's result, so the loop can forward
 * deltas as events while the call is still running. A failure leaves through `next()`
 * after every piece handed over before it was yielded.
 */
export async function* streamedCall<T>(call: (onTextDelta: (text: string) => void) => Promise<T>): AsyncGenerator<string, T, undefined> {
  const pending: string[] = [];
  let wake: (() => void) | null = null;
  let settled = false;
  const result = call((text) => {
    pending.push(text);
    wake?.();
  });
  const settle = () => {
    settled = true;
    wake?.();
  };
  result.then(settle, settle);
  for (;;) {
    while (pending.length > 0) yield pending.shift()!;
    if (settled) return await result;
    // Nothing runs between the check above and this wait, so no wake-up is missed.
    await new Promise<void>((resolve) => {
      wake = resolve;
    });
    wake = null;
  }
}
