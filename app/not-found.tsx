import { SiteHeader } from "@/components/shell/site-header";
import { NotFoundPanel } from "@/components/feedback/not-found-panel";

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="flex-1 px-4 py-12">
        <NotFoundPanel />
      </main>
    </>
  );
}
