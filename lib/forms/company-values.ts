/** A company's details as its forms send them (registration, resubmission, profile). */
export type CompanyValues = {
  nameZh?: string;
  nameEn?: string;
  uscc?: string;
  parkId?: string;
  platformIds?: string[];
  hsChapters?: string[];
  contactName?: string;
  contactPhone?: string;
};

/** The fields of the profile form, every one present. */
export type ProfileValues = Required<Omit<CompanyValues, "parkId">>;

/** What was typed into the profile form, as strings, to put back into it. */
export function profileFormValues(raw: Record<string, unknown>): ProfileValues {
  const text = (v: unknown) => (typeof v === "string" ? v : "");
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);
  return {
    nameZh: text(raw.nameZh),
    nameEn: text(raw.nameEn),
    uscc: text(raw.uscc),
    contactName: text(raw.contactName),
    contactPhone: text(raw.contactPhone),
    platformIds: list(raw.platformIds),
    hsChapters: list(raw.hsChapters),
  };
}
