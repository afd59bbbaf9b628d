import { createRouter } from '../../lib/router';

// Consents, notes, tasks, attachments and the timeline of a case (filled in use case by use case).
export const caseWorkRoutes = createRouter();
