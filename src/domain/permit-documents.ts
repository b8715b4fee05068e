import type { DocumentKind } from "./programs/catalog-file.ts";

/** Documents a coordinator may ask for on a home-business permit application. */
export const PERMIT_DOCUMENTS: { code: string; name: { fa: string; en: string }; accepts: DocumentKind[] }[] = [
  { code: "national-card", name: { fa: "تصویر کارت ملی", en: "National ID card" }, accepts: ["photo", "pdf"] },
  { code: "birth-certificate", name: { fa: "تصویر صفحهٔ اول شناسنامه", en: "Birth certificate (first page)" }, accepts: ["photo", "pdf"] },
  { code: "address-proof", name: { fa: "سند یا اجاره‌نامهٔ محل سکونت", en: "Deed or lease of the home" }, accepts: ["photo", "pdf"] },
  { code: "personal-photo", name: { fa: "عکس پرسنلی", en: "Passport-style photo" }, accepts: ["photo"] },
  { code: "health-card", name: { fa: "کارت بهداشت", en: "Health card" }, accepts: ["photo", "pdf"] },
  { code: "skill-certificate", name: { fa: "گواهی مهارت فنی‌وحرفه‌ای", en: "Vocational skill certificate" }, accepts: ["photo", "pdf"] },
];
