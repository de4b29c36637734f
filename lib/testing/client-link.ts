"use client";
// next/link for the "rsc" Vitest project: a client component, which the
// client-references plugin turns into a stand-in, as Next.js would.
export default function Link() {
  return null;
}
