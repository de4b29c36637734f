import { NotFoundPanel } from "@/components/feedback/not-found-panel";

// Inside the public layout, which already draws the header and footer
// (app/not-found.tsx draws them for a URL that matches no page at all).
export default function PublicNotFound() {
  return (
    <div className="px-4 py-12">
      <NotFoundPanel />
    </div>
  );
}
