"use client";
import { createContext, useContext } from "react";

const RequestIdContext = createContext<string | null>(null);

/** The id proxy.ts gave the request that rendered this page (root layout), for the error panel to show. */
export function RequestIdProvider({ id, children }: { id: string | null; children: React.ReactNode }) {
  return <RequestIdContext value={id}>{children}</RequestIdContext>;
}

export function useRequestId(): string | null {
  return useContext(RequestIdContext);
}
