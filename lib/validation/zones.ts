import { z } from "zod";
import { whenValid } from "./declaration";
import { optionalText, recordId, requiredText } from "./text";

// The designate form's messages are keys of admin.zones (core.json); the
// others are keys of dataValidation (dashboard.json).

export const DesignateZone = z.object({
  zoneId: recordId(),
  year: z.coerce.number({ error: "yearInvalid" }).int("yearInvalid").min(2015, "yearInvalid").max(2030, "yearInvalid"),
});

const code = z
  .string()
  .trim()
  .toUpperCase()
  .min(1, "required")
  .max(32, "tooLong")
  .regex(/^[A-Z0-9][A-Z0-9_-]*$/, "code");

const zoneFields = z.object({
  code,
  nameZh: requiredText(100),
  nameEn: requiredText(200),
  descriptionZh: optionalText(1000),
  descriptionEn: optionalText(2000),
  status: z.enum(["PLANNED", "DESIGNATED"], { error: "invalidChoice" }),
  year: z.string().trim().default(""),
});
const yearOk = (y: string) => /^\d{4}$/.test(y) && Number(y) >= 2015 && Number(y) <= 2030;
const whenStatusIs = whenValid(zoneFields, ["status", "year"]);

export const CreateZone = zoneFields
  .refine((v) => v.status !== "DESIGNATED" || v.year !== "", {
    path: ["year"],
    message: "yearRequired",
    ...whenStatusIs,
  })
  .refine((v) => v.status !== "DESIGNATED" || !v.year || yearOk(v.year), {
    path: ["year"],
    message: "year",
    ...whenStatusIs,
  })
  .transform((v) => ({ ...v, designatedYear: v.status === "DESIGNATED" ? Number(v.year) : null }));
export type CreateZoneInput = z.output<typeof CreateZone>;

export const CreatePark = z.object({
  code,
  zoneId: recordId("zone"),
  nameZh: requiredText(100),
  nameEn: requiredText(200),
  districtZh: optionalText(50),
  districtEn: optionalText(100),
  marketProcurementPilot: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
});
export type CreateParkInput = z.output<typeof CreatePark>;

export const MovePark = z.object({
  parkId: recordId(),
  zoneId: recordId("zone"),
});
