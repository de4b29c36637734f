"use client";
import { ErrorPanel } from "@/components/feedback/error-panel";

export default function RootError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="flex-1 px-4 py-12">
      <ErrorPanel {...props} />
    </main>
  );
}
