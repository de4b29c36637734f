import "server-only";
import { db } from "@/lib/server/db";
import { localized } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/config";
import { hsChapterOptions } from "@/lib/reference/hs-chapters";
import type { Option } from "@/lib/forms/option";

/** The choices of the company forms, in the reader's language. */
export async function getCompanyFormOptions(locale: Locale) {
  const [parks, platforms] = await Promise.all([
    db.park.findMany({ include: { zone: true }, orderBy: [{ zone: { sortOrder: "asc" } }, { code: "asc" }] }),
    db.platform.findMany({ orderBy: { sortOrder: "asc" } }),
  ]);
  const parkOptions: Option[] = parks.map((p) => ({
    value: p.id,
    label: localized(p, "name", locale),
    group: localized(p.zone, "name", locale),
  }));
  const platformOptions: Option[] = platforms.map((p) => ({ value: p.id, label: localized(p, "name", locale) }));
  const chapterOptions: Option[] = hsChapterOptions(locale);
  return { parkOptions, platformOptions, chapterOptions };
}

export type CompanyFormOptions = Awaited<ReturnType<typeof getCompanyFormOptions>>;
