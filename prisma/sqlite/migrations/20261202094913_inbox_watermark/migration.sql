-- CreateTable
CREATE TABLE "InboxWatermark" (
    "bot" TEXT NOT NULL PRIMARY KEY,
    "upTo" BIGINT NOT NULL
);

-- An existing deployment: what its inbox holds is in (nothing before it is waited for).
INSERT INTO "InboxWatermark" ("bot", "upTo") SELECT "bot", MAX("updateId") FROM "InboxUpdate" GROUP BY "bot";
