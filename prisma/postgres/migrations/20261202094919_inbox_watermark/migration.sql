-- CreateTable
CREATE TABLE "InboxWatermark" (
    "bot" TEXT NOT NULL,
    "upTo" BIGINT NOT NULL,

    CONSTRAINT "InboxWatermark_pkey" PRIMARY KEY ("bot")
);

-- An existing deployment: what its inbox holds is in (nothing before it is waited for).
INSERT INTO "InboxWatermark" ("bot", "upTo") SELECT "bot", MAX("updateId") FROM "InboxUpdate" GROUP BY "bot";
