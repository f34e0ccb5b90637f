import { eventLoopHeadroom } from '../../../src/adapters/event-loop-headroom';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const spin = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

describe('eventLoopHeadroom', () => {
  it('says there is room once per window, only after a window the event loop mostly waited', async () => {
    const headroom = eventLoopHeadroom();
    expect(headroom()).toBe(false); // no window has passed yet
    await sleep(350);
    expect(headroom()).toBe(true);
    expect(headroom()).toBe(false); // once per window
    spin(350);
    expect(headroom()).toBe(false); // that window was all computing
  });
});
