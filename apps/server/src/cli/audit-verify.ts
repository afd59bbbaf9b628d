import { verificationReport } from '../audit/verification-report';
import { verifyAuditTrail } from '../audit/verify-chain';
import { openRuntime } from './open';

/** `lantern audit verify`: exit code 0 when the chain is intact, 1 listing every break otherwise. */
export async function auditVerifyCommand(): Promise<number> {
  const { database } = await openRuntime();
  try {
    const owner = await database.openOwner();
    if (!owner) {
      process.stderr.write('lantern: audit verify reads every event; set DATABASE_OWNER_URL\n');
      return 1;
    }
    try {
      const result = await verifyAuditTrail(owner);
      process.stdout.write(verificationReport(result));
      return result.breaks.length === 0 ? 0 : 1;
    } finally {
      await owner.close();
    }
  } finally {
    await database.close();
  }
}
