import { NotFoundPanel } from "@/components/feedback/not-found-panel";

export default function AreaNotFound() {
  return <NotFoundPanel homeHref="/admin" />;
}
