"use client";
import { useEffect, useRef } from "react";
import { useFormStatus } from "react-dom";

/**
 * When the form's submission comes back refused, the focus goes to the first
 * field in error, or else to the form's message. Without it the focus stays on
 * the submit button, which was disabled while the form was sent and so lost
 * the focus: a keyboard or screen-reader user was left at the top of the page.
 */
export function FocusAfterRefusal({ message }: { message?: string }) {
  const { pending } = useFormStatus();
  const wasPending = useRef(false);
  const marker = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (wasPending.current && !pending) {
      const form = marker.current?.closest("form");
      const targets = [
        // A field in error, or the first control of a group in error (a fieldset cannot take the focus).
        ...(form?.querySelectorAll<HTMLElement>('[aria-invalid="true"]') ?? []),
        ...(message ? (form?.querySelectorAll<HTMLElement>('[role="alert"]') ?? []) : []),
      ];
      for (const target of targets) {
        const control = target.matches("fieldset, [role=group]")
          ? target.querySelector<HTMLElement>("input:not([type=hidden]), select, textarea")
          : target;
        control?.focus();
        if (control && document.activeElement === control) break;
      }
    }
    wasPending.current = pending;
  }, [pending, message]);
  return <span ref={marker} hidden />;
}
