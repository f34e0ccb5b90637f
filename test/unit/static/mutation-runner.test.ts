import type { ResultError } from '../../../static/src/shared/api';
import { mutationRunner, type RunState } from '../../../static/src/shared/mutation-runner';

type Answer = { ok: true; data: string } | { ok: false; error: ResultError };
const problem = (message: string): ResultError => ({ code: 'internal', message });
const failed = (message: string): Answer => ({ ok: false, error: problem(message) });

/** A call whose answer the test releases when it wants (to put answers out of order). */
function deferredCalls() {
  const pending = new Map<string, (answer: Answer) => void>();
  const call = (arg: string) => new Promise<Answer>((resolve) => pending.set(arg, resolve));
  const answer = async (arg: string, value: Answer) => {
    pending.get(arg)!(value);
    await new Promise((r) => setImmediate(r));
  };
  return { call, answer };
}

function setup() {
  const published: RunState<string, Answer>[] = [];
  const runner = mutationRunner<string, Answer>((s) => published.push(s));
  const last = () => published[published.length - 1];
  return { runner, last, ...deferredCalls() };
}

describe('mutationRunner', () => {
  it('is busy while the call is out, then holds its data', async () => {
    const { runner, last, call, answer } = setup();
    const answered = runner.run(call, 'a');
    expect(last()).toEqual({ busy: true, arg: 'a' });
    await answer('a', { ok: true, data: 'saved a' });
    expect(last()).toEqual({ busy: false, arg: 'a', data: 'saved a' });
    await expect(answered).resolves.toEqual({ ok: true, data: 'saved a' });
  });

  it('keeps an error until the next call, and the data of the last success beside it', async () => {
    const { runner, last, call, answer } = setup();
    void runner.run(call, 'a');
    await answer('a', { ok: true, data: 'saved a' });
    void runner.run(call, 'b');
    await answer('b', failed('b failed'));
    expect(last()).toEqual({ busy: false, arg: 'b', error: problem('b failed'), data: 'saved a' });
    void runner.run(call, 'c');
    expect(last()).toEqual({ busy: true, arg: 'c', data: 'saved a' });
  });

  it('drops a slow answer that arrives after a newer call, but still answers its caller', async () => {
    const { runner, last, call, answer } = setup();
    const first = runner.run(call, 'a');
    void runner.run(call, 'b');
    await answer('a', failed('a failed'));
    expect(last()).toEqual({ busy: true, arg: 'b' });
    await expect(first).resolves.toEqual(failed('a failed'));
    await answer('b', { ok: true, data: 'saved b' });
    expect(last()).toEqual({ busy: false, arg: 'b', data: 'saved b' });
  });

  it('reset goes idle and the call in flight no longer changes the state', async () => {
    const { runner, last, call, answer } = setup();
    void runner.run(call, 'a');
    runner.reset();
    expect(last()).toEqual({ busy: false });
    await answer('a', failed('a failed'));
    expect(last()).toEqual({ busy: false });
  });
});
