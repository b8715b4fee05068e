// Generates both Prisma clients (run by `npm ci` through postinstall).
// Prisma's CLI tries to download its native schema engine first, which is not needed for
// `generate`; pointing PRISMA_SCHEMA_ENGINE_BINARY at an existing file skips that download.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(import.meta.url);
for (const provider of ["sqlite", "postgres"]) {
  execFileSync("npx", ["prisma", "generate", "--schema", `prisma/${provider}/schema.prisma`], {
    stdio: "inherit",
    env: { ...env, DB_PROVIDER: provider },
  });
}
