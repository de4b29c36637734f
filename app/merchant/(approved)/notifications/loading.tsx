import { LoadingPanel } from "@/components/feedback/loading-panel";

// The merchant area's skeleton sits on pages that never answer 404; a page
// streamed behind a loading boundary can no longer set its status to 404.
export default function Loading() {
  return <LoadingPanel />;
}
