import { z } from "zod";

export const DesignateZone = z.object({
  zoneId: z.string().min(1).max(64),
  year: z.coerce.number({ error: "yearInvalid" }).int("yearInvalid").min(2015, "yearInvalid").max(2030, "yearInvalid"),
});
