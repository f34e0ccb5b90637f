import { requestSequence } from '../../../static/src/shared/request-sequence';

/** The guard behind useResolver-style hooks: only the newest call's answer may change the page. */
describe('requestSequence', () => {
  it.each([
    ['one call: its answer counts', ['call a', 'answer a'], ['a']],
    ['a slow first answer after a second call is dropped', ['call a', 'call b', 'answer b', 'answer a'], ['b']],
    ['answers in call order: only the newest counts', ['call a', 'call b', 'answer a', 'answer b'], ['b']],
    ['a local change drops the call in flight', ['call a', 'invalidate', 'answer a'], []],
    ['a call after the local change counts again', ['call a', 'invalidate', 'call b', 'answer a', 'answer b'], ['b']],
  ])('%s', (_name, steps, expectedApplied) => {
    const seq = requestSequence();
    const tickets = new Map<string, number>();
    const applied: string[] = [];
    for (const step of steps) {
      const [verb, name] = step.split(' ') as [string, string | undefined];
      if (verb === 'call') tickets.set(name!, seq.next());
      else if (verb === 'invalidate') seq.invalidate();
      else if (seq.isCurrent(tickets.get(name!)!)) applied.push(name!);
    }
    expect(applied).toEqual(expectedApplied);
  });
});
