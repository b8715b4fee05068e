export default function setup(): void {
  if (!process.env.TEST_DATABASE_URL) {
    console.log("PostgreSQL tests are skipped: TEST_DATABASE_URL is not set (e.g. postgresql://postgres@127.0.0.1:5432/test).");
  }
}
