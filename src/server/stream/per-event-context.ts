import { createSourceEventStream, execute, ExecutionArgs, ExecutionResult } from 'graphql';

/**
 * graphql-js's subscribe(), except that every event is executed with a fresh context: the
 * per-request batch loaders cache rows, and a subscription lives for hours, so an event reusing
 * the first event's loaders would answer with what the graph held back then.
 *
 * Written as a plain iterator (not an async generator) so that return() reaches the source at
 * once, even while a next() is waiting for the next event: a client that leaves is unsubscribed
 * right away, not after one more event.
 */
export async function subscribeWithFreshContexts<C>(
  args: ExecutionArgs,
  freshContext: () => C,
): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (!isAsyncIterable(source)) return source as ExecutionResult;
  const events = source[Symbol.asyncIterator]();
  const iterator: AsyncIterableIterator<ExecutionResult> = {
    async next() {
      const step = await events.next();
      if (step.done) return { done: true, value: undefined };
      return { done: false, value: await execute({ ...args, rootValue: step.value, contextValue: freshContext() }) };
    },
    async return() {
      await events.return?.();
      return { done: true, value: undefined };
    },
    async throw(error: unknown) {
      await events.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}
