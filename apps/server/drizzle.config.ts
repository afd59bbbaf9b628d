import { defineConfig } from 'drizzle-kit';

// Migrations are generated from the schema and committed; they are reviewed like code and never pushed.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema/index.ts',
  out: './migrations',
  strict: true,
  verbose: true,
});
