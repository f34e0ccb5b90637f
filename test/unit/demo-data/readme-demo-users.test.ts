import { DEMO_USERS } from '../../../dev/demo-data/users';
import { codeSpans, readmeTableRows } from '../readme-table';

describe("README's demo users table", () => {
  const rows = readmeTableRows('### Demo users');

  it('lists every demo account with its own API token', () => {
    const listed = rows.map(([email, token]) => [codeSpans(email ?? '')[0], codeSpans(token ?? '')[0]]);
    const actual = DEMO_USERS.map((u) => [u.emailAddress, u.apiToken]);
    expect(listed).toEqual(actual);
  });
});
