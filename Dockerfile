# Build stage: compiles better-sqlite3 and generates the Prisma clients.
FROM node:24-bookworm-slim AS build
WORKDIR /app
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json prisma.config.ts ./
COPY scripts ./scripts
COPY prisma ./prisma
RUN npm ci && npm prune --omit=dev --ignore-scripts

# Runtime stage: no compilers, no dev dependencies, not root.
FROM node:24-bookworm-slim
ENV NODE_ENV=production \
    DATABASE_URL=file:/app/var/karyar.db
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/src/db/generated ./src/db/generated
COPY package.json ./
COPY src ./src
COPY locales ./locales
COPY prisma ./prisma
COPY data ./data
RUN mkdir -p /app/var && chown node:node /app/var
USER node
# The SQLite database lives here; mount a volume to keep it.
VOLUME ["/app/var"]
# The HTTP server (webhook, /healthz, /readyz) when BOT_MODE=webhook or PORT is set.
EXPOSE 8080
CMD ["node", "src/main.ts"]
