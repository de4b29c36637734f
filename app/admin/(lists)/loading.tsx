import { LoadingPanel } from "@/components/feedback/loading-panel";

// Only the pages in this group share the skeleton. Pages that can answer 404
// (a merchant outside an operator's park) live outside it: a page streamed
// behind a loading boundary can no longer set its status code to 404.
export default function Loading() {
  return <LoadingPanel />;
}
