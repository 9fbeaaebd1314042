// A client-only SPA: the data lives in IndexedDB on the device, so nothing renders on a server.
export const ssr = false;
export const prerender = false;
