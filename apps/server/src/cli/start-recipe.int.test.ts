import { describe, expect, it } from 'vitest';
import { startArgs } from '../../../../scripts/start-args.mjs';
import { DEMO_PASSWORD } from '../modules/synthetic/demo-seed';
import { appFor, freshInstallationPerTest } from '../test-support/installation-runtime';
import { TestClient } from '../test-support/test-app';
import { testEngine } from '../test-support/test-database';
import { prepareInstallation } from './prepare-installation';
import { parseServeArgs } from './serve-args';

// Issue #12 item 5b: `npm start` as the README's "Running on PostgreSQL" recipe ran it
// (DATABASE_URL=… DATABASE_OWNER_URL=… LANTERN_MASTER_KEY=… npm start) must not install the demo.
describe(`npm start on the ${testEngine} engine`, () => {
  const fresh = freshInstallationPerTest();

  /** The arguments `npm start -- <extra>` hands to `lantern serve`, and the start-up they lead to. */
  async function npmStart(extra: string[]) {
    const [command, ...rest] = startArgs(extra);
    expect(command).toBe('serve');
    const prepared = await prepareInstallation(fresh.installation.runtime, parseServeArgs(rest));
    const app = appFor(fresh.installation.runtime, prepared);
    const demoUsers = await fresh.testDb.asOwner(async (owner) => {
      const { rows } = await owner.query<{ n: number }>('select count(*)::int as n from users where demo');
      return rows[0]?.n ?? 0;
    });
    const adminSignIn = await new TestClient(app).request('POST', '/api/auth/sign-in', {
      username: 'admin',
      password: DEMO_PASSWORD,
    });
    const banner = (await new TestClient(app).request('GET', '/api/instance')).json.demo;
    return { demo: prepared.demo, demoUsers, adminSignIn: adminSignIn.status, banner };
  }

  if (testEngine === 'postgres') {
    it("the README's PostgreSQL recipe yields no demo account, no published password, no banner", async () => {
      expect(await npmStart([])).toEqual({ demo: false, demoUsers: 0, adminSignIn: 401, banner: false });
    });

    it('the demo goes into PostgreSQL only when asked for with --demo', async () => {
      expect(await npmStart(['--demo', '--demo-cases', '0'])).toMatchObject({ demo: true, adminSignIn: 200 });
    });
  } else {
    it('on the embedded engine npm start is still the zero-setup demo', async () => {
      expect(await npmStart(['--demo-cases', '0'])).toMatchObject({
        demo: true,
        adminSignIn: 200,
        banner: true,
      });
    });
  }
});
