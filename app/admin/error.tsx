"use client";
import { ErrorPanel } from "@/components/feedback/error-panel";

export default function AreaError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPanel {...props} />;
}
