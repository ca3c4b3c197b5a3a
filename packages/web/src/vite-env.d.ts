/// <reference types="vite/client" />

// MapLibre's worker, imported as a URL (Vite emits it as an asset).
declare module 'maplibre-gl/dist/maplibre-gl-worker.mjs?url' {
  const url: string;
  export default url;
}
