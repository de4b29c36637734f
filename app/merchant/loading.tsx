import { LoadingPanel } from "@/components/feedback/loading-panel";

export default function Loading() {
  return <LoadingPanel />;
}
