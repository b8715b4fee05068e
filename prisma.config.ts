// Prisma CLI configuration. DB_PROVIDER (sqlite | postgres) picks the schema and the
// migrations folder; the bot itself never uses the CLI (src/db/migrate.ts).
import { defineConfig } from "prisma/config";

const provider = process.env.DB_PROVIDER === "postgres" ? "postgres" : "sqlite";

export default defineConfig({
  schema: `prisma/${provider}/schema.prisma`,
  migrations: { path: `prisma/${provider}/migrations` },
  datasource: { url: process.env.DATABASE_URL ?? "file:./data/dev.db" },
});
