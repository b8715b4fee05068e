// Writes prisma/<provider>/schema.prisma from prisma/models.prisma (one model, two providers).
// With --check it only compares and exits 1 when a committed schema has drifted.
import { readFileSync, writeFileSync } from "node:fs";

const providers = { sqlite: "sqlite", postgres: "postgresql" } as const;
const models = readFileSync("prisma/models.prisma", "utf8");
const check = process.argv.includes("--check");
let drifted = false;

for (const [folder, provider] of Object.entries(providers)) {
  const header = `// Generated from prisma/models.prisma by \`npm run db:schemas\`; do not edit.
generator client {
  provider     = "prisma-client"
  output       = "../../src/db/generated/${folder}"
  moduleFormat = "esm"
}

datasource db {
  provider = "${provider}"
}

`;
  const path = `prisma/${folder}/schema.prisma`;
  const wanted = header + models;
  let current = "";
  try {
    current = readFileSync(path, "utf8");
  } catch {
    // not written yet
  }
  if (current === wanted) continue;
  if (check) {
    console.error(`${path} differs from prisma/models.prisma: run npm run db:schemas`);
    drifted = true;
  } else {
    writeFileSync(path, wanted);
    console.log(`wrote ${path}`);
  }
}
process.exit(drifted ? 1 : 0);
