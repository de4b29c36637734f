import type { ComponentProps } from "react";
import { DateEcho } from "./date-echo";
import { TextField } from "./fields";

/**
 * A native date or datetime-local input with the day it holds written out
 * under it in the portal's own form (DateEcho). Apart from TextField, so that
 * the forms without a date do not load the date formatting.
 */
export function DateField({
  type = "date",
  ...props
}: Omit<ComponentProps<typeof TextField>, "type" | "below" | "addon"> & { type?: "date" | "datetime-local" }) {
  return <TextField {...props} type={type} below={<DateEcho inputId={props.name} />} />;
}
