import { z } from "zod";
import { isCalendarDay } from "@/lib/time/shanghai";

/** A day filter from a URL ("YYYY-MM-DD", a day that exists); anything else is no filter. */
export const urlDay = z.string().refine(isCalendarDay).optional().catch(undefined);
