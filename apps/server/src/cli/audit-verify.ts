import { verifyAuditChain } from '../audit/verify-chain';
import { openRuntime } from './open';

/** `lantern audit verify`: exit code 0 when the chain is intact, 1 with the first broken link otherwise. */
export async function auditVerifyCommand(): Promise<number> {
  const { database } = await openRuntime();
  try {
    const owner = await database.openOwner();
    if (!owner) {
      process.stderr.write('lantern: audit verify reads every event; set DATABASE_OWNER_URL\n');
      return 1;
    }
    try {
      const result = await owner.transaction(verifyAuditChain);
      if (result.break) {
        process.stdout.write(
          `Audit chain BROKEN at event #${result.break.seq} (${result.break.problem}); ${result.checked} events before it are intact.\n`,
        );
        return 1;
      }
      process.stdout.write(`Audit chain intact: ${result.checked} events verified.\n`);
      return 0;
    } finally {
      await owner.close();
    }
  } finally {
    await database.close();
  }
}
