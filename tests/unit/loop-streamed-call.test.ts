/**
 * streamedCall: a provider call's text pieces as an async generator, in order, while the call
 * runs; its result as the generator's return value; a failure after the pieces handed over.
 */
import { describe, expect, it } from 'vitest';
import { streamedCall } from '../../agent/loop/streamed-call';

async function drain<T>(generator: AsyncGenerator<string, T>): Promise<{ pieces: string[]; result: T }> {
  const pieces: string[] = [];
  for (let next = await generator.next(); ; next = await generator.next()) {
    if (next.done) return { pieces, result: next.value };
    pieces.push(next.value);
  }
}

describe('streamedCall', () => {
  it('yields each piece as the call hands it over, before the call has finished, then returns its result', async () => {
    let finish: (value: string) => void = () => {};
    let emit: (text: string) => void = () => {};
    const generator = streamedCall((onTextDelta) => {
      emit = onTextDelta;
      return new Promise<string>((resolve) => {
        finish = resolve;
      });
    });
    const first = generator.next();
    emit('Hel');
    expect(await first).toEqual({ value: 'Hel', done: false });
    const second = generator.next();
    emit('lo');
    emit('!');
    expect(await second).toEqual({ value: 'lo', done: false });
    expect(await generator.next()).toEqual({ value: '!', done: false });
    const last = generator.next();
    finish('whole');
    expect(await last).toEqual({ value: 'whole', done: true });
  });

  it('a call that streams nothing just returns its result', async () => {
    expect(await drain(streamedCall(async () => 42))).toEqual({ pieces: [], result: 42 });
  });

  it('a failure comes after every piece handed over before it', async () => {
    const generator = streamedCall(async (onTextDelta) => {
      onTextDelta('partial ');
      onTextDelta('text');
      throw new Error('broke off');
    });
    const pieces: string[] = [];
    await expect(
      (async () => {
        for await (const piece of generator) pieces.push(piece);
      })(),
    ).rejects.toThrow('broke off');
    expect(pieces).toEqual(['partial ', 'text']);
  });
});
